package org.concordance.importer;

import java.util.List;
import java.util.Optional;
import org.concordance.content.Sentences;

/**
 * A title set on more than one line above its byline, in text copied from a PDF (no blank line
 * between them): wrapped onto a second or a third line, or with its subtitle on a line of its own.
 * Only right above a byline, near the top, where nothing else of the text stands; what the lines
 * cannot tell apart (a subtitle as short as a wrapped line's rest) is reported.
 */
final class TitleLines {
    /** A line shorter than this share of the text's width is short: the rest of a wrapped line. */
    private static final double SHORT = 0.6;

    private TitleLines() {
    }

    /**
     * The title's lines, as the block holds them.
     *
     * @param subtitle whether the last line is the subtitle (longer than the title's, so the title's
     *     line was not filled and broke where the title ends), else the lines are one title wrapped
     */
    record Found(List<String> lines, boolean subtitle) {
        Found {
            lines = List.copyOf(lines);
            if (lines.size() < 2 || subtitle && lines.size() != 2) {
                throw new IllegalArgumentException("a title on lines of its own has two or three, or two with a subtitle, was "
                        + lines.size() + (subtitle ? " with a subtitle" : ""));
            }
        }
    }

    /**
     * The title whose first line is the block's line {@code i}, when that and the lines up to a byline
     * are one: the first a headline that ends no sentence nor with a colon (a label: "Abstract:"), then
     * either the rest of it, wrapped (each line no longer than the one before by more than a little, the
     * last short and the shortest), or a subtitle longer than it and opening as a sentence does.
     */
    static Optional<Found> at(List<String> block, int i, int width) {
        if (i > 3 || i + 2 >= block.size()) {
            return Optional.empty();
        }
        String first = block.get(i).strip();
        // Page furniture set as a headline (a site's menu, a journal's head) is taken out later: no title's line.
        if (!headline(first) || Sentences.ends(first, true) || first.endsWith(":") || Boilerplate.line(first).isPresent()
                || RunningHeads.parse(first).isPresent() || Bylines.isCaption(first)) {
            return Optional.empty();
        }
        if (i + 3 < block.size() && Bylines.byline(block.get(i + 3)).isPresent()) {
            List<String> lines = block.subList(i, i + 3).stream().map(String::strip).toList();
            boolean wrapped = lines.stream().skip(1).allMatch(TitleLines::notByline) && lines.get(1).length() <= first.length() * 1.25
                    && isRest(lines.get(2), lines.get(1), width) && lines.get(2).length() < first.length();
            if (wrapped) {
                return Optional.of(new Found(lines, false));
            }
        }
        String next = block.get(i + 1).strip();
        if (!notByline(next) || Bylines.byline(block.get(i + 2)).isEmpty()) {
            return Optional.empty();
        }
        if (isRest(next, first, width)) {
            return Optional.of(new Found(List.of(first, next), false));
        }
        boolean subtitle = next.length() >= first.length() && Numbers.opensSentence(next.charAt(0));
        return subtitle ? Optional.of(new Found(List.of(first, next), true)) : Optional.empty();
    }

    /**
     * The title as one line, and reported: a subtitle after a colon, as citations give it (unless the
     * title ends with its own mark, "?"), a wrapped title joined as its words run ({@code hyphenation}).
     */
    static String joined(Found found, Hyphenation hyphenation, Report report) {
        List<String> lines = found.lines();
        if (found.subtitle()) {
            String title = lines.get(0) + (lines.get(0).matches(".*[?!:.—–-]$") ? " " : ": ") + lines.get(1);
            report.warn("took the line “" + lines.get(1) + "” under the title “" + lines.get(0) + "” above the byline as its"
                    + " subtitle: the title is “" + title + "”; if the two are one title, broken early, edit the title");
            return title;
        }
        String quoted = lines.size() == 2 ? "“" + lines.get(0) + "” and “" + lines.get(1) + "”"
                : "“" + lines.get(0) + "”, “" + lines.get(1) + "” and “" + lines.get(2) + "”";
        report.warn("took the lines " + quoted + " above the byline as one title, wrapped: if the last is a subtitle, edit"
                + " the title");
        return hyphenation.join(lines, " ", report);
    }

    /** Whether {@code line} is the short rest of the wrapped line before it: shorter, and ending no sentence. */
    private static boolean isRest(String line, String before, int width) {
        return line.length() < width * SHORT && line.length() < before.length() && !Sentences.ends(line, true) && notByline(line);
    }

    private static boolean notByline(String line) {
        return Bylines.byline(line).isEmpty() && !Sentences.ends(line, true);
    }

    /**
     * A line set as a headline: two or more words, the first and most of the longer ones (four
     * letters or more) capitalised, as a title is ("Shared Sanctuary and the Logic of Militant
     * Alliances"); a line of wrapped prose has lower-case words between its names.
     */
    static boolean headline(String line) {
        String[] words = line.strip().split("\\s+");
        if (words.length < 2 || !Character.isUpperCase(words[0].codePointAt(0))) {
            return false;
        }
        int longer = 0;
        int capitalised = 0;
        for (String word : words) {
            String letters = word.replaceAll("^\\P{L}+|\\P{L}+$", "");
            if (letters.codePointCount(0, letters.length()) >= 4) {
                longer++;
                if (Character.isUpperCase(letters.codePointAt(0))) {
                    capitalised++;
                }
            }
        }
        return longer >= 2 && capitalised * 4 >= longer * 3;
    }
}
