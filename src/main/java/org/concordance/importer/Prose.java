package org.concordance.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * The content of one paragraph or note: runs of text, italics and note markers, in reading order.
 * Adjacent runs of the same kind are merged and whitespace is collapsed, so two proses with the
 * same text compare equal.
 */
record Prose(List<Inline> inlines) {
    static final Prose EMPTY = new Prose(List.of());

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
            if (inline instanceof Inline.Text t) {
                text.append(t.text());
            } else if (inline instanceof Inline.Emphasis e) {
                text.append(e.text());
            }
        }
        return collapse(text.toString()).strip();
    }

    /** The labels of the markers, in order. */
    List<String> labels() {
        return inlines.stream().filter(Inline.Marker.class::isInstance).map(i -> ((Inline.Marker) i).label()).toList();
    }

    boolean isBlank() {
        return plain().isEmpty() && labels().isEmpty();
    }

    /** This prose with every italic run made plain text. */
    Prose withoutEmphasis() {
        return new Prose(inlines.stream().map(i -> i instanceof Inline.Emphasis e ? new Inline.Text(e.text()) : i).toList());
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
        List<Inline> out = new ArrayList<>();
        for (Inline inline : inlines) {
            Inline next = inline;
            if (inline instanceof Inline.Text t) {
                next = new Inline.Text(collapse(t.text()));
            } else if (inline instanceof Inline.Emphasis e) {
                next = new Inline.Emphasis(collapse(e.text()));
            }
            if (next instanceof Inline.Text t && t.text().isEmpty() || next instanceof Inline.Emphasis e && e.text().isEmpty()) {
                continue;
            }
            Inline last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last instanceof Inline.Text a && next instanceof Inline.Text b) {
                out.set(out.size() - 1, new Inline.Text(collapse(a.text() + b.text())));
            } else if (last instanceof Inline.Emphasis a && next instanceof Inline.Emphasis b) {
                out.set(out.size() - 1, new Inline.Emphasis(collapse(a.text() + b.text())));
            } else {
                out.add(next);
            }
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
}
