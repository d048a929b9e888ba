package org.concordance.importer;

import org.concordance.content.Sentences;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PDF's lines as a document: running heads, footers and page numbers taken off (lines that
 * repeat at the top or bottom of the pages, or say what a journal's head says), notes collected
 * from the page feet, the title and authors read from the first page's type sizes, headings from
 * larger or bold lines, and paragraphs rebuilt from line spacing and indentation across page breaks.
 */
final class PdfLayout {
    /** The top or bottom share of a page where running heads and footers stand. */
    private static final float MARGIN_ZONE = 0.12f;

    /**
     * The header a browser prints atop each page when printing a page with headers and footers: the
     * date and time, then the page's title ("12/7/26, 4:15 AM Proxies and Partners", in the
     * browser's locale: "07/12/2026, 04:15", "7.12.26, 04:15").
     */
    private static final Pattern PRINT_HEADER = Pattern.compile(
            "\\d{1,4}[./-]\\d{1,2}[./-]\\d{2,4},?\\s+\\d{1,2}:\\d{2}(?:\\s?[AaPp]\\.?[Mm]\\.?)?(?:\\s.*)?");
    /** The footer it prints under each: the page's address, then the page's number of all ("https://… 1/2"). */
    private static final Pattern PRINT_FOOTER = Pattern.compile("(?<address>(?:https?|file)://\\S+|about:blank)\\s+\\d{1,4}/\\d{1,4}");

    private final List<List<PdfLines.Line>> pages;
    private final float body;
    private final Facts facts;
    private final Report report;
    private final Hyphenation hyphenation;
    private final Map<String, List<Inline>> notes = new java.util.LinkedHashMap<>();
    /** The number printed on each page, by page index: taken out of the head, the foot or under the notes, in any order. */
    private final java.util.SortedMap<Integer, Integer> printed = new java.util.TreeMap<>();
    private int guessedBreaks;

    private PdfLayout(List<List<PdfLines.Line>> pages, float body, Facts facts, Report report, Hyphenation hyphenation) {
        this.pages = pages;
        this.body = body;
        this.facts = facts;
        this.report = report;
        this.hyphenation = hyphenation;
    }

    /** The units and notes of the document whose pages hold {@code pages}. */
    static Layout build(List<PdfText.Page> raw, Report report, Vocabulary vocabulary) {
        float body = PdfLines.bodySize(raw);
        List<List<PdfLines.Line>> pages = new ArrayList<>();
        List<String> allText = new ArrayList<>();
        for (PdfText.Page page : raw) {
            List<PdfLines.Line> lines = PdfLines.of(page);
            pages.add(lines);
            lines.forEach(line -> allText.add(line.text()));
        }
        Facts facts = new Facts();
        PdfLayout layout = new PdfLayout(pages, body, facts, report, new Hyphenation(allText, vocabulary));
        layout.removeFurniture(raw);
        layout.footnotes();
        layout.listAtTheEnd();
        List<Unit> units = layout.units();
        if (layout.guessedBreaks > 0) {
            report.warn(layout.guessedBreaks + " paragraph break" + (layout.guessedBreaks == 1 ? " was" : "s were")
                    + " guessed from a short line alone (no indent or space between paragraphs): check them");
        }
        java.util.Optional<List<Draft.Note>> found = java.util.Optional.empty();
        boolean raisedMarkers = units.stream().anyMatch(u -> !u.prose().labels().isEmpty());
        if (!layout.notes.isEmpty() || raisedMarkers) {
            List<Draft.Note> list = new ArrayList<>();
            layout.notes.forEach((label, inlines) -> list.add(new Draft.Note(label, new Prose(inlines))));
            found = java.util.Optional.of(list);
        }
        return new Layout(units, facts, found, java.util.Optional.empty());
    }

