package org.concordance.glossary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.concordance.content.Entry;
import org.concordance.content.Mention;
import org.concordance.content.Paragraph;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * Wraps mentions in a paragraph's HTML as links. Mentions are located by their offsets in the
 * paragraph's plain text, which is the HTML's text with note markers left out and whitespace
 * collapsed; the HTML is walked text node by text node so markers and emphasis stay intact.
 *
 * <p>A mention is not linkable when it straddles an element boundary, or stands inside
 * {@code <em>} (in this library, the titles of books and articles: "Alliances" in a book title is
 * not a passage about alliances) or inside an existing link or note marker.
 */
final class MentionLinker {
    private MentionLinker() {
    }

    /** A character of the plain text: the text node it comes from and its index there. */
    private record Source(TextNode node, int offset) {
    }

    /** The paragraph's HTML parsed, with the source of each plain-text character. */
    private record Parsed(Document html, List<Source> sources) {
    }

    /** The mentions (all in {@code paragraph}) that {@link #link} would wrap. */
    static List<Mention> linkable(Paragraph paragraph, List<Mention> mentions) {
        Optional<Parsed> parsed = parse(paragraph);
        if (parsed.isEmpty()) {
            return List.of();
        }
        return mentions.stream().filter(m -> linkable(parsed.get().sources(), m)).toList();
    }

    static String link(Paragraph paragraph, List<Mention> mentions, Map<String, Entry> entries) {
        if (mentions.isEmpty()) {
            return paragraph.html();
        }
        Optional<Parsed> parsed = parse(paragraph);
        if (parsed.isEmpty()) {
            // The HTML and the plain text disagree; better no links than links in the wrong place.
            return paragraph.html();
        }
        List<Source> sources = parsed.get().sources();
        List<Mention> ordered = new ArrayList<>(mentions);
        // Right to left, so splitting a text node leaves the offsets of earlier mentions valid.
        ordered.sort(Comparator.comparingInt(Mention::start).reversed());
        for (Mention mention : ordered) {
            Entry entry = entries.get(mention.entry());
            if (entry == null || !linkable(sources, mention)) {
                continue;
            }
            Source first = sources.get(mention.start());
            Source last = sources.get(mention.end() - 1);
            // jsoup splits only strictly inside a node, so the ends of a text node need no split.
            TextNode term = first.offset() == 0 ? first.node() : first.node().splitText(first.offset());
            int length = last.offset() - first.offset() + 1;
            if (length < term.getWholeText().length()) {
                term.splitText(length);
            }
            Element link = new Element("a").attr("href", entry.href()).addClass("mention");
            if (!entry.summary().isBlank()) {
                link.attr("data-definition", entry.summary());
                // The preview is headed by the entry's name, not the words that stand for it here
                // ("Affiliation", not "affiliations"; "Daniel Byman", not "Byman").
                if (!term.getWholeText().equals(entry.name())) {
                    link.attr("data-name", entry.name());
                }
            }
            term.before(link);
            link.appendChild(term);
        }
        return parsed.get().html().body().html();
    }

    private static boolean linkable(List<Source> sources, Mention mention) {
        if (mention.inNote() || mention.end() > sources.size()) {
            return false;
        }
        TextNode node = sources.get(mention.start()).node();
        return node == sources.get(mention.end() - 1).node() && !inside(node, "em");
    }

    private static Optional<Parsed> parse(Paragraph paragraph) {
        Document html = Jsoup.parseBodyFragment(paragraph.html());
        html.outputSettings().prettyPrint(false);
        List<Source> sources = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode textNode && !inside(textNode, "a") && !insideNoteMarker(textNode)) {
                String whole = textNode.getWholeText();
                for (int i = 0; i < whole.length(); i++) {
                    char c = whole.charAt(i);
                    boolean space = Character.isWhitespace(c);
                    // Collapse runs of whitespace to one space, as the plain text does.
                    if (space && (text.isEmpty() || text.charAt(text.length() - 1) == ' ')) {
                        continue;
                    }
                    text.append(space ? ' ' : c);
                    sources.add(new Source(textNode, i));
                }
            }
        }, html.body());
        return text.toString().strip().equals(paragraph.text()) ? Optional.of(new Parsed(html, sources)) : Optional.empty();
    }

    private static boolean inside(Node node, String tag) {
        for (Node parent = node.parentNode(); parent != null; parent = parent.parentNode()) {
            if (parent instanceof Element element && element.tagName().equals(tag)) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideNoteMarker(Node node) {
        for (Node parent = node.parentNode(); parent != null; parent = parent.parentNode()) {
            if (parent instanceof Element element && element.tagName().equals("sup") && element.hasClass("noteref")) {
                return true;
            }
        }
        return false;
    }
}
