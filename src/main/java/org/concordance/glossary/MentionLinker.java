package org.concordance.glossary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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
 * collapsed; the HTML is walked text node by text node so markers and emphasis stay intact. A
 * mention that straddles an element boundary (half inside {@code <em>}) is left unlinked.
 */
final class MentionLinker {
    private MentionLinker() {
    }

    /** A character of the plain text: the text node it comes from and its index there. */
    private record Source(TextNode node, int offset) {
    }

    static String link(Paragraph paragraph, List<Mention> mentions, Map<String, Entry> entries) {
        if (mentions.isEmpty()) {
            return paragraph.html();
        }
        Document html = Jsoup.parseBodyFragment(paragraph.html());
        html.outputSettings().prettyPrint(false);
        Element body = html.body();
        List<Source> sources = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode textNode && !insideMarkerOrLink(textNode)) {
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
        }, body);
        if (!text.toString().strip().equals(paragraph.text())) {
            // The HTML and the plain text disagree; better no links than links in the wrong place.
            return paragraph.html();
        }
        List<Mention> ordered = new ArrayList<>(mentions);
        ordered.sort(Comparator.comparingInt(Mention::start).reversed());
        for (Mention mention : ordered) {
            if (mention.end() > sources.size()) {
                continue;
            }
            Source first = sources.get(mention.start());
            Source last = sources.get(mention.end() - 1);
            if (first.node() != last.node()) {
                continue;
            }
            Entry entry = entries.get(mention.entry());
            if (entry == null) {
                continue;
            }
            TextNode term = first.node().splitText(first.offset());
            term.splitText(last.offset() - first.offset() + 1);
            Element link = new Element("a").attr("href", entry.href()).addClass("mention");
            if (!entry.summary().isBlank()) {
                link.attr("data-definition", entry.summary());
            }
            term.before(link);
            link.appendChild(term);
        }
        return body.html();
    }

    private static boolean insideMarkerOrLink(Node node) {
        for (Node parent = node.parentNode(); parent != null; parent = parent.parentNode()) {
            if (parent instanceof Element element
                    && (element.tagName().equals("a") || (element.tagName().equals("sup") && element.hasClass("noteref")))) {
                return true;
            }
        }
        return false;
    }
}
