package org.concordance.importer;

import java.util.List;
import java.util.Optional;
import org.concordance.content.Sentences;

/**
 * A title set on more than one line above its byline, in text copied from a PDF (no blank line
 * between them): wrapped onto a second or a third line. Only right above a byline, near the top,
 * where nothing else of the text stands; what the lines cannot tell apart (a subtitle as short as
 * a wrapped line's rest) is reported.
 */
final class TitleLines {
    /** A line shorter than this share of the text's width is short: the rest of a wrapped line. */
    private static final double SHORT = 0.6;

    private TitleLines() {
    }

    /** The title's lines, as the block holds them. */
    record Found(List<String> lines) {
        Found {
            lines = List.copyOf(lines);
            if (lines.size() < 2 || lines.size() > 3) {
                throw new IllegalArgumentException("a title on lines of its own has two or three, was " + lines.size());
            }
        }
    }

    /**
     * The title whose first line is the block's line {@code i}, when that and the lines up to a byline
     * are one: the first a headline that ends no sentence nor with a colon (a label: "Abstract:"), then
     * the rest of it, wrapped (each line no longer than the one before by more than a little, the last
     * short and the shortest).
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
                return Optional.of(new Found(lines));
            }
        }
        String next = block.get(i + 1).strip();
        if (!notByline(next) || Bylines.byline(block.get(i + 2)).isEmpty()) {
            return Optional.empty();
        }
        return isRest(next, first, width) ? Optional.of(new Found(List.of(first, next))) : Optional.empty();
    }

    /** The title as one line, joined as its words run ({@code hyphenation}), and reported. */
    static String joined(Found found, Hyphenation hyphenation, Report report) {
        List<String> lines = found.lines();
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
