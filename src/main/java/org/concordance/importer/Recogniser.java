package org.concordance.importer;

import org.concordance.content.Sentences;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.concordance.content.DocumentKind;
import org.concordance.content.Excerpt;
import org.concordance.content.Metadata;
import org.concordance.content.Title;

/**
 * Turns what a format read into a {@link Draft}: takes off running heads, page numbers and web
 * furniture, recognises the title, caption, byline, editor's introduction, headings, notes and the
 * author's biography, and marks a text cut mid-sentence. Every format shares these rules; each
 * decision that is not certain is reported.
 */
final class Recogniser {
    private final List<Unit> units;
    private final Facts facts;
    private final Report report;
    private Optional<Prose> caption;
    /** The title as the text sets it, italics included, when a line of the text gave or repeated it. */
    private Optional<Prose> titleShown = Optional.empty();
    /** The labels of the notes whose markers stood on the line that gave the title. */
    private List<String> titleNotes = List.of();
    private final List<Prose> standfirst = new ArrayList<>();
    private final List<Prose> about = new ArrayList<>();
    private final TreeSet<Integer> pages = new TreeSet<>();
    /** Where pages begin, after a page number or a running head taken out ({@link TextFurniture#remove}). */
    private Map<Unit, List<Integer>> pageStarts = Map.of();

    private Recogniser(Layout layout, Report report) {
        this.units = new ArrayList<>(layout.units());
        this.facts = layout.facts();
        this.caption = layout.figureCaption();
        this.report = report;
        caption.ifPresent(c -> report.found("a figure caption"));
    }

    /**
     * The document made of {@code layout}.
     *
     * @throws ImportFailure when no text is left, or the notes and markers cannot be matched at all
     */
    static Draft recognise(Layout layout, String fileName, String sourceName, LocalDate today, Report report)
            throws ImportFailure {
        return new Recogniser(layout, report).recognise(layout, fileName, sourceName, today);
    }

