package org.concordance.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * An HTML element's inline content as {@link Prose}: its text, italics ({@code em}, {@code i},
 * {@code cite}) and the note markers {@link WebFootnotes} left in it as placeholders. Images,
 * scripts and form controls carry no text of the article and are skipped.
 */
final class HtmlInlines {
    /** A note marker's stand-in while the page goes through Readability: private-use characters around the label. */
    static final char OPEN = '\uE000';
    static final char CLOSE = '\uE001';
    private static final Pattern PLACEHOLDER = Pattern.compile(OPEN + "([A-Za-z0-9]+)" + CLOSE);
    static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "svg", "button", "img", "input",
            "select", "textarea", "iframe", "object", "video", "audio", "canvas", "map", "picture", "source", "math");
    private static final Set<String> ITALIC = Set.of("em", "i", "cite", "dfn", "var");

    private HtmlInlines() {
    }

    static String placeholder(String label) {
        return OPEN + label + String.valueOf(CLOSE);
    }

    /** The element's content as prose. */
    static Prose of(Element element) {
        List<Inline> inlines = new ArrayList<>();
        for (Node child : element.childNodes()) {
            collect(child, false, inlines);
        }
        return new Prose(inlines);
    }

    /** Adds one node's inline content to {@code inlines}. */
    static void collect(Node node, boolean italic, List<Inline> inlines) {
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
            boolean inItalic = italic || ITALIC.contains(tag);
            for (Node child : element.childNodes()) {
                collect(child, inItalic, inlines);
            }
            if (!Set.of("a", "span", "em", "i", "b", "strong", "cite", "sup", "sub", "abbr", "small", "mark", "u", "s",
                    "q", "code", "kbd", "dfn", "var", "time", "bdi", "bdo", "data", "font", "ins", "del").contains(tag)) {
                inlines.add(new Inline.Text(" ")); // a block inside the run still separates words
            }
        }
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
