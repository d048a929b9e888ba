package org.concordance.importer;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * A saved web page's footnotes, in the markup blog engines and Markdown converters produce: a
 * marker links to its note ({@code <sup><a href="#fn1">1</a></sup>}, WordPress's
 * {@code <sup data-fn>}, Ghost's {@code footnote-ref}, Substack's {@code footnote-anchor}), and the
 * note links back. The notes are taken out of the page and each marker is replaced by a
 * placeholder, so that Readability, which drops footnote lists by its default rules, cannot lose
 * them and the markers stay where they stood.
 */
final class WebFootnotes {
    private static final Pattern LABEL = Pattern.compile("[\\[(]?\\s*([A-Za-z0-9]{1,4})\\s*[\\])]?");
    /** Notes some pages mark with symbols instead of numbers. */
    private static final Pattern SYMBOL = Pattern.compile("[*†‡§¶]{1,3}");
    private static final Pattern HINT = Pattern.compile("(?i).*(footnote|fnref|fn-?\\d|noteref|\\bfn\\b|_?ftn|easy-footnote|endnote"
            + "|note-?ref).*");
    private static final Set<String> BACK_TEXT = Set.of("\u21A9", "\u21A9\uFE0E", "\u21A9\uFE0F", "^", "↑", "⤴",
            "return to text", "back", "back to text", "return", "[return]");

    private WebFootnotes() {
    }

    /**
     * Takes the notes out of {@code page} and leaves placeholders for their markers.
     *
     * @param links reads the addresses of the links in the notes
     * @return the notes by label, in the order of their first marker
     */
    static List<Draft.Note> extract(Document page, Report report, WebLinks links) {
        Map<Element, Element> markerToContainer = new LinkedHashMap<>();
        Map<Element, String> labels = new LinkedHashMap<>();
        Map<Element, String> containerLabels = new LinkedHashMap<>();
        Map<Element, Integer> order = new java.util.IdentityHashMap<>();
        for (Element element : page.getAllElements()) {
            order.put(element, order.size());
        }
        for (Element link : page.select("a[href^=#]")) {
            Optional<Element> target = target(page, link);
            // A marker points forward to its note; a note's link back to its marker points backward.
            if (target.isEmpty() || order.get(target.get()) < order.get(link) || !looksLikeMarker(link, target.get())) {
                continue;
            }
            Element container = container(target.get());
            if (container.text().isBlank() || isAncestor(container, link)) {
                continue;
            }
            String label = containerLabels.get(container);
            if (label == null) {
                var match = LABEL.matcher(link.text().strip());
                label = match.matches() ? match.group(1) : "n" + (containerLabels.size() + 1);
                if (!match.matches()) {
                    report.warn("a note marked “" + link.text().strip() + "” is written with the label " + label
                            + " (labels are letters and digits)");
                }
                if (containerLabels.containsValue(label)) {
                    report.warn("two notes are both marked " + label + "; the second is kept under " + label + "b");
                    label = label + "b";
                }
                containerLabels.put(container, label);
            }
            markerToContainer.put(link, container);
            labels.put(link, label);
        }
        uncited(containerLabels, report);
        UnlinkedMarkers.cite(page, containerLabels, labels.values(), report);
        Map<String, Draft.Note> notes = new LinkedHashMap<>();
        for (Map.Entry<Element, String> entry : containerLabels.entrySet()) {
            Element container = entry.getKey();
            String label = entry.getValue();
            notes.put(label, new Draft.Note(label, noteProse(container, label, markerToContainer.keySet(), links)));
        }
        for (Map.Entry<Element, String> entry : labels.entrySet()) {
            Element link = entry.getKey();
            Element marker = link.parent() != null && link.parent().normalName().equals("sup")
                    && link.parent().text().strip().equals(link.text().strip()) ? link.parent() : link;
            marker.replaceWith(new TextNode(HtmlInlines.placeholder(entry.getValue())));
        }
        for (Element container : containerLabels.keySet()) {
            removeWithEmptyParents(container);
        }
        page.select("hr.footnotes-sep, hr.footnotes-separator").remove();
        return new ArrayList<>(notes.values());
    }

