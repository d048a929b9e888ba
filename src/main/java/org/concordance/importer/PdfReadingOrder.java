package org.concordance.importer;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Bidi;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.concordance.content.RightToLeft;

/**
 * A PDF line's pieces in reading order. A PDF places its glyphs where they are seen, so a line read
 * left to right gives Hebrew and Arabic backwards ("רורט" for "טרור"); ICU's inverse bidi algorithm
 * ({@link Bidi#REORDER_INVERSE_LIKE_DIRECT}, the Unicode algorithm run from what is seen back to what
 * was written) gives them in the order they are read, and a number or a Latin word within them
 * stays as it reads, as an Arabic phrase within an English sentence does. A line with no
 * right-to-left letter is left as it stands.
 *
 * <p>A number after a Latin word, joined to it by punctuation or sharing its brackets ("(Bacon,
 * 2018)", "(Bacon 2018: 45)"), is read as part of the Latin words, as the Unicode algorithm sets a
 * number that follows a Latin word (its rule W7): taken on its own, as the inverse algorithm takes
 * every number, "(Bacon, 2018)" in Hebrew was read "(2018 ,Bacon)".
 */
final class PdfReadingOrder {
    private PdfReadingOrder() {
    }

    /**
     * One piece in reading order.
     *
     * @param index its place in the line as seen, left to right
     * @param text its text, a drawn bracket facing the other way where it stands in right-to-left
     *     text (the glyph seen as ")" there is the "(" that opens)
     */
    record Piece(int index, String text) {
    }

    /**
     * One piece of a line as seen.
     *
     * @param drawn its text names the glyph drawn (from the font's map), so a bracket in
     *     right-to-left text is the mirror image of the one meant; false for text given as written
     */
    record Seen(String text, boolean drawn) {
    }

    /**
     * {@code seen}, a line's pieces (glyphs, and spaces where glyphs stand apart) from left to right,
     * in the order they are read. A piece of several characters (a ligature, "لا") holds them in
     * reading order already and is kept whole.
     *
     * @param rightToLeft the direction of the paragraph the line is part of, which it was laid out
     *     in: a line of Arabic prose that cites an English title may hold more Latin letters than
     *     Arabic ones, and is laid out right to left all the same
     */
    static List<Piece> of(List<Seen> seen, boolean rightToLeft) {
        StringBuilder line = new StringBuilder();
        int[] owner = new int[seen.stream().mapToInt(s -> s.text().length()).sum()];
        for (int i = 0; i < seen.size(); i++) {
            Arrays.fill(owner, line.length(), line.length() + seen.get(i).text().length(), i);
            line.append(seen.get(i).text());
        }
        List<Piece> pieces = new ArrayList<>(seen.size());
        if (!rightToLeftIn(line)) {
            for (int i = 0; i < seen.size(); i++) {
                pieces.add(new Piece(i, seen.get(i).text()));
            }
            return pieces;
        }
        Bidi bidi = new Bidi();
        bidi.setReorderingMode(Bidi.REORDER_INVERSE_LIKE_DIRECT);
        // The paragraph's direction, not the line's own letters', which PdfLines judges from the lines around it.
        bidi.setPara(latinNumbersAsLatin(line), rightToLeft ? Bidi.RTL : Bidi.LTR, null);
        // The visual map of an inverse run gives, for each place in reading order, the character seen there.
        int[] order = bidi.getVisualMap();
        int[] first = new int[seen.size()];
        Arrays.fill(first, Integer.MAX_VALUE);
        for (int place = 0; place < order.length; place++) {
            if (order[place] >= 0) {
                int piece = owner[order[place]];
                first[piece] = Math.min(first[piece], place);
            }
        }
        int start = 0;
        for (int i = 0; i < seen.size(); i++) {
            String text = seen.get(i).text();
            boolean mirror = seen.get(i).drawn() && !text.isEmpty() && (bidi.getLevelAt(start) & 1) == 1;
            pieces.add(new Piece(i, mirror ? mirrored(text) : text));
            start += text.length();
        }
        pieces.sort(Comparator.comparingInt(p -> first[p.index()]));
        return pieces;
    }

    /** Whether a Hebrew, Arabic or other right-to-left letter is in {@code text}. */
    private static boolean rightToLeftIn(CharSequence text) {
        return text.codePoints().anyMatch(RightToLeft::isLetter);
    }

    /**
     * {@code line} as seen, with each digit that follows a Latin word in one run with it (class
     * comment) given as a Latin letter, so the inverse algorithm keeps it in the Latin words' order.
     * A run is a Latin letter and what follows it of Latin letters, digits, spaces and separators
     * (",", ".", ":", "-", "/"), up to its last letter or digit. Its digits are joined to the words
     * when a separator stands between them ("Bacon, 2018"), or brackets enclose the run ("(Bacon
     * 2018)"). A number set apart by a space alone is left to the algorithm: "Hamas 2018" is seen
     * the same where a Hebrew sentence has "2018" before "Hamas".
     */
    private static String latinNumbersAsLatin(CharSequence line) {
        StringBuilder out = new StringBuilder(line);
        int i = 0;
        while (i < out.length()) {
            if (Character.getDirectionality(out.charAt(i)) != Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                i++;
                continue;
            }
            int end = i;
            boolean separated = false;
            boolean digits = false;
            for (int j = i; j < out.length(); j++) {
                byte direction = Character.getDirectionality(out.charAt(j));
                if (direction == Character.DIRECTIONALITY_LEFT_TO_RIGHT || direction == Character.DIRECTIONALITY_EUROPEAN_NUMBER) {
                    end = j + 1;
                    digits |= direction == Character.DIRECTIONALITY_EUROPEAN_NUMBER;
                } else if (direction == Character.DIRECTIONALITY_COMMON_NUMBER_SEPARATOR
                        || direction == Character.DIRECTIONALITY_EUROPEAN_NUMBER_SEPARATOR
                        || direction == Character.DIRECTIONALITY_EUROPEAN_NUMBER_TERMINATOR || isDash(out.charAt(j))) {
                    // Between the words and the first digit ("Bacon, 2018"), not within a number ("2018: 45").
                    separated |= !digits;
                } else if (direction != Character.DIRECTIONALITY_WHITESPACE) {
                    break;
                }
            }
            boolean bracketed = i > 0 && isBracket(out.charAt(i - 1)) && end < out.length() && isBracket(out.charAt(end));
            if (digits && (separated || bracketed)) {
                for (int j = i; j < end; j++) {
                    if (Character.getDirectionality(out.charAt(j)) == Character.DIRECTIONALITY_EUROPEAN_NUMBER) {
                        out.setCharAt(j, 'A');
                    }
                }
            }
            i = Math.max(end, i + 1);
        }
        return out.toString();
    }

    private static boolean isBracket(char c) {
        int type = Character.getType(c);
        return type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION;
    }

    private static boolean isDash(char c) {
        return Character.getType(c) == Character.DASH_PUNCTUATION;
    }

    /** {@code text} with each bracket or other mirrored character turned to face the other way. */
    private static String mirrored(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(UCharacter.getMirror(c)));
        return out.toString();
    }
}