    private Draft recognise(Layout layout, String fileName, String sourceName, LocalDate today) throws ImportFailure {
        facts.heads.forEach(this::runningHead);
        List<String> textLines = units.stream().filter(u -> u.role() == Unit.Role.TEXT)
                .flatMap(u -> java.util.Arrays.stream(u.raw().split("\n", -1))).map(String::strip).toList();
        Set<String> repeatedHeads = RunningHeads.repeated(textLines);
        // A head in capitals only among lines of text (copied from a PDF): a page's or a PDF's heading is not one.
        Set<String> inCapitals = new HashSet<>(textLines.stream().filter(RunningHeads::inCapitals).toList());
        pageStarts = TextFurniture.remove(units, line -> runningHead(line) || repeatedHeads.contains(line)
                || inCapitals.contains(line), report);
        gluedVenue();
        title();
        frontParts();
        // A biography below the notes at the last page's foot (a PDF's text, copied) is not the last note's text.
        biography();
        NoteFinder.Notes notes = layout.notes().isPresent()
                ? StructuredNotes.check(units, layout.notes().get(), titleNotes, report)
                : foundNotes();
        if (about.isEmpty()) {
            biography();
        }
        // Notes no marker cites stay in the document, after the text, so nothing of the source is lost.
        notes.unmatched().forEach(p -> units.add(Unit.of(Unit.Role.PARAGRAPH, p)));
        Headings.mark(units, report);
        if (units.stream().noneMatch(u -> u.role() == Unit.Role.HEADING2)) {
            // A page whose sections are h3s has no higher level: its top sections are the document's sections.
            units.replaceAll(u -> u.role() == Unit.Role.HEADING3 ? new Unit(Unit.Role.HEADING2, u.raw(), u.prose()) : u);
        }
        notes = offHeadings(notes);
        if (!notes.notes().isEmpty() && layout.notes().isPresent()) { // counted once those on headings are paragraphs
            report.found(StructuredNotes.count(notes.notes().size()) + " with their markers");
        }
        List<Draft.Block> body = new ArrayList<>();
        for (Unit unit : units) {
            if (unit.isHeading()) {
                // A heading of a marker alone has no words to show; its note is kept (offHeadings).
                if (!unit.text().isBlank()) {
                    body.add(new Draft.Heading(unit.role() == Unit.Role.HEADING3 ? 3 : 2, unit.text()));
                    unit.prose().links().forEach(link -> report.linkAsText("in a heading", "a heading is plain text",
                            link.href()));
                }
            } else if (!unit.prose().isBlank()) {
                body.add(new Draft.Paragraph(unit.prose()));
            }
        }
        if (body.stream().noneMatch(Draft.Paragraph.class::isInstance)) {
            throw new ImportFailure("no text is left once the page furniture is taken out"
                    + (report.removed().isEmpty() ? "" : " (removed: " + String.join("; ", report.removed()) + ")"));
        }
        List<Integer> printed = facts.printedPages;
        boolean consecutive = printed.size() > 1 && java.util.stream.IntStream.range(1, printed.size())
                .allMatch(i -> printed.get(i) == printed.get(i - 1) + 1);
        if (facts.venue.isPresent() && facts.volume.isPresent() && (consecutive || printed.size() == 1)) {
            pages.add(printed.get(0));
            pages.add(printed.get(printed.size() - 1));
        }
        if (!pages.isEmpty() && facts.pages.isEmpty()) {
            facts.pages = Optional.of(pages.first().equals(pages.last()) ? "" + pages.first() : pages.first() + "–" + pages.last());
        }
        Optional<Excerpt> excerpt = excerpt(body);
        kind();
        String label = facts.title.orElseGet(() -> label(excerpt.isPresent(), fileName));
        Metadata metadata = new Metadata(facts.title.filter(t -> !Title.clean(t).isBlank()).map(this::title), label, facts.kind.orElseThrow(), facts.authors, facts.venue, facts.volume,
                facts.issue, facts.date, facts.year, facts.pages, facts.byline, Optional.empty(), excerpt, Optional.of(today),
                facts.url, facts.language, sourceName);
        return new Draft(metadata, caption, standfirst, body, about, notes.notes());
    }

    /**
     * {@code notes} with those whose markers stand only on headings kept as the notes no marker cites
     * are, after the text with their label: a heading is plain text, with no place for a marker (a
     * note on a section's title), and a note without one would be refused.
     */
    private NoteFinder.Notes offHeadings(NoteFinder.Notes notes) {
        Set<String> inText = new HashSet<>();
        Map<String, String> onHeading = new LinkedHashMap<>();
        for (Unit unit : units) {
            for (String label : unit.prose().labels()) {
                if (unit.isHeading()) {
                    onHeading.putIfAbsent(label, unit.text());
                } else {
                    inText.add(label);
                }
            }
        }
        List<Draft.Note> kept = new ArrayList<>();
        for (Draft.Note note : notes.notes()) {
            String heading = onHeading.get(note.label());
            if (heading == null || inText.contains(note.label())) {
                kept.add(note);
                continue;
            }
            report.warn("note " + note.label() + " is on " + (heading.isBlank() ? "a heading of its marker alone" : "the heading '"
                    + heading + "'") + ", which has no place for its marker; kept as a paragraph at the end, with its label");
            List<Inline> inlines = new ArrayList<>(List.of(new Inline.Text(note.label() + " ")));
            inlines.addAll(note.prose().inlines());
            units.add(Unit.of(Unit.Role.PARAGRAPH, new Prose(inlines)));
        }
        return kept.size() == notes.notes().size() ? notes : new NoteFinder.Notes(kept, notes.unmatched());
    }

    /** Whether {@code line} is a running head; if so its metadata is kept. */
    private boolean runningHead(String line) {
        Optional<RunningHeads.Head> head = RunningHeads.parse(line);
        head.ifPresent(h -> {
            facts.journal(h);
            h.firstPage().ifPresent(pages::add);
            h.lastPage().ifPresent(pages::add);
        });
        return head.isPresent();
    }

