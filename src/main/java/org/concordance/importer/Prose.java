package org.concordance.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The content of one paragraph or note: runs of text, italics, links and note markers, in reading
 * order. Adjacent runs of the same kind are merged and whitespace is collapsed, so two proses with
 * the same text compare equal; a link's words neither begin nor end with a space.
 */
record Prose(List<Inline> inlines) {
    static final Prose EMPTY = new Prose(List.of());
    /** Back-link arrows ending a note, as text or emoji presentation, and the space before them. */
    private static final Pattern BACK_ARROW = Pattern.compile("(?:\\s*\u21A9[\uFE0E\uFE0F]?)+\\s*$");

    Prose {
        inlines = normalise(inlines);
    }

    static Prose of(String text) {
        return new Prose(List.of(new Inline.Text(text)));
    }

    /** The text without markers, whitespace collapsed: what the content parser's plain text will be. */
    String plain() {
        StringBuilder text = new StringBuilder();
        for (Inline inline : inlines) {
            text.append(inline.words());
        }
        return collapse(text.toString()).strip();
    }

    /**
     * Without the back-link arrow a web page ends each note with ("↩", which a copy or a browser's
     * print of the page keeps as text); the prose itself when it has none.
     */
    Prose withoutBackArrow() {
        if (inlines.isEmpty() || !(inlines.get(inlines.size() - 1) instanceof Inline.Text last)) {
            return this;
        }
        String text = BACK_ARROW.matcher(last.text()).replaceFirst("");
        if (text.equals(last.text())) {
            return this;
        }
        List<Inline> kept = new ArrayList<>(inlines.subList(0, inlines.size() - 1));
        if (!text.isEmpty()) {
            kept.add(new Inline.Text(text));
        }
        return new Prose(kept);
    }

    /** The labels of the markers, in order. */
    List<String> labels() {
        return inlines.stream().filter(Inline.Marker.class::isInstance).map(i -> ((Inline.Marker) i).label()).toList();
    }

    boolean isBlank() {
        return plain().isEmpty() && labels().isEmpty();
    }

    /**
     * Each link's words and address, in order: the runs of one link (adjacent, with the same
     * address) as one, their words whitespace-collapsed.
     */
    List<LinkedWords> links() {
        List<LinkedWords> links = new ArrayList<>();
        for (int i = 0; i < inlines.size(); i = linkEnd(inlines, i)) {
            if (inlines.get(i) instanceof Inline.Link link) {
                links.add(new LinkedWords(new Prose(inlines.subList(i, linkEnd(inlines, i))).plain(), link.href()));
            }
        }
        return links;
    }

    /** A link's words and where it leads. */
    record LinkedWords(String words, String href) {
    }

    /**
     * The index after the link whose first run is at {@code start}: the runs from there with its
     * address (in italics and out). {@code start + 1} when the run there is not a link.
     */
    static int linkEnd(List<Inline> inlines, int start) {
        if (!(inlines.get(start) instanceof Inline.Link first)) {
            return start + 1;
        }
        int end = start + 1;
        while (end < inlines.size() && inlines.get(end) instanceof Inline.Link next && next.href().equals(first.href())) {
            end++;
        }
        return end;
    }

    /** This prose with every italic run made plain text, a link's words included. */
    Prose withoutEmphasis() {
        return new Prose(inlines.stream().map(i -> i instanceof Inline.Emphasis e ? new Inline.Text(e.text())
                : i instanceof Inline.Link l ? new Inline.Link(l.text(), l.href(), false) : i).toList());
    }

    /**
     * Whether {@code a} and {@code b} are the same words, whatever their case, spacing and the forms of
     * their quotation marks, apostrophes and dashes: a page's metadata types "Hizballah's" and "--" where
     * its heading prints "Hizballah’s" and "–".
     */
    static boolean sameWords(String a, String b) {
        return typed(a).equalsIgnoreCase(typed(b));
    }

    /** {@code text} collapsed and stripped, its curly quotes and apostrophes straight, its dashes hyphens. */
    static String typed(String text) {
        return collapse(text).strip().replaceAll("[‘’ʼ′`]", "'").replaceAll("[“”„″]", "\"")
                .replaceAll("\\s*[–—]\\s*|\\s+-{1,2}\\s+|--", "-");
    }

    /** Whitespace (including no-break spaces, which web pages use for layout) as single spaces. */
    static String collapse(String text) {
        if (!needsCollapse(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean inSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                if (!inSpace) {
                    out.append(' ');
                }
                inSpace = true;
            } else {
                out.append(c);
                inSpace = false;
            }
        }
        return out.toString();
    }