    /**
     * Adds to {@code containerLabels} the notes in the same list as those found that no marker
     * cites, each with the label the page prints for it: its number in an {@code <ol>}, else the
     * label it begins with. They were found only through their markers, and one cited nowhere stayed
     * in the text as a stray paragraph, its label lost and its link back kept; as a note, it is kept
     * at the text's end with its label and warned of, as notes no marker cites are. A sibling counts
     * as a note when it is the same element as the notes beside it, of the same class, and a link
     * target (an id on it or within it), as notes are.
     */
    private static void uncited(Map<Element, String> containerLabels, Report report) {
        for (Element container : new ArrayList<>(containerLabels.keySet())) {
            Element list = container.parent();
            if (list == null || list.normalName().equals("body")) {
                continue;
            }
            for (Element sibling : list.children()) {
                if (containerLabels.containsKey(sibling) || !sibling.normalName().equals(container.normalName())
                        || !sibling.className().equals(container.className()) || sibling.text().isBlank()
                        || sibling.id().isEmpty() && sibling.select("[id]").isEmpty()) {
                    continue;
                }
                Optional<String> printed = printedLabel(sibling);
                if (printed.isEmpty()) {
                    continue;
                }
                String label = printed.get();
                if (containerLabels.containsValue(label)) {
                    report.warn("two notes are both marked " + label + "; the second is kept under " + label + "b");
                    label = label + "b";
                }
                containerLabels.put(sibling, label);
            }
        }
    }

    /** The label a page prints for a note: its number as an {@code <ol>} numbers it, else a label it begins with. */
    private static Optional<String> printedLabel(Element note) {
        Element list = note.parent();
        if (note.normalName().equals("li") && list != null && list.normalName().equals("ol")) {
            if (note.attr("value").strip().matches("\\d{1,4}")) {
                return Optional.of(Integer.parseInt(note.attr("value").strip()) + "");
            }
            int start = list.attr("start").strip().matches("\\d{1,4}") ? Integer.parseInt(list.attr("start").strip()) : 1;
            int before = (int) list.children().stream().takeWhile(item -> item != note).filter(item -> item.normalName().equals("li"))
                    .count();
            return Optional.of(start + before + "");
        }
        Element first = note.children().first();
        if (first != null && note.childNodes().stream().takeWhile(node -> node != first)
                .allMatch(node -> node instanceof TextNode text && text.isBlank())) {
            var match = LABEL.matcher(first.text().strip());
            if (match.matches()) {
                return Optional.of(match.group(1));
            }
        }
        return Optional.empty();
    }

    /** Private-use characters in the page's own text would be read as placeholders; they carry no text. */
    static void clearPlaceholderCharacters(Document page) {
        for (Element element : page.getAllElements()) {
            for (TextNode text : element.textNodes()) {
                String raw = text.getWholeText();
                if (raw.indexOf(HtmlInlines.OPEN) >= 0 || raw.indexOf(HtmlInlines.CLOSE) >= 0) {
                    text.text(raw.replace(HtmlInlines.OPEN, '\uFFFD').replace(HtmlInlines.CLOSE, '\uFFFD'));
                }
            }
        }
    }

    private static Optional<Element> target(Document page, Element link) {
        String id = URLDecoder.decode(link.attr("href").substring(1), StandardCharsets.UTF_8);
        if (id.isBlank()) {
            return Optional.empty();
        }
        Element byId = page.getElementById(id);
        if (byId != null) {
            return Optional.of(byId);
        }
        return page.select("a[name]").stream().filter(a -> a.attr("name").equals(id)).findFirst();
    }

    private static boolean looksLikeMarker(Element link, Element target) {
        String text = link.text().strip();
        if (!LABEL.matcher(text).matches() && !SYMBOL.matcher(text).matches()) {
            return false;
        }
        boolean superscript = link.closest("sup") != null || !link.select("sup").isEmpty();
        // The link's own attributes, its children's classes (Word's MsoFootnoteReference) and its parent's.
        StringBuilder attributes = new StringBuilder(link.attributes().html());
        link.select("*").forEach(child -> attributes.append(' ').append(child.className()));
        if (link.parent() != null) {
            attributes.append(' ').append(link.parent().attributes().html());
        }
        return superscript || HINT.matcher(attributes).matches() || linksBack(container(target), link);
    }

    /** The block holding a note: the target itself, or its block when the target is only the label's anchor. */
    private static Element container(Element target) {
        String tag = target.normalName();
        boolean block = Set.of("li", "div", "p", "aside", "section", "dd", "td", "footer").contains(tag);
        if (block && target.text().strip().length() > 4) {
            return target;
        }
        Element parent = target.parent();
        while (parent != null && !Set.of("li", "div", "p", "aside", "section", "dd", "td", "body").contains(parent.normalName())) {
            parent = parent.parent();
        }
        return parent == null || parent.normalName().equals("body") ? target : parent;
    }

