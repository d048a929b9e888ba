package org.concordance.importer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the notes of a text that came without structure (plain text, or PDF text whose markers
 * were not raised) and the markers that cite them. The notes may stand under a "Notes" heading, as
 * a numbered list at the end, or glued to the end of the last line as a PDF copy leaves them; each
 * keeps the label it was printed with. A note block is taken as one only when the text before it
 * cites its notes, in order, after the end of a sentence.
 */
final class NoteFinder {
    private static final Pattern NOTES_HEADING = Pattern.compile(
            "(?iu)(notes|endnotes|end notes|footnotes|foot notes|notes and references|references and notes|notes and sources)\\s*:?");
    /** How many last labels to try as the end of a glued block: enough for any page, bounded for any text. */
    private static final int TRIES = 30;

    private final List<String> units;
    private final String text;
    private final int[] offsets;
    /** Where each page after the first begins in {@link #text}, in order: after a page number or a running head. */
    private final int[] pageStarts;
    private final List<Numbers.Token> tokens;
    private final Map<Integer, List<Integer>> byValue = new HashMap<>();
    private final Report report;

    private NoteFinder(List<String> units, Map<Integer, List<Integer>> pageStarts, Report report) {
        this.units = List.copyOf(units);
        this.report = report;
        this.offsets = new int[units.size() + 1];
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < units.size(); i++) {
            offsets[i] = joined.length();
            joined.append(units.get(i)).append("\n\n");
        }
        offsets[units.size()] = joined.length();
        this.pageStarts = pageStarts.entrySet().stream().filter(e -> e.getKey() >= 0 && e.getKey() < units.size())
                .flatMap(e -> e.getValue().stream().map(at -> offsets[e.getKey()] + at)).filter(at -> at > 0).sorted().distinct()
                .mapToInt(Integer::intValue).toArray();
        this.text = joined.toString();
        this.tokens = Numbers.scan(text);
        for (int i = 0; i < tokens.size(); i++) {
            byValue.computeIfAbsent(tokens.get(i).value(), v -> new ArrayList<>()).add(i);
        }
    }

    /**
     * The units with their markers and without their notes, and the notes.
     *
     * @param units the text's body in reading order, lines separated by "\n"
     * @param pageStarts where a page begins (after a page number or a running head taken out): the
     *     units that hold one, with the offsets in each's text (0 at its start); where notes standing
     *     at the foot of a page end, and the next page's text begins
     * @throws ImportFailure when notes stand under a heading but nothing cites them, or the text
     *     cites notes (as "[1]" or "¹") but holds none
     */
    static Found find(List<String> units, Map<Integer, List<Integer>> pageStarts, Report report) throws ImportFailure {
        return new NoteFinder(units, pageStarts, report).find();
    }

    /** Whether a line is the heading of a notes section ("Notes", "Endnotes", "Footnotes:"). */
    static boolean isNotesHeading(String line) {
        return NOTES_HEADING.matcher(Prose.collapse(line).strip()).matches();
    }

    /**
     * A text's notes and the notes no marker cites, which are kept as paragraphs at the end.
     *
     * @param notes in the order of their first marker
     */
    record Notes(List<Draft.Note> notes, List<Prose> unmatched) {
        Notes {
            notes = List.copyOf(notes);
            unmatched = List.copyOf(unmatched);
        }
    }

    /**
     * @param units one prose per input unit, empty where the unit held only notes
     * @param notes in label order
     * @param unmatched notes no marker cites, kept as paragraphs with their label so nothing is lost
     * @param pageTops the units whose prose begins where a page begins (its text went on from the
     *     page before, over the notes at that page's foot)
     */
    record Found(List<Optional<Prose>> units, List<Draft.Note> notes, List<Prose> unmatched, Set<Integer> pageTops) {
    }

    private Found find() throws ImportFailure {
        Optional<Block> block = underHeading();
        if (block.isEmpty()) {
            block = glued();
        }
        if (block.isEmpty()) {
            return withoutNotes();
        }
        return place(block.get());
    }

    /**
     * A block of notes: its labels' tokens in order, where it starts and ends, where each note ends,
     * and the spans within it that are text, not notes.
     *
     * @param noteEnds where each note's text ends: at the next label, or where a page begins
     * @param text spans {start, end} within the block: a page's text between the notes at the foot
     *     of the page before and those at its own foot
     */
    private record Block(List<Integer> labels, int start, int end, String where, int[] noteEnds, List<int[]> text) {
    }

    /**
     * A block of the notes {@code labels}, from {@code start} to {@code end}. When {@code atPageFeet},
     * a note stops where a page begins, and what follows until the next label is that page's text:
     * a text copied from a PDF has each page's notes at its foot, then its number, then the next page.
     */
    private Block block(List<Integer> labels, int start, int end, String where, boolean atPageFeet) {
        int[] noteEnds = new int[labels.size()];
        List<int[]> spans = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            int from = tokens.get(labels.get(i)).end();
            int to = i + 1 < labels.size() ? tokens.get(labels.get(i + 1)).start() : end;
            noteEnds[i] = to;
            if (!atPageFeet) {
                continue;
            }
            for (int page : pageStarts) {
                if (page > from && page < to) {
                    noteEnds[i] = page;
                    if (!text.substring(page, to).isBlank()) {
                        spans.add(new int[] {page, to});
                    }
                    break;
                }
            }
        }
        return new Block(labels, start, end, spans.isEmpty() ? where : "at the foot of the pages", noteEnds, spans);
    }

    /** Whether {@code offset} is in the text, not in {@code block}'s notes. */
    private static boolean inText(Block block, int offset) {
        if (offset < block.start()) {
            return true;
        }
        for (int[] span : block.text()) {
            if (offset >= span[0] && offset < span[1]) {
                return true;
            }
        }
        return false;
    }

    private Optional<Block> underHeading() throws ImportFailure {
        for (int u = units.size() - 2; u >= 0; u--) {
            if (!isNotesHeading(units.get(u))) {
                continue;
            }
            int from = offsets[u + 1];
            int first = firstTokenAt(from);
            if (first < 0 || !tokens.get(first).label(false)) {
                return Optional.empty();
            }
            List<Integer> chain = new ArrayList<>(List.of(first));
            for (int next = nextLabel(first); next >= 0; next = nextLabel(next)) {
                chain.add(next);
            }
            Block block = block(chain, offsets[u], text.length(), "under the heading " + Report.quote(units.get(u)), false);
            if (matched(block) == 0) {
                throw new ImportFailure("the text has " + describe(block) + " " + block.where()
                        + " but no marker in the text cites them: mark where each note belongs (\"sentence.1\" or \"[1]\") and import again");
            }
            return Optional.of(block);
        }
        return Optional.empty();
    }

    private Optional<Block> glued() {
        int end = text.length();
        Numbers.Token last = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
        int lastUsable = tokens.size() - 1;
        if (last != null && last.form() == Numbers.Form.PLAIN && last.next() == 0 && (last.afterSentence() || last.lineStart())) {
            end = last.start(); // a page number after the last note
            lastUsable--;
        }
        Block best = null;
        int bestMatched = 0;
        int tries = 0;
        for (int t = lastUsable; t >= 0 && tries < TRIES; t--) {
            Numbers.Token candidate = tokens.get(t);
            if (!candidate.label(true) || candidate.form() == Numbers.Form.BRACKETED && !candidate.lineStart()) {
                continue;
            }
            tries++;
            List<Integer> chain = new ArrayList<>(List.of(t));
            for (int previous = previousLabel(t); previous >= 0; previous = previousLabel(previous)) {
                chain.add(previous);
            }
            Collections.reverse(chain);
            for (int s = 0; s < chain.size(); s++) {
                Block block = block(chain.subList(s, chain.size()), tokens.get(chain.get(s)).start(), end,
                        "at the end of the text", true);
                if (!notesHaveText(block)) {
                    continue;
                }
                int matched = matched(block);
                if (matched > bestMatched || matched == bestMatched && best != null && matched > 0
                        && block.labels().size() > best.labels().size()) {
                    best = block;
                    bestMatched = matched;
                }
            }
        }
        if (best != null && end < text.length()) {
            report.removed("page number", text.substring(end).strip());
        }
        return Optional.ofNullable(best);
    }

    private Found place(Block block) {
        List<Integer> labels = block.labels();
        Map<Integer, Integer> markers = assign(block);
        List<Draft.Note> notes = new ArrayList<>();
        List<Prose> unmatched = new ArrayList<>();
        List<String> uncited = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            Numbers.Token label = tokens.get(labels.get(i));
            String noteText = Prose.collapse(text.substring(label.end(), block.noteEnds()[i])).strip();
            if (markers.containsKey(labels.get(i))) {
                notes.add(new Draft.Note(label.label(), Prose.of(noteText)));
            } else {
                uncited.add(label.label());
                unmatched.add(Prose.of(label.label() + " " + noteText));
            }
        }
        report.uncitedNotes(uncited);
        report.found(describe(block) + " " + block.where() + ", " + markers.size() + " of them cited by a marker");
        List<Optional<Prose>> out = new ArrayList<>();
        Set<Integer> pageTops = new java.util.HashSet<>();
        for (int u = 0; u < units.size(); u++) {
            int from = offsets[u];
            int end = offsets[u] + units.get(u).length();
            // The unit's text before the notes, and a page's text between the notes of two pages, up to
            // the next page's first note (which may begin within the unit, after a running head taken out).
            List<int[]> pieces = new ArrayList<>();
            if (from < Math.min(end, block.start())) {
                pieces.add(new int[] {from, Math.min(end, block.start())});
            }
            for (int[] span : block.text()) {
                int a = Math.max(from, span[0]);
                int b = Math.min(end, span[1]);
                if (a < b && !text.substring(a, b).isBlank()) {
                    pieces.add(new int[] {a, b});
                }
            }
            if (pieces.isEmpty()) {
                out.add(Optional.empty());
                continue;
            }
            if (java.util.Arrays.binarySearch(pageStarts, pieces.get(0)[0]) >= 0) {
                pageTops.add(u);
            }
            List<Inline> inlines = new ArrayList<>();
            for (int[] piece : pieces) {
                if (!inlines.isEmpty()) {
                    inlines.add(new Inline.Text("\n"));
                }
                inlines.addAll(withMarkers(piece[0], piece[1], markers.values()).inlines());
            }
            out.add(Optional.of(new Prose(inlines)));
        }
        warnUnusedMarkers(markers.values(), block.start());
        return new Found(out, notes, unmatched, pageTops);
    }

    private Found withoutNotes() throws ImportFailure {
        List<Numbers.Token> explicit = new ArrayList<>();
        int sequence = 0;
        for (Numbers.Token token : tokens) {
            if (token.form() != Numbers.Form.PLAIN && token.marker()) {
                explicit.add(token);
            } else if (token.marker() && token.value() == sequence + 1) {
                sequence++;
            }
        }
        if (explicit.size() >= 2 || sequence >= 3) {
            String example = explicit.isEmpty() ? "numbers 1 to " + sequence + " after sentences"
                    : "“" + text.substring(explicit.get(0).start(), explicit.get(0).end()) + "”";
            throw new ImportFailure("the text cites notes (" + example + ") but holds no notes: copy the notes with the text"
                    + " (a \"Notes\" section at the end) and import again");
        }
        warnUnusedMarkers(List.of(), text.length());
        List<Optional<Prose>> out = new ArrayList<>();
        Set<Integer> pageTops = new java.util.HashSet<>();
        for (int u = 0; u < units.size(); u++) {
            out.add(Optional.of(Prose.of(units.get(u))));
            if (java.util.Arrays.binarySearch(pageStarts, offsets[u]) >= 0) {
                pageTops.add(u);
            }
        }
        return new Found(out, List.of(), List.of(), pageTops);
    }

    /** Marker token for each label token that has one, found in order before the block. */
    private Map<Integer, Integer> assign(Block block) {
        Map<Integer, Integer> markers = new java.util.LinkedHashMap<>();
        int cursor = 0;
        for (int label : block.labels()) {
            int marker = nextMarker(tokens.get(label).value(), cursor, tokens.get(label).start(), block);
            if (marker >= 0) {
                markers.put(label, marker);
                cursor = marker + 1;
            }
        }
        return markers;
    }

    private int matched(Block block) {
        return assign(block).size();
    }

    private boolean notesHaveText(Block block) {
        List<Integer> labels = block.labels();
        for (int i = 0; i < labels.size(); i++) {
            int to = block.noteEnds()[i];
            if (text.substring(tokens.get(labels.get(i)).end(), Math.max(to, tokens.get(labels.get(i)).end())).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** The unit's text from {@code from} to {@code to} with the markers standing in it made markers. */
    private Prose withMarkers(int from, int to, java.util.Collection<Integer> markers) {
        List<Integer> here = markers.stream().filter(m -> tokens.get(m).start() >= from && tokens.get(m).end() <= to)
                .sorted().toList();
        List<Inline> inlines = new ArrayList<>();
        int at = from;
        for (int m : here) {
            Numbers.Token token = tokens.get(m);
            int start = token.start();
            // The marker follows its sentence directly: "followers. 14 Byman" becomes "followers.[^14] Byman".
            if (token.afterSentence()) {
                while (start > at && Character.isWhitespace(text.charAt(start - 1))) {
                    start--;
                }
            }
            inlines.add(new Inline.Text(text.substring(at, start)));
            inlines.add(new Inline.Marker(token.label()));
            at = token.end();
        }
        inlines.add(new Inline.Text(text.substring(at, to)));
        return new Prose(inlines);
    }

    private void warnUnusedMarkers(java.util.Collection<Integer> used, int before) {
        int warned = 0;
        int more = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Numbers.Token token = tokens.get(i);
            if (token.start() >= before || used.contains(i) || !token.marker()) {
                continue;
            }
            if (warned++ < 5) {
                report.warn("a number that may be a note marker is kept as text: " + Report.quote(around(token)));
            } else {
                more++;
            }
        }
        if (more > 0) {
            report.warn(more + " more numbers that may be note markers are kept as text");
        }
    }

    private String around(Numbers.Token token) {
        int from = Math.max(0, token.start() - 40);
        int to = Math.min(text.length(), token.end() + 25);
        return (from > 0 ? "…" : "") + text.substring(from, to).strip() + (to < text.length() ? "…" : "");
    }

    private String describe(Block block) {
        int first = tokens.get(block.labels().get(0)).value();
        int last = tokens.get(block.labels().get(block.labels().size() - 1)).value();
        return block.labels().size() == 1 ? "1 note (" + first + ")" : block.labels().size() + " notes (" + first + "–" + last + ")";
    }

    private int firstTokenAt(int from) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() >= from) {
                return text.substring(from, tokens.get(i).start()).isBlank() ? i : -1;
            }
        }
        return -1;
    }

    /** The first token after {@code index} that can be the next label. */
    private int nextLabel(int index) {
        List<Integer> candidates = byValue.getOrDefault(tokens.get(index).value() + 1, List.of());
        int at = Collections.binarySearch(candidates, index);
        for (int i = at < 0 ? -at - 1 : at + 1; i < candidates.size(); i++) {
            if (tokens.get(candidates.get(i)).label(false)) {
                return candidates.get(i);
            }
        }
        return -1;
    }

    /** The nearest token before {@code index} that can be the previous label. */
    private int previousLabel(int index) {
        List<Integer> candidates = byValue.getOrDefault(tokens.get(index).value() - 1, List.of());
        int at = Collections.binarySearch(candidates, index);
        for (int i = (at < 0 ? -at - 1 : at) - 1; i >= 0; i--) {
            if (tokens.get(candidates.get(i)).label(false)) {
                return candidates.get(i);
            }
        }
        return -1;
    }

    /**
     * The first marker for {@code value} at or after token {@code from} that starts before {@code limit}
     * in the text, not in {@code block}'s notes.
     */
    private int nextMarker(int value, int from, int limit, Block block) {
        List<Integer> candidates = byValue.getOrDefault(value, List.of());
        int at = Collections.binarySearch(candidates, from);
        for (int i = at < 0 ? -at - 1 : at; i < candidates.size(); i++) {
            Numbers.Token token = tokens.get(candidates.get(i));
            if (token.start() >= limit) {
                return -1;
            }
            if (token.marker() && !token.lineStart() && inText(block, token.start())) {
                return candidates.get(i);
            }
        }
        return -1;
    }
}