    private static boolean needsCollapse(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c) && (c != ' ' || i + 1 < text.length() && isSpace(text.charAt(i + 1)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u000B' || c == '\u00A0' || c == '\u2007'
                || c == '\u202F' || c == '\u200B' || c == '\uFEFF';
    }

    private static List<Inline> normalise(List<Inline> inlines) {
        List<Inline> out = merged(inlines);
        if (out.stream().anyMatch(Inline.Link.class::isInstance)) { // only a saved web page's prose has links
            out = merged(spacesOutOfLinks(out));
        }
        // Leading and trailing whitespace is layout.
        if (!out.isEmpty() && out.get(0) instanceof Inline.Text t) {
            out.set(0, new Inline.Text(t.text().stripLeading()));
        }
        if (!out.isEmpty() && out.get(out.size() - 1) instanceof Inline.Text t) {
            out.set(out.size() - 1, new Inline.Text(t.text().stripTrailing()));
        }
        out.removeIf(i -> i instanceof Inline.Text t && t.text().isEmpty());
        return List.copyOf(out);
    }

    /**
     * The runs with whitespace collapsed, empty ones dropped and adjacent ones of the same kind (and
     * address) joined, as are two italic runs with only a space between them.
     */
    private static List<Inline> merged(List<Inline> inlines) {
        List<Inline> out = new ArrayList<>();
        for (Inline inline : inlines) {
            Inline next = inline;
            if (inline instanceof Inline.Text t) {
                next = new Inline.Text(collapse(t.text()));
            } else if (inline instanceof Inline.Emphasis e) {
                next = new Inline.Emphasis(collapse(e.text()));
            } else if (inline instanceof Inline.Link l) {
                next = new Inline.Link(collapse(l.text()), l.href(), l.italic());
            }
            if (!(next instanceof Inline.Marker) && next.words().isEmpty()) {
                continue;
            }
            Inline last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (next instanceof Inline.Emphasis b && last instanceof Inline.Text space && space.text().isBlank()
                    && out.size() > 1 && out.get(out.size() - 2) instanceof Inline.Emphasis a) {
                // Italics on both sides of a space are one italic run: a title set in italics across
                // a line break of a PDF, or "<i>A</i> <i>B</i>", reads as one (and is cited as one).
                out.remove(out.size() - 1);
                out.set(out.size() - 1, new Inline.Emphasis(collapse(a.text() + " " + b.text())));
            } else if (last instanceof Inline.Text a && next instanceof Inline.Text b) {
                out.set(out.size() - 1, new Inline.Text(collapse(a.text() + b.text())));
            } else if (last instanceof Inline.Emphasis a && next instanceof Inline.Emphasis b) {
                out.set(out.size() - 1, new Inline.Emphasis(collapse(a.text() + b.text())));
            } else if (last instanceof Inline.Link a && next instanceof Inline.Link b && a.href().equals(b.href())
                    && a.italic() == b.italic()) {
                out.set(out.size() - 1, new Inline.Link(collapse(a.text() + b.text()), a.href(), a.italic()));
            } else {
                out.add(next);
            }
        }
        return out;
    }

    /**
     * The runs with the spaces a link's words begin or end with moved out of the link, as plain
     * text: {@code <a> the archive </a>} links "the archive", and a space at a link's end would
     * otherwise be written inside its brackets.
     */
    private static List<Inline> spacesOutOfLinks(List<Inline> inlines) {
        List<Inline> out = new ArrayList<>();
        for (int i = 0; i < inlines.size(); ) {
            int end = linkEnd(inlines, i);
            if (!(inlines.get(i) instanceof Inline.Link)) {
                out.add(inlines.get(i));
                i = end;
                continue;
            }
            List<Inline> link = new ArrayList<>(inlines.subList(i, end));
            StringBuilder before = new StringBuilder();
            while (!link.isEmpty() && link.get(0).words().isBlank()) {
                before.append(link.remove(0).words());
            }
            StringBuilder after = new StringBuilder();
            while (!link.isEmpty() && link.get(link.size() - 1).words().isBlank()) {
                after.insert(0, link.remove(link.size() - 1).words());
            }
            if (!link.isEmpty()) {
                Inline.Link first = (Inline.Link) link.get(0);
                String stripped = first.text().stripLeading();
                before.append(first.text(), 0, first.text().length() - stripped.length());
                link.set(0, new Inline.Link(stripped, first.href(), first.italic()));
                Inline.Link last = (Inline.Link) link.get(link.size() - 1);
                String kept = last.text().stripTrailing();
                after.insert(0, last.text().substring(kept.length()));
                link.set(link.size() - 1, new Inline.Link(kept, last.href(), last.italic()));
            }
            out.add(new Inline.Text(before.toString()));
            out.addAll(link);
            out.add(new Inline.Text(after.toString()));
            i = end;
        }
        return out;
    }
}
