package org.concordance.importer;

import org.concordance.content.Sentences;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The numbers in a text that could be note markers or notes' labels, each with what stands around
 * it. A plain number counts only when it stands alone: "$2 million", "98%", "(1)", "1997" and
 * "May 30" are never candidates, and a plain number is a marker only right after a sentence's end.
 */
final class Numbers {
    /** Abbreviations whose period does not end a sentence ("no. 3", "pp. 12"). */
    private static final Set<String> ABBREVIATIONS = Set.of("no", "nos", "p", "pp", "vol", "vols", "ed", "eds", "cf",
            "ch", "chap", "fig", "figs", "n", "nn", "para", "sec", "art", "vs", "v", "op", "cit", "e.g", "i.e", "approx",
            "ca", "c", "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "col", "lt", "sgt", "rev", "hon", "pt",
            "nr", "tab", "ser", "ibid", "id");
    /** Of those, the ones a number follows ("no. 3", "pp. 12"), unlike "Ibid." or "ed.", which may end a note. */
    private static final Set<String> NUMBERED = Set.of("no", "nos", "p", "pp", "vol", "vols", "ch", "chap", "fig", "figs", "n",
            "nn", "para", "sec", "art", "pt", "nr", "tab", "ser");
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /** How a number is written. */
    enum Form {
        /** "14" in running text or at a line's start ("14." or "14)" there). */
        PLAIN,
        /** "[14]". */
        BRACKETED,
        /** "¹⁴". */
        SUPERSCRIPT
    }

    /**
     * One candidate.
     *
     * @param start where the number (or its bracket) begins in the text
     * @param end just after it (after a label's "." or ")" at a line's start)
     * @param lineStart nothing but whitespace stands before it on its line
     * @param afterSentence the text before it ends a sentence ("followers. 14", "alliance.” 19")
     * @param next the first character after it and any whitespace, or 0 at the end of the text
     * @param spaceAfter whitespace follows it
     * @param afterAbbreviation it follows a word a number follows, abbreviated ("no. 3", "pp. 12")
     */
    record Token(int start, int end, int value, Form form, boolean lineStart, boolean afterSentence, char next,
            boolean spaceAfter, boolean afterAbbreviation) {
        String label() {
            return String.valueOf(value);
        }

        /** Stands where a note marker stands: after a sentence (plain), or anywhere when its form says so. */
        boolean marker() {
            if (form != Form.PLAIN) {
                return true;
            }
            return afterSentence && !lineStart && (next == 0 || spaceAfter && opensSentence(next));
        }

        /** Stands where a note's label stands in a block of notes. */
        boolean label(boolean strict) {
            if (next == 0 || Character.isLowerCase(next) && form == Form.PLAIN) {
                return false;
            }
            if (lineStart || form != Form.PLAIN) {
                return true;
            }
            // "Studies 23, no. 3 (2014)": the number, inside a note, not the next note's label.
            return spaceAfter && !afterAbbreviation && (afterSentence || !strict && opensSentence(next));
        }
    }

    private Numbers() {
    }