    /** Lines at the top or bottom of the pages that repeat, say what a journal's head says, or are page numbers. */
    private void removeFurniture(List<PdfText.Page> raw) {
        Map<String, Integer> seen = new HashMap<>();
        for (int p = 0; p < pages.size(); p++) {
            for (PdfLines.Line line : marginLines(pages.get(p), raw.get(p).height())) {
                seen.merge(key(line.text()), 1, Integer::sum);
            }
        }
        int needed = Math.max(2, (pages.size() + 1) / 2);
        for (int p = 0; p < pages.size(); p++) {
            for (PdfLines.Line line : marginLines(pages.get(p), raw.get(p).height())) {
                String text = line.text();
                boolean repeated = pages.size() > 1 && seen.getOrDefault(key(text), 0) >= needed;
                Matcher footer = PRINT_FOOTER.matcher(text);
                if (Boilerplate.isPageNumber(text)) {
                    removedPageNumber(p, text);
                } else if (line.size() < body && footer.matches()) {
                    report.removed("the browser's print footer", text);
                    printedFrom(footer.group("address"));
                } else if (line.size() < body && PRINT_HEADER.matcher(text).matches()) {
                    report.removed("the browser's print header", text);
                } else if (RunningHeads.parse(text).isPresent()) {
                    facts.heads.add(text);
                    report.removed("running head", text);
                } else if (repeated) {
                    report.removed("running head or footer", text);
                } else {
                    continue;
                }
                pages.get(p).remove(line);
            }
        }
        pageNumbersAboveTheMargin(raw, needed);
        facts.printedPages.addAll(printed.values());
        withinASentence(raw);
    }

    /**
     * A head or footer printed once (a two-page article's head atop its second page): a line at the
     * top or foot of a page, in smaller type than the text, between a line of the text that ends
     * mid-sentence and one that goes on in lower case. It is not repeated, so not taken out as the
     * heads are; left in, it split the sentence into two paragraphs around it.
     */
    private void withinASentence(List<PdfText.Page> raw) {
        for (int p = 0; p < pages.size(); p++) {
            List<PdfLines.Line> lines = pages.get(p);
            if (lines.size() < 2) {
                continue;
            }
            float height = raw.get(p).height();
            PdfLines.Line top = lines.get(0);
            if (top.y() < height * MARGIN_ZONE && furniture(top) && !small(lines.get(1))
                    && goesOn(lastText(p - 1), lines.get(1))) {
                report.removed("running head or footer", top.text());
                lines.remove(0);
            }
            PdfLines.Line foot = lines.get(lines.size() - 1);
            if (lines.size() >= 2 && foot.y() > height * (1 - MARGIN_ZONE) && furniture(foot)
                    && !small(lines.get(lines.size() - 2)) && goesOn(lines.get(lines.size() - 2), firstText(p + 1))) {
                report.removed("running head or footer", foot.text());
                lines.remove(lines.size() - 1);
            }
        }
    }

    /** A line that may be a head or footer: smaller than the text, and not a note (it begins with no label). */
    private boolean furniture(PdfLines.Line line) {
        return small(line) && PdfNotes.label(line, true) == null && !line.text().isBlank();
    }

    /** Whether {@code next} goes on with the sentence {@code before} leaves unfinished. */
    private static boolean goesOn(PdfLines.Line before, PdfLines.Line next) {
        if (before == null || next == null || next.text().isBlank()) {
            return false;
        }
        String first = next.text().strip();
        return !Sentences.ends(before.text(), true) && Character.isLowerCase(first.codePointAt(0));
    }

    /** The last line in the text's size on page {@code p} or the pages before it (past the notes at their feet). */
    private PdfLines.Line lastText(int p) {
        for (int q = p; q >= 0; q--) {
            List<PdfLines.Line> lines = pages.get(q);
            for (int i = lines.size() - 1; i >= 0; i--) {
                if (!small(lines.get(i))) {
                    return lines.get(i);
                }
            }
        }
        return null;
    }

