package org.concordance.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * An HTML element's inline content as {@link Prose}: its text, italics ({@code em}, {@code i},
 * {@code cite}), links to the addresses a document can carry ({@link WebLinks}) and the note
 * markers {@link WebFootnotes} left in it as placeholders. Images, scripts and form controls carry
 * no text of the article and are skipped.
 */
final class HtmlInlines {
    /** A note marker's stand-in while the page goes through Readability: private-use characters around the label. */
    static final char OPEN = '\uE000';
    static final char CLOSE = '\uE001';
    private static final Pattern PLACEHOLDER = Pattern.compile(OPEN + "([A-Za-z0-9]+)" + CLOSE);
    static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "svg", "button", "img", "input",
            "select", "textarea", "iframe", "object", "video", "audio", "canvas", "map", "picture", "source", "math",
            // A ruby's reading (furigana) and the brackets for browsers without ruby: not the text's words.
            "rt", "rp");
    private static final Set<String> ITALIC = Set.of("em", "i", "cite", "dfn", "var");

    private HtmlInlines() {
    }

    static String placeholder(String label) {
        return OPEN + label + String.valueOf(CLOSE);
    }

    /** The element's content as prose, its links' addresses read by {@code links}. */
    static Prose of(Element element, WebLinks links) {
        List<Inline> inlines = new ArrayList<>();
        for (Node child : element.childNodes()) {
            collect(child, false, inlines, links);
        }
        return new Prose(inlines);
    }

    /** Adds one node's inline content to {@code inlines}. */
    static void collect(Node node, boolean italic, List<Inline> inlines, WebLinks links) {
        if (node instanceof TextNode text) {
            text(text.getWholeText(), italic, inlines);
        } else if (node instanceof Element element) {
            String tag = element.normalName();
            if (SKIPPED.contains(tag)) {
                return;
            }
            if (tag.equals("br")) {
                inlines.add(new Inline.Text(" "));
                return;
            }
            if (tag.equals("wbr")) {
                return; // where a line may break, inside a word: no space ("word<wbr>break" became "word break")
            }
            Optional<String> raised = raised(element);
            if (raised.isPresent()) {
                add(raised.get(), italic, inlines);
                return;
            }
            boolean inItalic = italic || ITALIC.contains(tag);
            if (tag.equals("a")) {
                List<Inline> words = new ArrayList<>();
                for (Node child : element.childNodes()) {
                    collect(child, inItalic, words, links);
                }
                inlines.addAll(linked(words, element, links));
                return;
            }
            for (Node child : element.childNodes()) {
                collect(child, inItalic, inlines, links);
            }
            if (!Set.of("a", "span", "em", "i", "b", "strong", "cite", "sup", "sub", "abbr", "small", "mark", "u", "s",
                    "q", "code", "kbd", "dfn", "var", "time", "bdi", "bdo", "data", "font", "ins", "del", "ruby", "rb").contains(tag)) {
                inlines.add(new Inline.Text(" ")); // a block inside the run still separates words
            }
        }
    }

    /** Digits and signs set above or below the line, as the characters Unicode has for them ("²", "₂"). */
    private static final String PLAIN = "0123456789+-\u2212=()";
    private static final String SUPERSCRIPT = "\u2070\u00B9\u00B2\u00B3\u2074\u2075\u2076\u2077\u2078\u2079\u207A\u207B\u207B\u207C\u207D\u207E";
    private static final String SUBSCRIPT = "\u2080\u2081\u2082\u2083\u2084\u2085\u2086\u2087\u2088\u2089\u208A\u208B\u208B\u208C\u208D\u208E";

    /**
     * A {@code sub} of digits and signs, or a {@code sup} of digits with a sign, as Unicode's subscript
     * or superscript characters: the content format has no markup for them, and "H<sub>2</sub>O" read
     * as "H2O", "10<sup>−3</sup>" as "10−3". Empty for anything else, kept as the letters it is: an
     * ordinal's "st", words, and a {@code sup} of digits alone, which in an article is a note's
     * marker far more often than a power (a marker no link makes one is read as the number it is).
     */
    private static Optional<String> raised(Element element) {
        String tag = element.normalName();
        if (!tag.equals("sup") && !tag.equals("sub") || !element.children().isEmpty()) {
            return Optional.empty();
        }
        String text = element.text().strip();
        if (text.isEmpty() || text.chars().anyMatch(c -> PLAIN.indexOf(c) < 0)) {
            return Optional.empty();
        }
        if (tag.equals("sup") && text.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        String forms = tag.equals("sup") ? SUPERSCRIPT : SUBSCRIPT;
        StringBuilder raised = new StringBuilder(text.length());
        text.chars().forEach(c -> raised.append(forms.charAt(PLAIN.indexOf(c))));
        return Optional.of(raised.toString());
    }

    /**
     * A link's words as links to its address when it has words and a document can carry the
     * address; else as they are ({@code links} says in the summary what was not carried). A note
     * marker within stays a marker.
     */
    private static List<Inline> linked(List<Inline> words, Element link, WebLinks links) {
        if (words.stream().allMatch(word -> word.words().isBlank())) {
            return words; // a linked image or a stray anchor: no words to link
        }
        Optional<String> address = links.address(link);
        if (address.isEmpty()) {
            return words;
        }
        return words.stream().map(word -> word instanceof Inline.Text t ? new Inline.Link(t.text(), address.get(), false)
                : word instanceof Inline.Emphasis e ? new Inline.Link(e.text(), address.get(), true) : word).toList();
    }

    private static void text(String text, boolean italic, List<Inline> inlines) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        int at = 0;
        while (matcher.find()) {
            add(text.substring(at, matcher.start()), italic, inlines);
            inlines.add(new Inline.Marker(matcher.group(1)));
            at = matcher.end();
        }
        add(text.substring(at), italic, inlines);
    }

    private static void add(String text, boolean italic, List<Inline> inlines) {
        if (text.isEmpty()) {
            return;
        }
        if (italic && !text.isBlank()) {
            inlines.add(new Inline.Emphasis(text));
        } else {
            inlines.add(new Inline.Text(text));
        }
    }
}