    /** Every candidate in {@code text}, in order. */
    static List<Token> scan(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int start = i;
            int end;
            int value;
            Form form;
            if (c == '[' && i + 1 < text.length() && isAsciiDigit(text.charAt(i + 1))) {
                int j = digits(text, i + 1);
                if (j - i - 1 > 3 || j >= text.length() || text.charAt(j) != ']') {
                    i = j;
                    continue;
                }
                value = Integer.parseInt(text.substring(i + 1, j));
                end = j + 1;
                form = Form.BRACKETED;
            } else if (SUPERSCRIPTS.indexOf(c) >= 0) {
                int j = i;
                StringBuilder number = new StringBuilder();
                while (j < text.length() && SUPERSCRIPTS.indexOf(text.charAt(j)) >= 0 && number.length() < 4) {
                    number.append((char) ('0' + SUPERSCRIPTS.indexOf(text.charAt(j))));
                    j++;
                }
                if (number.length() > 3) {
                    i = j;
                    continue;
                }
                value = Integer.parseInt(number.toString());
                end = j;
                form = Form.SUPERSCRIPT;
            } else if (isAsciiDigit(c) && (i == 0 || standsAloneAfter(text, i))) {
                int j = digits(text, i);
                boolean lineStart = lineStart(text, i);
                if (j - i > 3 || j < text.length() && !standsAloneBefore(text, j, lineStart)) {
                    i = j;
                    continue;
                }
                value = Integer.parseInt(text.substring(i, j));
                end = lineStart && j < text.length() && (text.charAt(j) == '.' || text.charAt(j) == ')') ? j + 1 : j;
                form = Form.PLAIN;
            } else {
                i++;
                continue;
            }
            int after = end;
            while (after < text.length() && Character.isWhitespace(text.charAt(after))) {
                after++;
            }
            if (value > 0) {
                tokens.add(new Token(start, end, value, form, lineStart(text, start), afterSentence(text, start),
                        after < text.length() ? text.charAt(after) : 0, after > end, afterAbbreviation(text, start)));
            }
            i = end;
        }
        return tokens;
    }

    /** Whether the text before {@code index}, whitespace skipped, ends a sentence. */
    static boolean afterSentence(String text, int index) {
        int i = index - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        while (i >= 0 && Sentences.isClosing(text.charAt(i))) {
            i--;
        }
        if (i < 0 || !Sentences.isTerminal(text.charAt(i))) {
            return false;
        }
        if (text.charAt(i) != '.') {
            return true;
        }
        int wordEnd = i;
        int wordStart = i;
        while (wordStart > 0 && (Character.isLetter(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '.')) {
            wordStart--;
        }
        String word = text.substring(wordStart, wordEnd).toLowerCase(Locale.ROOT);
        return !ABBREVIATIONS.contains(word);
    }

    /**
     * Whether the text before {@code index}, whitespace skipped, is a word a number follows, with its
     * period ("no.", "pp."), standing alone: "iv-v." ends a page range, not "v.".
     */
    private static boolean afterAbbreviation(String text, int index) {
        int i = index - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        if (i < 0 || text.charAt(i) != '.') {
            return false;
        }
        int wordStart = i;
        while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        boolean alone = wordStart == 0 || Character.isWhitespace(text.charAt(wordStart - 1)) || "([“\"".indexOf(text.charAt(wordStart - 1)) >= 0;
        return alone && NUMBERED.contains(text.substring(wordStart, i).toLowerCase(Locale.ROOT));
    }

    static boolean opensSentence(char c) {
        return Character.isUpperCase(c) || Character.isTitleCase(c) || Character.isDigit(c) || "“\"‘'([¿¡".indexOf(c) >= 0
                || Character.isLetter(c) && !Character.isLowerCase(c);
    }

    private static boolean lineStart(String text, int index) {
        int i = index - 1;
        while (i >= 0 && text.charAt(i) != '\n' && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i < 0 || text.charAt(i) == '\n';
    }

    /** A plain number may follow whitespace, or a sentence's punctuation it is glued to ("followers.14"). */
    private static boolean standsAloneAfter(String text, int i) {
        char before = text.charAt(i - 1);
        if (before == '.' && i >= 2 && Character.isDigit(text.charAt(i - 2))) {
            // "3.14" and "1.2.3" are numbers; "in 2017.1 Yet" is a year, its sentence's end and a marker.
            int start = i - 2;
            while (start > 0 && Character.isDigit(text.charAt(start - 1))) {
                start--;
            }
            boolean year = i - 1 - start == 4 && (start == 0 || Character.isWhitespace(text.charAt(start - 1)));
            return year;
        }
        return Character.isWhitespace(before) || Sentences.isTerminal(before) || "”\"’".indexOf(before) >= 0;
    }

    /** What may follow a plain number: whitespace or the end; at a line's start also "." or ")" or a capital. */
    private static boolean standsAloneBefore(String text, int j, boolean lineStart) {
        char after = text.charAt(j);
        if (Character.isWhitespace(after)) {
            return true;
        }
        if (lineStart && (after == '.' || after == ')')) {
            return j + 1 >= text.length() || Character.isWhitespace(text.charAt(j + 1));
        }
        return lineStart && (Character.isUpperCase(after) || after == '“' || after == '"');
    }

    private static int digits(String text, int from) {
        int j = from;
        while (j < text.length() && isAsciiDigit(text.charAt(j))) {
            j++;
        }
        return j;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