    /**
     * A PDF copy repeats the journal's name before the first words of the text: glued to them, or on
     * a line of its own above the title (which the title then was: "Journal of Conflict Studies").
     */
    private void gluedVenue() {
        if (facts.venue.isEmpty() || units.isEmpty()) {
            return;
        }
        String venue = facts.venue.get();
        Unit first = units.get(0);
        if (units.size() > 1 && first.singleLine() && first.text().strip().equals(venue)) {
            report.removed("the journal's name printed above the title", venue);
            units.remove(0);
        } else if (first.text().startsWith(venue + " ") && first.beginsWith(venue)) {
            report.removed("the journal's name repeated before the text", venue);
            units.set(0, first.withoutPrefix(venue));
        }
    }

    private void title() {
        if (facts.title.isEmpty() && !units.isEmpty()) {
            Unit first = units.get(0);
            String text = first.text();
            boolean otherPart = Bylines.byline(text).isPresent() || DATE_LINE.matcher(text).matches() || Bylines.isCaption(text);
            if (units.size() > 1 && (first.role() == Unit.Role.TEXT || first.isHeading()) && first.singleLine() && !otherPart
                    && text.length() <= 200 && text.split("\\s+").length <= 30 && !text.matches(".*[.,;:]$")) {
                facts.title(text);
                titleShown = Optional.of(first.prose());
                takeTitleLine(0);
                return;
            }
        }
        // A web page's article often repeats its title as a heading.
        for (int i = 0; i < Math.min(2, units.size()); i++) {
            if (facts.title.isPresent() && Prose.sameWords(units.get(i).text(), facts.title.get())) {
                titleShown = Optional.of(units.get(i).prose());
                takeTitleLine(i);
                return;
            }
        }
    }

    /**
     * Takes the line that gives the title out of the text, remembering the markers of notes it
     * carries (a journal's note on the title: where it first appeared, whom the author thanks): a
     * title has no place for a marker, so such a note is kept as the notes no marker cites are.
     */
    private void takeTitleLine(int index) {
        titleNotes = units.remove(index).prose().labels();
    }

    /**
     * The title {@code text} as the text prints it when a line of the text gave or repeated it word for
     * word: with its italics ("Reading <i>Nexus of Global Jihad</i> alongside …" in a page's heading, its
     * metadata plain) and its quotation marks and dashes ("Hizballah’s" where the metadata typed
     * "Hizballah's"); else plain.
     */
    private Title title(String text) {
        Title plain = Title.of(text);
        return titleShown.flatMap(Recogniser::title).filter(shown -> Prose.typed(shown.plain()).equals(Prose.typed(plain.plain()))).orElse(plain);
    }

    /**
     * {@code prose} as a title: its italic runs in italics, a link as its words (a title links
     * nowhere), its note markers left out; empty if no text is left.
     */
    private static Optional<Title> title(Prose prose) {
        StringBuilder markup = new StringBuilder();
        for (Inline inline : prose.inlines()) {
            boolean italic = inline instanceof Inline.Emphasis || inline instanceof Inline.Link link && link.italic();
            String words = org.jsoup.nodes.Entities.escape(inline.words());
            markup.append(italic ? "<i>" + words + "</i>" : words);
        }
        try {
            return Optional.of(Title.fromMarkup(markup.toString()));
        } catch (IllegalArgumentException onlyMarkers) {
            return Optional.empty();
        }
    }

