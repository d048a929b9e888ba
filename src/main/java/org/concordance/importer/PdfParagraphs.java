package org.concordance.importer;

import org.concordance.content.Sentences;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A PDF's body lines, in reading order across pages, as title, authors, headings and paragraphs. A
 * paragraph ends at a wider gap between lines, before an indented first line, or after a short
 * line that ends a sentence (the last of which alone is a guess, and counted); it runs on across a
 * page break otherwise. Lines under a "Notes" heading are notes. A right-to-left line (Hebrew,
 * Arabic) is measured from the right: it starts there, is indented from there, and a short one
 * ends on the left.
 */
final class PdfParagraphs {

    /** The most lines in small type above a title that are its page's head. */
    /** The most lines above the title taken for its head or masthead (a site's name and its menu, an item a line). */
    private static final int HEAD_LINES = 8;
    /** The most words of a line above the title taken for a site's name or menu ("Home About Research Contact"). */
    private static final int MASTHEAD_WORDS = 6;

    private final List<PdfLines.Line> lines;
    private final float body;
    private final Facts facts;
    private final Report report;
    private final Hyphenation hyphenation;
    /** Where the body lines of a page start, in {@link #start} terms, and the furthest they end. */
    private final Map<Side, Float> left = new HashMap<>();
    private final Map<Side, Float> right = new HashMap<>();
    private final float spacing;
    private int guessed;