    private static boolean linksBack(Element container, Element link) {
        Set<String> ids = anchors(link);
        return container.select("a[href^=#]").stream().anyMatch(a -> ids.contains(a.attr("href").substring(1)));
    }

    /** The anchors a note's link back to {@code marker} may go to: its id and its nearest ancestors'. */
    private static Set<String> anchors(Element marker) {
        Set<String> ids = new java.util.HashSet<>();
        for (Element e = marker; e != null && ids.size() < 4; e = e.parent()) {
            if (!e.id().isEmpty()) {
                ids.add(e.id());
            }
            if (!e.attr("name").isEmpty()) {
                ids.add(e.attr("name")); // the older <a name="…"> anchors
            }
        }
        return ids;
    }

    private static Prose noteProse(Element container, String label, Set<Element> markers, WebLinks links) {
        Element copy = container.clone();
        // Another note's marker within this note is its label in words, not a link (a note cannot cite a note).
        List<Element> originals = container.select("a");
        List<Element> copies = copy.select("a");
        for (int i = 0; i < originals.size(); i++) {
            if (markers.contains(originals.get(i))) {
                copies.get(i).unwrap();
            }
        }
        for (Element a : copy.select("a[href^=#]")) {
            String text = a.text().strip().toLowerCase(Locale.ROOT);
            String classes = a.className().toLowerCase(Locale.ROOT);
            if (BACK_TEXT.contains(text) || classes.contains("back") || classes.contains("reverse") || classes.contains("to-top")
                    || classes.contains("footnote-number") || a.hasAttr("aria-label") && a.attr("aria-label").toLowerCase(Locale.ROOT)
                            .contains("back") || text.isEmpty() || text.equals(label) && a.closest("sup") == null
                            && a.siblingIndex() == 0) {
                a.remove();
            }
        }
        copy.select("sup").stream().filter(s -> s.text().strip().equals(label) && s.siblingIndex() <= 1).findFirst()
                .ifPresent(Element::remove);
        // A link back that prints the label ("[1]", as Word writes it) keeps its words, which are not a link of the note's text.
        Set<String> back = new java.util.HashSet<>();
        markers.forEach(marker -> back.addAll(anchors(marker)));
        copy.select("a[href^=#]").stream().filter(a -> back.contains(a.attr("href").substring(1))).forEach(Element::unwrap);
        Prose prose = HtmlInlines.of(copy, links);
        String plain = prose.plain();
        // "1. Note text" or "[1] Note text": the label printed at the start of the note is not its text.
        java.util.regex.Matcher start = Pattern.compile("^[\\[(]?" + Pattern.quote(label) + "[\\]).:]?\\s+").matcher(plain);
        if (start.find() && !prose.inlines().isEmpty() && prose.inlines().get(0) instanceof Inline.Text first
                && first.text().startsWith(start.group())) {
            List<Inline> inlines = new ArrayList<>(prose.inlines());
            inlines.set(0, new Inline.Text(first.text().substring(start.group().length())));
            prose = new Prose(inlines);
        }
        return prose;
    }

    /** Removes a note, the list or section it leaves empty, and a "Notes" heading left with nothing under it. */
    private static void removeWithEmptyParents(Element element) {
        Element removed = element;
        while (removed.parent() != null && !removed.parent().normalName().equals("body")
                && removed.parent().text().strip().equals(removed.text().strip()) && removed.parent().select("img, figure").isEmpty()) {
            removed = removed.parent();
        }
        Element previous = removed.previousElementSibling();
        Element next = removed.nextElementSibling();
        removed.remove();
        while (previous != null && previous.normalName().equals("hr")) {
            Element before = previous.previousElementSibling();
            previous.remove();
            previous = before;
        }
        if (previous != null && previous.normalName().matches("h[1-6]|p|strong|b") && NoteFinder.isNotesHeading(previous.text())
                && (next == null || !next.normalName().matches("p|div|section"))) {
            previous.remove();
        }
    }

    private static boolean isAncestor(Element ancestor, Element node) {
        for (Element e = node; e != null; e = e.parent()) {
            if (e == ancestor) {
                return true;
            }
        }
        return false;
    }
}
