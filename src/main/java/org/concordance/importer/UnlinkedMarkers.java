package org.concordance.importer;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * A saved page's note markers printed as a superscript number with no link ({@code <sup>3</sup>},
 * typed by hand beside linked ones): the marker of the note its footnote list numbers the same,
 * when no linked marker cites that note. Otherwise a superscript of digits stays the digits it is
 * ({@link HtmlInlines}): without a note of that number it may as well be a power.
 */
final class UnlinkedMarkers {
    private UnlinkedMarkers() {
    }

    /**
     * Replaces with a marker's placeholder each {@code <sup>} of digits alone, without a link, that
     * stands before the notes and outside them and prints the label of a note no link cites.
     *
     * @param notes the notes found on the page, each block with its label
     * @param linked the labels that linked markers cite
     */
    static void cite(Document page, Map<Element, String> notes, Collection<String> linked, Report report) {
        if (notes.isEmpty()) {
            return;
        }
        Set<String> cited = new java.util.LinkedHashSet<>();
        Map<Element, Integer> order = new java.util.IdentityHashMap<>();
        page.getAllElements().forEach(element -> order.put(element, order.size()));
        int firstNote = notes.keySet().stream().mapToInt(order::get).min().orElseThrow();
        for (Element sup : List.copyOf(page.select("sup"))) {
            String label = sup.text().strip();
            boolean unlinkedNumber = label.matches("\\d{1,4}") && sup.children().isEmpty() && sup.closest("a") == null;
            if (unlinkedNumber && order.get(sup) < firstNote && notes.containsValue(label) && !linked.contains(label)
                    && sup.parents().stream().noneMatch(notes::containsKey)) {
                sup.replaceWith(new TextNode(HtmlInlines.placeholder(label)));
                cited.add(label);
            }
        }
        if (!cited.isEmpty()) {
            report.found((cited.size() == 1 ? "note " + cited.iterator().next() + "'s marker" : "the markers of notes "
                    + String.join(", ", cited)) + " as a superscript number without a link, as the page's notes number it");
        }
    }
}