    /**
     * A line of names alone right under a title the text gave, and no byline ("Elena Marchetti", as a
     * PDF prints its author): the authors, when no word of it stands in lower case anywhere in the
     * text, so a subtitle of common words ("Militant Alliances") is never taken for a name.
     */
    private void namesUnderTitle() {
        if (titleShown.isEmpty() || !facts.authors.isEmpty() || units.size() < 2 || units.get(0).role() != Unit.Role.TEXT
                || !units.get(0).singleLine()) {
            return;
        }
        Optional<Bylines.Byline> names = Bylines.namesLine(units.get(0).text());
        if (names.isEmpty()) {
            return;
        }
        Set<String> lowerCase = new HashSet<>();
        for (Unit unit : units.subList(1, units.size())) {
            for (String word : unit.text().split("[^\\p{L}\\p{M}'’-]+")) {
                if (!word.isEmpty() && Character.isLowerCase(word.codePointAt(0))) {
                    lowerCase.add(word);
                }
            }
        }
        // Only words that begin with a capital can be told from the text's own words: a line in a script
        // without capitals, or with a word that is not a name's ("Executive Summary"), is left as text.
        List<String> words = names.get().authors().stream().flatMap(name -> Arrays.stream(name.split("\\s+")))
                .filter(word -> !NAME_PARTICLES.contains(word)).toList();
        boolean allNames = !words.isEmpty() && words.stream().allMatch(word -> Character.isUpperCase(word.codePointAt(0)))
                && words.stream().map(word -> word.toLowerCase(java.util.Locale.ROOT))
                        .noneMatch(word -> lowerCase.contains(word) || NOT_NAMES.contains(word));
        if (allNames) {
            facts.authors(names.get().authors());
            report.found("the authors' names on the line under the title");
            units.remove(0);
        }
    }

    /** The particles a name carries in lower case ("de la", "van"), which say nothing either way. */
    private static final Set<String> NAME_PARTICLES = Set.of("de", "da", "del", "della", "der", "den", "van", "von", "bin",
            "ibn", "la", "le", "du", "dos", "y");
    /** Words a report prints under its title that are not names. */
    private static final Set<String> NOT_NAMES = Set.of("executive", "summary", "introduction", "abstract", "overview",
            "contents", "report", "chapter", "part", "section", "working", "paper", "policy", "brief", "briefing", "research",
            "key", "findings", "special", "issue", "draft", "final", "version", "preface", "foreword", "analysis", "notes");

    private static final String MONTH = Bylines.MONTH;
    /** A date as pages print it: "March 15, 2021", "15 March 2021", "2021-03-15", "3/15/2021". */
    private static final String DATE = "(?<date>" + MONTH + "\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+" + MONTH + ",?\\s+\\d{4}"
            + "|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{4})";
    /** A line that is only a date, as pages print it under the title. */
    private static final java.util.regex.Pattern DATE_LINE = java.util.regex.Pattern.compile("(?i)(?:(?:published|posted|updated"
            + "|date)(?: on)?:?\\s+)?" + DATE);
    /** The date a byline ends with, after a middle dot, a bar or a comma ("By Ana López · March 15, 2021"). */
    private static final java.util.regex.Pattern BYLINE_DATE = java.util.regex.Pattern.compile("(?i)[·•|—–,]\\s*" + DATE + "\\.?$");

    /** A date the page prints near its title: the one to keep, as metadata's is often machine-written ("2019/05/14"). */
    private void printedDate(String date) {
        if (!WebMetadata.noImpossibleDate(date)) {
            return; // "2021-13-45" is no date
        }
        if (facts.date.isEmpty() || facts.date.get().matches("[\\d/.:TZ+-]+")) {
            facts.date = Optional.empty();
            facts.date(date);
        }
    }