    /** The first line in the text's size on page {@code p} or the pages after it (past their heads). */
    private PdfLines.Line firstText(int p) {
        for (int q = p; q < pages.size(); q++) {
            for (PdfLines.Line line : pages.get(q)) {
                if (!small(line)) {
                    return line;
                }
            }
        }
        return null;
    }

    /**
     * Page numbers set higher than the foot's margin (a journal that prints them above a wide bottom
     * margin): a bare number ending a page within its lowest quarter, when at least half the pages,
     * and two, end so. Else such a number was read as the end of the page's last note. A bare number
     * under a page's notes and apart from them ({@link #underNotes}) is its number on any page (a
     * journal that numbers the first page at its foot and the others in their heads): a note does
     * not go on in a line set apart from its own.
     */
    private void pageNumbersAboveTheMargin(List<PdfText.Page> raw, int needed) {
        List<PdfLines.Line> numbers = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            List<PdfLines.Line> lines = pages.get(p);
            if (lines.isEmpty()) {
                continue;
            }
            PdfLines.Line last = lines.get(lines.size() - 1);
            if (Boilerplate.isPageNumber(last.text()) && last.y() > raw.get(p).height() * (1 - 2 * MARGIN_ZONE)) {
                numbers.add(last);
            }
        }
        boolean enough = pages.size() >= 2 && numbers.size() >= needed;
        for (int p = 0; p < pages.size(); p++) {
            List<PdfLines.Line> lines = pages.get(p);
            if (!lines.isEmpty() && (enough && numbers.contains(lines.get(lines.size() - 1)) || underNotes(lines))) {
                removedPageNumber(p, lines.remove(lines.size() - 1).text());
            }
        }
    }

    /**
     * The address a browser's print footer states, the page's it printed: the address the text was
     * published at, as a saved page's own note of where it was saved from is. Not a local file's
     * address, nor one the footer cut short ("https://example.org/2021/…").
     */
    private void printedFrom(String address) {
        if (address.matches("(?i)https?://.*") && !address.contains("…") && !address.endsWith("...")) {
            facts.url(address, "the address the browser printed at the foot of the page");
        }
    }

    /**
     * Whether the page ends with a bare number under its notes (small lines, the first with a label)
     * that stands apart from them: off both edges of their lines (centred), or further below the last
     * than their lines are apart. A note's own last line ("45") begins at their edge, a line below.
     */
    private boolean underNotes(List<PdfLines.Line> lines) {
        if (lines.size() < 2 || !Boilerplate.isPageNumber(lines.get(lines.size() - 1).text())) {
            return false;
        }
        PdfLines.Line number = lines.get(lines.size() - 1);
        int start = lines.size() - 1;
        while (start > 0 && small(lines.get(start - 1))) {
            start--;
        }
        List<PdfLines.Line> notesAbove = lines.subList(start, lines.size() - 1);
        if (notesAbove.stream().noneMatch(line -> PdfNotes.label(line, true) != null)) {
            return false;
        }
        float left = (float) notesAbove.stream().mapToDouble(PdfLines.Line::x0).min().orElseThrow();
        float right = (float) notesAbove.stream().mapToDouble(PdfLines.Line::x1).max().orElseThrow();
        boolean centred = number.x0() > left + number.size() && number.x1() < right - number.size();
        float apart = java.util.stream.IntStream.range(1, notesAbove.size())
                .mapToObj(i -> notesAbove.get(i).y() - notesAbove.get(i - 1).y()).min(Float::compare)
                .orElse(notesAbove.get(0).size() * 1.2f);
        boolean below = number.y() - notesAbove.get(notesAbove.size() - 1).y() > apart * 1.5f;
        return centred || below;
    }

    /** Reports a page number taken out, and keeps the number printed on the page of index {@code page}. */
    private void removedPageNumber(int page, String text) {
        report.removed("page number", text);
        Matcher number = Pattern.compile("\\d+").matcher(text);
        if (number.find()) {
            printed.putIfAbsent(page, Integer.parseInt(number.group()));
        }
    }

    private static List<PdfLines.Line> marginLines(List<PdfLines.Line> lines, float height) {
        List<PdfLines.Line> margin = new ArrayList<>();
        for (int i = 0; i < lines.size() && i < 2; i++) {
            if (lines.get(i).y() < height * MARGIN_ZONE) {
                margin.add(lines.get(i));
            }
        }
        for (int i = lines.size() - 1; i >= 0 && i >= lines.size() - 2; i--) {
            if (lines.get(i).y() > height * (1 - MARGIN_ZONE) && !margin.contains(lines.get(i))) {
                margin.add(lines.get(i));
            }
        }
        return margin;
    }

    private static String key(String text) {
        return text.replaceAll("\\d+", "#").replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    /** Small lines at the foot of a page that begin with a label: the page's notes. */
    private void footnotes() {
        PdfNotes collector = new PdfNotes(notes, hyphenation, report);
        for (List<PdfLines.Line> lines : pages) {
            int start = lines.size();
            while (start > 0 && small(lines.get(start - 1))) {
                start--;
            }
            while (start < lines.size() && PdfNotes.label(lines.get(start), true) == null) {
                start++;
            }
            if (start < lines.size()) {
                collector.collect(lines.subList(start, lines.size()), this::small);
                lines.subList(start, lines.size()).clear();
            }
        }
    }

    /** Where a line begins, counted from the side it begins at (a right-to-left line's right edge, negative). */
    private static float from(PdfLines.Line line) {
        return line.rightToLeft() ? -line.x1() : line.x0();
    }

    /**
     * A numbered list that ends the text, without a "Notes" heading (a browser's print of a post whose
     * footnotes are an ordered list): its notes, when its numbers are the labels the raised markers
     * before it cite, in the same order. Else it is left as text. What follows it, back at the
     * margin (a comments section, the site's footer), stays for the recognisers.
     */
    private void listAtTheEnd() {
        List<PdfLines.Line> lines = new ArrayList<>();
        pages.forEach(lines::addAll);
        if (!notes.isEmpty() || lines.stream().anyMatch(line -> NoteFinder.isNotesHeading(line.text()))) {
            return;
        }
        List<String> cited = new ArrayList<>();
        for (PdfLines.Line line : lines) {
            line.inlines().stream().filter(Inline.Marker.class::isInstance).map(m -> ((Inline.Marker) m).label())
                    .filter(label -> !cited.contains(label)).forEach(cited::add);
        }
        if (cited.isEmpty()) {
            return;
        }
        for (int start = lines.size() - 1; start >= 0; start--) {
            if (!cited.get(0).equals(PdfNotes.label(lines.get(start), true))) {
                continue;
            }
            // The list ends where a line stands out left of its numbers (a comments' heading, a site's footer).
            int end = start + 1;
            while (end < lines.size() && from(lines.get(end)) >= from(lines.get(start)) - 1) {
                end++;
            }
            List<PdfLines.Line> list = lines.subList(start, end);
            boolean citedBefore = list.stream().flatMap(line -> line.inlines().stream()).noneMatch(Inline.Marker.class::isInstance);
            if (citedBefore && PdfNotes.labels(list, any -> true).equals(cited)) {
                new PdfNotes(notes, hyphenation, report).collect(list, any -> true);
                List<PdfLines.Line> taken = List.copyOf(list);
                pages.forEach(page -> page.removeAll(taken));
            }
            return;
        }
    }

    private boolean small(PdfLines.Line line) {
        return line.size() < body * 0.92f;
    }

    /** Title, authors, headings and paragraphs from the body lines. */
    private List<Unit> units() {
        List<PdfLines.Line> lines = new ArrayList<>();
        pages.forEach(lines::addAll);
        PdfParagraphs paragraphs = new PdfParagraphs(lines, body, facts, report, hyphenation);
        List<Unit> units = paragraphs.units(new PdfNotes(notes, hyphenation, report));
        guessedBreaks = paragraphs.guessed();
        return units;
    }
}