    PdfParagraphs(List<PdfLines.Line> lines, float body, Facts facts, Report report, Hyphenation hyphenation) {
        this.lines = lines;
        this.body = body;
        this.facts = facts;
        this.report = report;
        this.hyphenation = hyphenation;
        Map<Side, List<Float>> starts = new HashMap<>();
        List<Float> gaps = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            PdfLines.Line line = lines.get(i);
            if (Math.abs(line.size() - body) > 0.5f) {
                continue;
            }
            starts.computeIfAbsent(Side.of(line), p -> new ArrayList<>()).add((float) Math.round(start(line)));
            right.merge(Side.of(line), end(line), Math::max);
            if (i > 0 && lines.get(i - 1).page() == line.page() && Math.abs(lines.get(i - 1).size() - body) <= 0.5f) {
                float gap = line.y() - lines.get(i - 1).y();
                if (gap > 0 && gap < body * 3) {
                    gaps.add(gap);
                }
            }
        }
        starts.forEach((page, xs) -> left.put(page, mode(xs)));
        Collections.sort(gaps);
        this.spacing = gaps.isEmpty() ? body * 1.2f : gaps.get(gaps.size() / 2);
    }

    int guessed() {
        return guessed;
    }

    /** The units; lines under a "Notes" heading go to {@code notes} instead. */
    List<Unit> units(PdfNotes notes) {
        List<Unit> units = new ArrayList<>();
        int i = titleAndAuthors(units);
        float largestHeading = 0;
        for (int j = i; j < lines.size(); j++) {
            if (isHeading(lines.get(j))) {
                largestHeading = Math.max(largestHeading, lines.get(j).size());
            }
        }
        List<List<Inline>> paragraph = new ArrayList<>();
        PdfLines.Line previous = null;
        for (; i < lines.size(); i++) {
            PdfLines.Line line = lines.get(i);
            if (isHeading(line)) {
                flush(paragraph, units);
                previous = null;
                if (NoteFinder.isNotesHeading(line.text())) {
                    notes.collect(lines.subList(i + 1, lines.size()), any -> true);
                    break;
                }
                boolean top = line.size() >= largestHeading - 0.5f;
                units.add(Unit.of(top ? Unit.Role.HEADING2 : Unit.Role.HEADING3, Prose.of(line.text())));
                continue;
            }
            if (previous != null && breaks(previous, line)) {
                flush(paragraph, units);
            }
            paragraph.add(line.inlines());
            previous = line;
        }
        flush(paragraph, units);
        return units;
    }

    /**
     * Where the title begins: the first line of the first page's largest type among its first
     * {@link #HEAD_LINES} + 1 lines, when that type is a title's (a quarter larger than the text's) and
     * every line above it is a head: in smaller type than the text (a journal's name, a DOI, printed on
     * the first page alone) or short, a few words that end no sentence (a site's name and menu atop a
     * browser's print of a post). Else 0, the first line.
     */
    private int titleStart() {
        float largest = 0;
        int at = 0;
        for (int k = 0; k <= HEAD_LINES && k < lines.size() && lines.get(k).page() == 1; k++) {
            if (lines.get(k).size() > largest + 0.5f) {
                largest = lines.get(k).size();
                at = k;
            }
        }
        if (at == 0 || largest < body * 1.25f) {
            return 0;
        }
        for (int h = 0; h < at; h++) {
            String text = lines.get(h).text().strip();
            boolean small = lines.get(h).size() < body - 0.5f;
            boolean masthead = text.split("\\s+").length <= MASTHEAD_WORDS && !Sentences.ends(text, false);
            if (!small && !masthead) {
                return 0;
            }
        }
        return at;
    }

    /**
     * Reads the title (the first page's largest lines at the top) and an authors line under it: a
     * line of names alone gives the authors, a byline ("By …") is added to {@code units} as its own
     * paragraph, for the recognisers to read as a text's byline (authors, and the date it ends with). Up
     * to {@link #HEAD_LINES} lines above the title ({@link #titleStart}), a journal's head or a site's
     * masthead, are taken out and reported.
     */
    private int titleAndAuthors(List<Unit> units) {
        int i = titleStart();
        List<String> masthead = new ArrayList<>();
        for (int h = 0; h < i; h++) {
            PdfLines.Line line = lines.get(h);
            if (line.size() < body - 0.5f) {
                report.removed("the first page's head", line.text());
            } else {
                masthead.add(line.text().strip());
            }
        }
        if (!masthead.isEmpty()) {
            report.removed("the page's masthead above the title (a line each)", String.join(" | ", masthead));
        }
        List<String> title = new ArrayList<>();
        while (i < lines.size() && lines.get(i).page() == 1 && lines.get(i).size() >= body * 1.25f) {
            title.add(lines.get(i++).text());
        }
        if (title.isEmpty()) {
            return 0;
        }
        facts.title(String.join(" ", title));
        // One line of names under the title; each name of two words or more, so a heading is never taken for one.
        // Smaller than the title (a browser's print of a page sets it at 13 pt against 11).
        if (i < lines.size() && lines.get(i).page() == 1 && !lines.get(i).bold() && lines.get(i).size() < body * 1.25f) {
            String text = lines.get(i).text();
            Optional<Bylines.Byline> byline = Bylines.byline(text).or(() -> Bylines.namesLine(text))
                    .filter(found -> found.authors().stream().allMatch(name -> name.contains(" ")));
            if (byline.isPresent() && Bylines.byline(text).isEmpty()) {
                facts.authors(byline.get().authors());
                i++;
            } else if (byline.isPresent()) {
                // A byline ("By Ana López · March 15, 2021") is a paragraph of its own, read as plain text's is: its authors, and its date.
                units.add(new Unit(Unit.Role.PARAGRAPH, text, new Prose(lines.get(i++).inlines())));
            }
        }
        return i;
    }

    private boolean isHeading(PdfLines.Line line) {
        String text = line.text();
        if (text.isEmpty() || text.length() > 120 || line.inlines().stream().anyMatch(Inline.Marker.class::isInstance)) {
            return false;
        }
        boolean larger = line.size() >= body * 1.12f;
        boolean boldShort = line.bold() && Math.abs(line.size() - body) <= 0.5f && text.length() < 80
                && !text.matches(".*[.,;:]$");
        return larger || boldShort;
    }

    private boolean breaks(PdfLines.Line previous, PdfLines.Line line) {
        boolean samePage = previous.page() == line.page();
        float margin = left.getOrDefault(Side.of(line), start(line));
        boolean indented = start(line) > margin + body * 0.8f && start(previous) <= margin + body * 0.8f;
        boolean gap = samePage && line.y() - previous.y() > spacing * 1.4f;
        boolean sizeChange = Math.abs(line.size() - previous.size()) > 0.5f;
        boolean shortEnd = end(previous) < right.getOrDefault(Side.of(previous), end(previous)) - body * 1.5f
                && Sentences.ends(previous.text(), true);
        if (shortEnd && !indented && !gap && !sizeChange) {
            guessed++;
        }
        return indented || gap || sizeChange || shortEnd;
    }

    /**
     * A page's lines of one direction: a page may hold both (an English article quoting a
     * paragraph in Arabic), and each has its own margins.
     */
    private record Side(int page, boolean rightToLeft) {
        static Side of(PdfLines.Line line) {
            return new Side(line.page(), line.rightToLeft());
        }
    }

    /**
     * Where a line starts, counted from the side it starts at: its left edge, or for a
     * right-to-left line its right edge taken negative, so an indent is larger either way.
     */
    private static float start(PdfLines.Line line) {
        return line.rightToLeft() ? -line.x1() : line.x0();
    }

    /** Where a line ends, in {@link #start} terms: larger the further it runs. */
    private static float end(PdfLines.Line line) {
        return line.rightToLeft() ? -line.x0() : line.x1();
    }

    private void flush(List<List<Inline>> paragraph, List<Unit> units) {
        if (paragraph.isEmpty()) {
            return;
        }
        StringBuilder raw = new StringBuilder();
        Prose prose = new Prose(join(paragraph, hyphenation, report, raw));
        paragraph.clear();
        if (!prose.isBlank()) {
            units.add(new Unit(Unit.Role.PARAGRAPH, raw.toString(), prose));
        }
    }

    /**
     * Lines joined into one run: a space where lines meet, none where a line-end hyphen splits a
     * word (dropping the hyphen when the word is one, keeping it in a compound).
     *
     * @param raw when given, receives the plain text with "\n" where lines met
     */
    static List<Inline> join(List<List<Inline>> lines, Hyphenation hyphenation, Report report, StringBuilder raw) {
        List<Inline> out = new ArrayList<>();
        for (List<Inline> line : lines) {
            if (line.isEmpty()) {
                continue;
            }
            boolean joined = false;
            if (!out.isEmpty() && out.get(out.size() - 1) instanceof Inline.Text last && !(line.get(0) instanceof Inline.Marker)) {
                String next = line.get(0).words();
                Optional<Boolean> drop = hyphenation.atLineEnd(last.text(), next, report);
                if (drop.isPresent()) {
                    String kept = last.text().stripTrailing();
                    out.set(out.size() - 1, new Inline.Text(drop.get() ? kept.substring(0, kept.length() - 1) : kept));
                    if (raw != null) {
                        raw.setLength(raw.toString().stripTrailing().length() - (drop.get() ? 1 : 0));
                    }
                    joined = true;
                }
            }
            if (!out.isEmpty() && !joined) {
                out.add(new Inline.Text(" "));
                if (raw != null) {
                    raw.append('\n');
                }
            }
            out.addAll(line);
            if (raw != null) {
                raw.append(new Prose(line).plain());
            }
        }
        return out;
    }

    private static float mode(List<Float> values) {
        Map<Float, Integer> counts = new HashMap<>();
        values.forEach(v -> counts.merge(v, 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.<Float, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder()))).map(Map.Entry::getKey).orElse(0f);
    }
}