    /** Caption, byline, date line, a number glued to the first line, and an editor's introduction, near the top. */
    private void frontParts() {
        for (int i = 0; i < Math.min(3, units.size()); i++) {
            java.util.regex.Matcher date = DATE_LINE.matcher(units.get(i).text());
            if (!units.get(i).isHeading() && date.matches()) {
                printedDate(date.group("date"));
                report.removed("date line", units.remove(i--).text());
            }
        }
        for (int i = 0; i < Math.min(4, units.size()); i++) {
            Unit unit = units.get(i);
            Optional<String> glued = unit.isHeading() ? Optional.empty() : Boilerplate.gluedNumber(unit.text());
            if (glued.isPresent() && unit.beginsWith(glued.get())) {
                report.removed("a stray number glued to the first word", glued.get());
                units.set(i, unit.withoutPrefix(glued.get()));
            }
        }
        for (int i = 0; i < Math.min(3, units.size()); i++) {
            Unit unit = units.get(i);
            if (caption.isEmpty() && (unit.role() == Unit.Role.CAPTION || !unit.isHeading() && Bylines.isCaption(unit.text()))) {
                caption = Optional.of(unit.prose());
                report.found("a figure caption");
                units.remove(i--);
                continue;
            }
            Optional<Bylines.Byline> byline = unit.isHeading() ? Optional.empty() : Bylines.byline(unit.text());
            if (byline.isPresent()) {
                facts.byline(byline.get(), report);
                java.util.regex.Matcher date = BYLINE_DATE.matcher(byline.get().text());
                if (date.find()) {
                    printedDate(date.group("date"));
                }
                if (byline.get().text().toLowerCase(java.util.Locale.ROOT).contains("guest")) {
                    facts.kind(DocumentKind.BLOG_POST, "the byline says it is a guest post");
                }
                units.remove(i--);
            }
        }
        namesUnderTitle();
        while (!units.isEmpty() && units.get(0).role() == Unit.Role.STANDFIRST) {
            standfirst.add(units.remove(0).prose());
            report.found("a subtitle (standfirst)");
        }
        units.replaceAll(unit -> unit.role() == Unit.Role.STANDFIRST ? new Unit(Unit.Role.PARAGRAPH, unit.raw(), unit.prose()) : unit);
        if (!units.isEmpty() && !units.get(0).isHeading() && Bylines.isIntroduction(units.get(0).text())) {
            Unit intro = units.remove(0);
            standfirst.add(intro.prose());
            report.found("an editor's introduction (standfirst)");
            Bylines.guest(intro.text()).ifPresent(name -> facts.authors(List.of(name)));
            if (intro.text().toLowerCase(java.util.Locale.ROOT).contains("guest post")) {
                facts.kind(DocumentKind.BLOG_POST, "the introduction presents a guest post");
            }
        }
    }

    private NoteFinder.Notes foundNotes() throws ImportFailure {
        List<Integer> indexes = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        Map<Integer, List<Integer>> newPages = new HashMap<>();
        for (int i = 0; i < units.size(); i++) {
            if (!units.get(i).isHeading()) {
                List<Integer> starts = pageStarts.get(units.get(i));
                if (starts != null) {
                    newPages.put(texts.size(), starts);
                }
                indexes.add(i);
                texts.add(units.get(i).raw());
            }
        }
        NoteFinder.Found found = NoteFinder.find(texts, newPages, report);
        List<Optional<Prose>> proses = new ArrayList<>(found.units());
        for (int k = indexes.size() - 1; k >= 0; k--) {
            int index = indexes.get(k);
            Optional<Prose> prose = proses.get(k);
            Optional<Integer> before = found.pageTops().contains(k) ? textBefore(proses, indexes, k) : Optional.empty();
            if (prose.isPresent() && before.isPresent() && goesOn(proses.get(before.get()).get(), prose.get())) {
                // A sentence broken by a page's end goes on atop the next page, after the notes at its foot and
                // the head taken out: one paragraph, as the page break is no paragraph's end.
                List<Inline> joined = new ArrayList<>(proses.get(before.get()).get().inlines());
                joined.add(new Inline.Text(" "));
                joined.addAll(prose.get().inlines());
                proses.set(before.get(), Optional.of(new Prose(joined)));
                prose = Optional.empty();
            }
            if (prose.isPresent()) {
                units.set(index, units.get(index).withProse(prose.get()));
            } else {
                units.remove(index);
            }
        }
        return new NoteFinder.Notes(found.notes(), found.unmatched());
    }

