package org.concordance.importer;

import org.concordance.content.Sentences;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text ({@code .txt}, {@code .md}) as copied out of a PDF or a web page. Blank lines separate
 * blocks; a block's lines are one paragraph when they are wrapped prose, and separate lines
 * otherwise (a heading above its paragraph, a widget's lines). Text hard-wrapped without any blank
 * line has its paragraph breaks guessed from short lines, and each guess is reported. A Markdown
 * file's {@code #} headings are taken as its title and headings; the rest is read as text.
 */
final class PlainTextFormat implements Format {
    /** Longer lines cannot be wrapped prose: each is a paragraph of its own. */
    private static final int WRAP_WIDTH = 150;
    /** The paragraphs joined long a warning quotes at most; it counts the rest. */
    private static final int GUESSES_QUOTED = 5;
    /** In text without blank lines, a paragraph joined from this many lines may be several: said so. */
    private static final int LONG_JOIN = 8;
    private static final Pattern ATX = Pattern.compile("^(#{1,6})\\s+(.*?)(?:\\s+#+)?\\s*$");

    @Override
    public Layout read(Input input, Report report, Vocabulary vocabulary) throws ImportFailure {
        String text = input.text(report);
        if (text.startsWith("---\n") && text.indexOf("\n---\n", 3) > 0) {
            throw new ImportFailure("the file already has YAML front matter, as a document of the content format does:"
                    + " copy it into the content folder's documents/ instead of importing it");
        }
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            lines.add(line.replace('\t', ' ').replace('\u00A0', ' ').stripTrailing());
        }
        Hyphenation hyphenation = new Hyphenation(lines, vocabulary);
        boolean markdown = input.extension().equals("md") || input.extension().equals("markdown");
        Facts facts = new Facts();
        List<Unit> units = new ArrayList<>();
        List<String> block = new ArrayList<>();
        List<String> joinedLong = new ArrayList<>();
        boolean blankBetween = false;
        boolean textSeen = false;
        boolean blankAfterText = false;
        for (String line : lines) {
            blankBetween |= blankAfterText && !line.isBlank();
            blankAfterText |= textSeen && line.isBlank();
            textSeen |= !line.isBlank();
            Matcher atx = ATX.matcher(line);
            if (markdown && atx.matches()) {
                flush(block, units, hyphenation, report, joinedLong);
                units.add(heading(atx.group(1).length(), atx.group(2), units.isEmpty(), facts));
            } else if (line.isBlank()) {
                flush(block, units, hyphenation, report, joinedLong);
            } else {
                block.add(line);
            }
        }
        flush(block, units, hyphenation, report, joinedLong);
        units.removeIf(unit -> unit == null);
        if (!blankBetween && !joinedLong.isEmpty()) {
            report.warn("the text has no blank lines between paragraphs, and " + (joinedLong.size() == 1 ? "one paragraph"
                    : joinedLong.size() + " paragraphs") + " of " + LONG_JOIN + " lines or more had no short line to end"
                    + " it (" + String.join(", ", joinedLong.stream().limit(GUESSES_QUOTED).toList())
                    + (joinedLong.size() > GUESSES_QUOTED ? " and " + (joinedLong.size() - GUESSES_QUOTED) + " more" : "")
                    + "): if one holds several paragraphs, put a blank line where each ends and import it again");
        }
        return new Layout(units, facts, Optional.empty(), Optional.empty());
    }

    private static Unit heading(int level, String text, boolean first, Facts facts) {
        if (level == 1 && first) {
            facts.title(text);
            return null;
        }
        return Unit.of(level <= 2 ? Unit.Role.HEADING2 : Unit.Role.HEADING3, Prose.of(text));
    }

    /**
     * Whether {@code units} hold nothing but a journal's running heads and its name on a line of its
     * own (the words a running head begins with), or nothing: the text has not begun.
     */
    private static boolean onlyRunningHeads(List<Unit> units) {
        List<String> heads = units.stream().filter(unit -> unit.singleLine() && RunningHeads.parse(unit.text()).isPresent())
                .map(Unit::text).toList();
        return units.stream().allMatch(unit -> unit.singleLine() && (heads.contains(unit.text())
                || heads.stream().anyMatch(head -> head.startsWith(unit.text().strip() + " "))));
    }

    /**
     * The title set on the lines at {@code i} above a byline ({@link TitleLines}), near the text's top;
     * not from the journal's name a running head above begins with, which is taken out with the head.
     */
    private static Optional<TitleLines.Found> titleAt(List<String> block, int i, int width, List<Unit> units) {
        if (units.size() > 3) {
            return Optional.empty();
        }
        // A Markdown file's title stands as null until the units are done.
        List<Unit> withLine = new ArrayList<>(units.stream().filter(java.util.Objects::nonNull).toList());
        boolean headsAbove = !withLine.isEmpty();
        withLine.add(Unit.text(block.get(i).strip()));
        return headsAbove && onlyRunningHeads(withLine) ? Optional.empty() : TitleLines.at(block, i, width);
    }

    /**
     * Turns the lines of one block into units; tells {@code report} the first line of each paragraph
     * it begins by a guess. A block of wrapped prose (at the width most of its lines come close to,
     * {@link #wrapWidth}) is joined into paragraphs; within it, a line that cannot be wrapped prose
     * stands alone: one much longer than that width (a note at a page's foot, set across the page), a
     * short one that ends no sentence before a line that begins with a capital (a byline, a heading,
     * a running head; after a sentence's end, not the last line of its paragraph), and the text's
     * first line when it is a headline in title case (a title above its byline, no blank line between).
     */
    private static void flush(List<String> block, List<Unit> units, Hyphenation hyphenation, Report report,
            List<String> joinedLong) {
        if (block.isEmpty()) {
            return;
        }
        // Lines longer than any wrapped line are paragraphs of their own (a web page's, copied); one
        // or two in a wrapped text (a note's long address) do not set its width.
        long unwrapped = block.stream().filter(l -> l.strip().length() > WRAP_WIDTH).count();
        int width = wrapWidth(block);
        if (block.size() == 1 || unwrapped >= Math.max(2, block.size() / 10) || !wrapped(block, width)) {
            for (int i = 0; i < block.size(); i++) {
                Optional<TitleLines.Found> title = titleAt(block, i, width, units);
                if (title.isPresent()) {
                    units.add(Unit.text(TitleLines.joined(title.get(), hyphenation, report)));
                    i += title.get().lines().size() - 1;
                } else {
                    units.add(Unit.text(block.get(i).strip()));
                }
            }
        } else {
            List<String> paragraph = new ArrayList<>();
            for (int i = 0; i < block.size(); i++) {
                String line = block.get(i);
                if (line.strip().length() > width * 1.25 && line.strip().length() > width + 10) {
                    // Longer than the text is wrapped at: not a line of its paragraphs (a note at a
                    // page's foot, copied from a PDF with the text), a paragraph of its own, but for
                    // what it goes on into (a long address broken at a hyphen, a lower-case line).
                    if (!paragraph.isEmpty()) {
                        paragraph(paragraph, units, hyphenation, report, joinedLong);
                    }
                    boolean goesOn = i + 1 < block.size() && (line.endsWith("-")
                            || Character.isLowerCase(block.get(i + 1).strip().codePointAt(0)));
                    if (!goesOn) {
                        units.add(Unit.text(line.strip()));
                        continue;
                    }
                }
                Optional<TitleLines.Found> title = paragraph.isEmpty() ? titleAt(block, i, width, units) : Optional.empty();
                if (title.isPresent()) {
                    units.add(Unit.text(TitleLines.joined(title.get(), hyphenation, report)));
                    i += title.get().lines().size() - 1;
                    continue;
                }
                // A journal's running head atop the text stands alone (it is taken out later), so the
                // line after it is the text's first, as it would be without it. Further down it is
                // left in its paragraph, where a page break may fall mid-sentence.
                if (paragraph.isEmpty() && onlyRunningHeads(units) && RunningHeads.parse(line.strip()).isPresent()) {
                    units.add(Unit.text(line.strip()));
                    continue;
                }
                boolean indented = i > 0 && indent(line) > indent(block.get(i - 1));
                if (indented && !paragraph.isEmpty()) {
                    paragraph(paragraph, units, hyphenation, report, joinedLong);
                }
                boolean atStart = paragraph.isEmpty();
                boolean last = i + 1 == block.size();
                boolean shortLine = line.strip().length() < width * 0.75;
                boolean capitalNext = !last && Numbers.opensSentence(block.get(i + 1).strip().charAt(0));
                boolean standsAlone = capitalNext && !Sentences.ends(line, true)
                        && (line.strip().length() < width * 0.6 || atStart && onlyRunningHeads(units) && TitleLines.headline(line));
                boolean shortEnd = shortLine && Sentences.ends(line, true);
                // Lines in two scripts are two paragraphs (a quotation's Arabic, then its Russian), not one wrapped.
                Character.UnicodeScript here = script(line);
                Character.UnicodeScript next = last ? here : script(block.get(i + 1));
                boolean scriptChanges = here != next && here != Character.UnicodeScript.COMMON
                        && next != Character.UnicodeScript.COMMON;
                if (standsAlone && !atStart && Sentences.ends(withoutMarker(paragraph.get(paragraph.size() - 1)), true)) {
                    // After a sentence's end it begins something (a heading): not the paragraph's last line.
                    paragraph(paragraph, units, hyphenation, report, joinedLong);
                }
                paragraph.add(line);
                if (!last && (standsAlone || scriptChanges)) {
                    paragraph(paragraph, units, hyphenation, report, joinedLong);
                } else if (shortEnd && !last && block.size() >= 6 && indent(block.get(i + 1)) <= indent(line)) {
                    paragraph(paragraph, units, hyphenation, report, joinedLong);
                    report.guessedBreak(block.get(i + 1));
                }
            }
            if (!paragraph.isEmpty()) {
                paragraph(paragraph, units, hyphenation, report, joinedLong);
            }
        }
        block.clear();
    }

    /**
     * The script most of a line's letters are in; {@code COMMON} when it has none. The scripts East
     * Asian writing mixes in one sentence (kana, hangul and the Han characters) count as Han, so a
     * Japanese line with more kana than kanji is not another script than the line before.
     */
    static Character.UnicodeScript script(String line) {
        java.util.Map<Character.UnicodeScript, Integer> counts = new java.util.EnumMap<>(Character.UnicodeScript.class);
        line.codePoints().filter(Character::isLetter).forEach(c -> counts.merge(eastAsianAsHan(Character.UnicodeScript.of(c)), 1,
                Integer::sum));
        return counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey)
                .orElse(Character.UnicodeScript.COMMON);
    }

    private static Character.UnicodeScript eastAsianAsHan(Character.UnicodeScript script) {
        return switch (script) {
            case HIRAGANA, KATAKANA, HANGUL, BOPOMOFO -> Character.UnicodeScript.HAN;
            default -> script;
        };
    }

    /** Adds the lines as one paragraph, and clears them; names it in {@code joinedLong} when it is long. */
    private static void paragraph(List<String> lines, List<Unit> units, Hyphenation hyphenation, Report report,
            List<String> joinedLong) {
        if (lines.size() >= LONG_JOIN) {
            joinedLong.add(Report.firstWords(lines.get(0)));
        }
        units.add(Unit.text(hyphenation.join(lines, "\n", report)));
        lines.clear();
    }

    /** {@code line} without a note's number after its last sentence ("…archival material.1"). */
    private static String withoutMarker(String line) {
        return line.stripTrailing().replaceFirst("(?<=[.!?;:\"”’)])\\d{1,3}$", "");
    }

    /**
     * The width the block's lines are wrapped at, in characters: the length the most lines come
     * close to (within a fifth below it), the longer of equals. Not the longest line's: notes copied
     * with a PDF's text run the page's width in a smaller size, lines half as long again as the body's.
     */
    static int wrapWidth(List<String> block) {
        int[] counts = new int[WRAP_WIDTH + 2];
        for (String line : block) {
            int length = line.strip().length();
            if (length <= WRAP_WIDTH) {
                counts[length + 1]++;
            }
        }
        for (int i = 1; i < counts.length; i++) {
            counts[i] += counts[i - 1]; // counts[n + 1]: the lines of n characters or fewer
        }
        int width = 0;
        int most = 0;
        for (int length = 1; length <= WRAP_WIDTH; length++) {
            int close = counts[length + 1] - counts[(int) Math.ceil(length * 0.8)];
            if (close > 0 && close >= most) {
                width = length;
                most = close;
            }
        }
        return width;
    }

    /**
     * Whether the lines are prose wrapped at a width: most of them come close to the longest, or
     * each after the first goes on with a sentence, beginning with a lower-case letter (a short
     * paragraph's last line is short: "…the weaker / partner traded autonomy for survival."). The
     * lines that stand alone (short, ending no sentence, before a capital: a title's second line, a
     * byline, a heading) are not counted, so a few of them atop a short text do not make it unwrapped.
     */
    private static boolean wrapped(List<String> block, int width) {
        long full = block.stream().filter(l -> l.strip().length() >= width * 0.6).count();
        long alone = java.util.stream.IntStream.range(0, block.size() - 1).filter(i -> block.get(i).strip().length()
                < width * 0.6 && !Sentences.ends(block.get(i), true)
                && Numbers.opensSentence(block.get(i + 1).strip().charAt(0))).count();
        boolean goesOn = block.stream().skip(1).allMatch(l -> Character.isLowerCase(l.strip().codePointAt(0)));
        // More lines standing alone than coming close to the width are separate lines (a menu, a list), not prose.
        return width >= 30 && (full * 10 >= (block.size() - alone) * 6 && full > alone || goesOn);
    }

    private static int indent(String line) {
        return line.length() - line.stripLeading().length();
    }
}
