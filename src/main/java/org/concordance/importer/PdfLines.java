package org.concordance.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.concordance.content.RightToLeft;

/**
 * A PDF page's glyphs as lines: glyphs sharing a baseline make a line, words are split where glyphs
 * stand apart, and small glyphs raised above a line are its superscripts, so a raised "14" becomes
 * note marker 14. Italic glyphs become italic text. A line's glyphs are taken in the order they are
 * read, not seen: Hebrew and Arabic right to left ({@link PdfReadingOrder}).
 *
 * <p>A line is laid out in its paragraph's direction, which a PDF does not record. A line in one
 * script has that script's direction. A line that mixes Latin letters with Hebrew or Arabic ones
 * takes the direction most letters of the lines set with it have (the lines above and below it at
 * a line's spacing and in its size), or, standing alone, most letters of the page's other lines: a
 * line of Arabic prose citing an English title has more Latin letters than Arabic ones, and was read
 * left to right, scrambled. A line alone on its page has the direction of most of its own letters.
 */
final class PdfLines {
    /** Glyphs whose baselines differ by less than this (in points) share a line. */
    private static final float SAME_BASELINE = 0.6f;

    private PdfLines() {
    }

    /**
     * One line of a page.
     *
     * @param y baseline, in points from the page's top
     * @param size the size most of its glyphs are set in
     * @param bold every letter is bold
     * @param inlines the line's text, italics and raised markers
     * @param rightToLeft it holds Hebrew or Arabic letters and is laid out right to left (class
     *     comment): it starts at the right, and a paragraph's first line is indented from the right,
     *     its last line short on the left
     */
    record Line(int page, float y, float x0, float x1, float size, boolean bold, List<Inline> inlines, boolean rightToLeft) {
        Line {
            inlines = List.copyOf(inlines);
        }

        /** The text without markers. */
        String text() {
            return new Prose(inlines).plain();
        }

        /** The label of a raised number that begins the line (a footnote's label), or null. */
        String leadingMarker() {
            return !inlines.isEmpty() && inlines.get(0) instanceof Inline.Marker marker ? marker.label() : null;
        }
    }