    /**
     * The text unit whose prose is kept last before the text unit {@code k}, with no heading between
     * (the units between held only notes).
     */
    private static Optional<Integer> textBefore(List<Optional<Prose>> proses, List<Integer> indexes, int k) {
        for (int j = k - 1; j >= 0; j--) {
            if (indexes.get(j + 1) != indexes.get(j) + 1) {
                return Optional.empty(); // a heading stands between
            }
            if (proses.get(j).isPresent()) {
                return Optional.of(j);
            }
        }
        return Optional.empty();
    }

    /** Whether {@code next}, atop a page, goes on with the sentence {@code before} left unfinished at the page before's end. */
    private static boolean goesOn(Prose before, Prose next) {
        String last = before.plain().strip();
        String first = next.plain().strip();
        return !last.isEmpty() && !first.isEmpty() && Character.isLowerCase(first.codePointAt(0)) && !Sentences.ends(last, true)
                && !last.endsWith("-");
    }

    private void biography() {
        if (units.size() < 2) {
            return;
        }
        Unit last = units.get(units.size() - 1);
        if (!last.isHeading() && last.prose().labels().isEmpty() && Bylines.isBiography(last.text(), facts.authors)) {
            about.add(units.remove(units.size() - 1).prose());
            report.found("the author's biography");
            return;
        }
        // Wrapped at the width of the last page's notes, a biography can be the last lines of the last
        // note's block (no line short enough to end it): it begins at a line naming an author ("… is").
        if (last.role() != Unit.Role.TEXT || facts.authors.isEmpty() || !last.prose().labels().isEmpty()) {
            return;
        }
        String[] lines = last.raw().split("\n", -1);
        for (int i = 1; i < lines.length; i++) {
            String rest = String.join("\n", java.util.Arrays.copyOfRange(lines, i, lines.length));
            if (Sentences.ends(lines[i - 1], true) && Bylines.isBiography(rest, facts.authors)) {
                units.set(units.size() - 1, Unit.text(String.join("\n", java.util.Arrays.copyOfRange(lines, 0, i))));
                about.add(Unit.text(rest).prose());
                report.found("the author's biography");
                return;
            }
        }
    }

    private Optional<Excerpt> excerpt(List<Draft.Block> body) {
        List<Draft.Paragraph> paragraphs = body.stream().filter(Draft.Paragraph.class::isInstance)
                .map(Draft.Paragraph.class::cast).toList();
        String first = paragraphs.get(0).prose().plain();
        String last = paragraphs.get(paragraphs.size() - 1).prose().plain();
        boolean begins = !first.isEmpty() && Character.isLowerCase(first.codePointAt(0));
        boolean ends = !last.isEmpty() && !Sentences.ends(last, true);
        if (!begins && !ends) {
            return Optional.empty();
        }
        report.found("an excerpt that " + (begins ? "begins" : "") + (begins && ends ? " and " : "")
                + (ends ? "ends" : "") + " mid-sentence");
        return Optional.of(new Excerpt(begins, ends));
    }

    private void kind() {
        if (facts.kind.isEmpty() && report.removed().stream().anyMatch(r -> r.startsWith("comment"))) {
            facts.kind(DocumentKind.BLOG_POST, "the page has a comment section");
        }
        if (facts.kind.isEmpty()) {
            facts.kind(DocumentKind.DOCUMENT, "");
            report.warn("the text does not make clear what kind of publication it is: written as 'document'; "
                    + "an editor may change 'kind' to journal-article, blog-post, book-chapter or report");
        }
        report.kindReason(facts.kindReason);
        report.urlReason(facts.urlReason);
        facts.urlRefused.ifPresent(report::urlRefused);
    }

    /** A label that says what the text is and that its title is not given, as the curated excerpt's does. */
    private String label(boolean excerpt, String fileName) {
        String what = excerpt ? "Excerpt" : "Text";
        if (facts.venue.isPresent()) {
            String issue = facts.volume.map(v -> " " + v + facts.issue.map(i -> ", no. " + i).orElse("")).orElse("");
            return what + " from " + facts.venue.get() + issue + " (title not given in the text)";
        }
        return what + " imported from " + fileName + " (title not given in the text)";
    }
}