    /** The size most glyphs of the document are set in: the body text's. */
    static float bodySize(List<PdfText.Page> pages) {
        Map<Float, Integer> counts = new HashMap<>();
        for (PdfText.Page page : pages) {
            for (PdfText.Glyph glyph : page.glyphs()) {
                if (!glyph.text().isBlank()) {
                    counts.merge(Math.round(glyph.size() * 2) / 2f, 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(10f);
    }

    /** The page's lines, top to bottom. */
    static List<Line> of(PdfText.Page page) {
        List<PdfText.Glyph> glyphs = new ArrayList<>(page.glyphs());
        glyphs.sort(Comparator.comparingDouble(PdfText.Glyph::y).thenComparingDouble(PdfText.Glyph::x));
        List<List<PdfText.Glyph>> rows = new ArrayList<>();
        for (PdfText.Glyph glyph : glyphs) {
            List<PdfText.Glyph> last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
            if (last != null && Math.abs(glyph.y() - last.get(0).y()) < SAME_BASELINE) {
                last.add(glyph);
            } else {
                rows.add(new ArrayList<>(List.of(glyph)));
            }
        }
        // Raised small glyphs are superscripts of the line just below them.
        List<List<PdfText.Glyph>> superscripts = new ArrayList<>();
        Map<List<PdfText.Glyph>, List<PdfText.Glyph>> raised = new HashMap<>();
        for (int r = 0; r + 1 < rows.size(); r++) {
            List<PdfText.Glyph> row = rows.get(r);
            float size = size(row);
            for (int b = r + 1; b < rows.size() && rows.get(b).get(0).y() - row.get(0).y() < size * 1.6f; b++) {
                List<PdfText.Glyph> below = rows.get(b);
                float rise = below.get(0).y() - row.get(0).y();
                // Smaller, if only a little: a browser prints <sup> at 83%, which sizes in whole
                // points make 12 against 14 or 9 against 10; a typesetter at 60-70%.
                if (size < size(below) * 0.92f && rise > 0.5f && rise < size(below) * 0.75f && overlaps(row, below)
                        && isMarkerText(row)) {
                    raised.computeIfAbsent(below, k -> new ArrayList<>()).addAll(row);
                    superscripts.add(row);
                    break;
                }
            }
        }
        List<List<PdfText.Glyph>> kept = rows.stream().filter(row -> !superscripts.contains(row)).toList();
        List<Line> lines = new ArrayList<>();
        for (int r = 0; r < kept.size(); r++) {
            lines.add(line(page.number(), kept.get(r), raised.getOrDefault(kept.get(r), List.of()), rightToLeft(kept, r)));
        }
        return lines;
    }

    /** Whether row {@code r} of {@code rows} is laid out right to left (class comment). */
    private static boolean rightToLeft(List<List<PdfText.Glyph>> rows, int r) {
        long[] own = letters(rows.get(r));
        if (own[0] == 0 || own[1] == 0) {
            return own[0] > 0;
        }
        long[] set = {0, 0};
        for (int above = r; above > 0 && together(rows.get(above - 1), rows.get(above)); above--) {
            add(set, letters(rows.get(above - 1)));
        }
        for (int below = r; below + 1 < rows.size() && together(rows.get(below), rows.get(below + 1)); below++) {
            add(set, letters(rows.get(below + 1)));
        }
        if (set[0] == set[1]) {
            set = new long[] {0, 0};
            for (int other = 0; other < rows.size(); other++) {
                if (other != r) {
                    add(set, letters(rows.get(other)));
                }
            }
        }
        if (set[0] == set[1]) {
            set = own;
        }
        return set[0] > set[1];
    }

    /** Whether two rows, one below the other, are set together: a line's spacing apart, in much the same size. */
    private static boolean together(List<PdfText.Glyph> upper, List<PdfText.Glyph> lower) {
        float a = size(upper);
        float b = size(lower);
        return Math.min(a, b) >= Math.max(a, b) * 0.85f && lower.get(0).y() - upper.get(0).y() <= Math.max(a, b) * 1.6f;
    }

    /** A row's right-to-left letters ({@link RightToLeft#isLetter}) and left-to-right ones. */
    private static long[] letters(List<PdfText.Glyph> row) {
        long[] count = {0, 0};
        for (PdfText.Glyph glyph : row) {
            glyph.text().codePoints().forEach(c -> {
                if (RightToLeft.isLetter(c)) {
                    count[0]++;
                } else if (Character.getDirectionality(c) == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                    count[1]++;
                }
            });
        }
        return count;
    }

    private static void add(long[] sum, long[] more) {
        sum[0] += more[0];
        sum[1] += more[1];
    }

    private static Line line(int page, List<PdfText.Glyph> row, List<PdfText.Glyph> raised, boolean rightToLeft) {
        List<PdfText.Glyph> all = new ArrayList<>(row);
        all.addAll(raised);
        all.sort(Comparator.comparingDouble(PdfText.Glyph::x));
        float size = size(row);
        // The line as seen, left to right: its glyphs, and a space (null) where two stand apart;
        // then in the order it is read, which differs where it holds right-to-left text.
        List<PdfText.Glyph> seen = new ArrayList<>();
        for (PdfText.Glyph glyph : all) {
            PdfText.Glyph left = seen.isEmpty() ? null : seen.get(seen.size() - 1);
            if (left != null && glyph.x() - left.right() > Math.min(glyph.size(), left.size()) * 0.18f) {
                seen.add(null);
            }
            seen.add(glyph);
        }
        List<Inline> inlines = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        boolean runItalic = false;
        StringBuilder marker = new StringBuilder();
        boolean gap = false;
        for (PdfReadingOrder.Piece piece : PdfReadingOrder.of(seen.stream()
                .map(g -> g == null ? new PdfReadingOrder.Seen(" ", true) : new PdfReadingOrder.Seen(g.text(), !g.written())).toList(), rightToLeft)) {
            PdfText.Glyph glyph = seen.get(piece.index());
            if (glyph == null) {
                gap = true;
                continue;
            }
            boolean up = raised.contains(glyph);
            String text = piece.text();
            if (up) {
                if (marker.length() == 0) {
                    flush(run, runItalic, inlines);
                }
                if (gap && marker.length() > 0) {
                    marker.append(',');
                }
                marker.append(text);
            } else {
                if (marker.length() > 0) {
                    markers(marker.toString(), inlines);
                    marker.setLength(0);
                }
                boolean italic = glyph.italic() && !text.isBlank();
                if (italic != runItalic && !text.isBlank()) {
                    flush(run, runItalic, inlines);
                    runItalic = italic;
                }
                if (gap && run.length() > 0 && run.charAt(run.length() - 1) != ' ' && !text.isBlank()) {
                    run.append(' ');
                } else if (gap && run.length() == 0 && !inlines.isEmpty()) {
                    inlines.add(new Inline.Text(" "));
                }
                run.append(text);
            }
            gap = false;
        }
        if (marker.length() > 0) {
            markers(marker.toString(), inlines);
        }
        flush(run, runItalic, inlines);
        boolean bold = row.stream().filter(g -> Character.isLetter(g.text().codePointAt(0))).allMatch(PdfText.Glyph::bold)
                && row.stream().anyMatch(g -> Character.isLetter(g.text().codePointAt(0)));
        float x0 = (float) row.stream().mapToDouble(PdfText.Glyph::x).min().orElse(0);
        float x1 = (float) row.stream().mapToDouble(PdfText.Glyph::right).max().orElse(0);
        return new Line(page, row.get(0).y(), x0, x1, size, bold, inlines, rightToLeft);
    }

    /** Raised text: "14" is marker 14, "14,15" markers 14 and 15; anything else stays text. */
    private static void markers(String text, List<Inline> inlines) {
        String compact = text.replaceAll("\\s+", "");
        if (compact.matches("\\d{1,3}(,\\d{1,3})*")) {
            for (String label : compact.split(",")) {
                inlines.add(new Inline.Marker(label));
            }
        } else {
            inlines.add(new Inline.Text(text));
        }
    }

    private static void flush(StringBuilder run, boolean italic, List<Inline> inlines) {
        if (run.length() > 0) {
            String text = run.toString();
            inlines.add(italic && !text.isBlank() ? new Inline.Emphasis(text) : new Inline.Text(text));
            run.setLength(0);
        }
    }

    private static boolean isMarkerText(List<PdfText.Glyph> row) {
        StringBuilder text = new StringBuilder();
        row.forEach(g -> text.append(g.text()));
        String compact = text.toString().replaceAll("[\\s,]+", "");
        return !compact.isEmpty() && compact.length() <= 12 && compact.matches("[0-9*†‡§a-z]+");
    }

    private static boolean overlaps(List<PdfText.Glyph> row, List<PdfText.Glyph> below) {
        double left = below.stream().mapToDouble(PdfText.Glyph::x).min().orElse(0) - size(below) * 2;
        double right = below.stream().mapToDouble(PdfText.Glyph::right).max().orElse(0) + size(below) * 2;
        return row.stream().allMatch(g -> g.x() >= left && g.right() <= right);
    }

    /** The size most of a row's glyphs are set in. */
    static float size(List<PdfText.Glyph> row) {
        Map<Float, Integer> counts = new HashMap<>();
        row.stream().filter(g -> !g.text().isBlank()).forEach(g -> counts.merge(g.size(), 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(row.isEmpty() ? 10f : row.get(0).size());
    }
}
