package org.concordance.content;

import org.jsoup.nodes.Entities;

/**
 * Right-to-left words (Arabic, Hebrew, Persian, Urdu…) set inside a line of English: a citation, a
 * byline, a venue with its volume. Each run of them is isolated ({@code <bdi>}, Unicode's
 * first-strong isolate), so the English line around it keeps its order whatever letters the names
 * and titles are written in.
 */
public final class RightToLeft {
    private RightToLeft() {
    }

    /**
     * {@code html} (safe HTML: a citation, a line of names and a venue) with each run of right-to-left
     * words in it isolated in a {@code <bdi>}, so that the English line around them keeps its order:
     * in "الخطيب, أحمد. “لماذا تتحالف الجماعات الإرهابية؟.” Concordance." the comma, period and
     * quotation marks between two Arabic runs would otherwise be laid out right to left with them,
     * and in "مجلة الدراسات الأمنية 12, no. 3" the volume would stand before the journal's name.
     * A run begins and ends at a right-to-left letter or an Arabic punctuation mark and takes in the
     * spaces, marks and digits between them; tags and character references end it, so runs never
     * cross an element. Unchanged when there is no right-to-left letter.
     */
    public static String isolated(String html) {
        if (html.codePoints().noneMatch(RightToLeft::isRightToLeft)) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length() + 32);
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '<' || c == '&') {
                int end = html.indexOf(c == '<' ? '>' : ';', i);
                end = end < 0 ? html.length() : end + 1;
                out.append(html, i, end);
                i = end;
                continue;
            }
            int codePoint = html.codePointAt(i);
            if (!isRightToLeft(codePoint)) {
                out.appendCodePoint(codePoint);
                i += Character.charCount(codePoint);
                continue;
            }
            // A run: from this letter to the last right-to-left character before a tag, a reference
            // or a character that is neither right to left nor allowed inside a run.
            int last = i;
            int j = i;
            while (j < html.length()) {
                int next = html.codePointAt(j);
                if (next == '<' || next == '&' || !(isRightToLeft(next) || insideRun(next))) {
                    break;
                }
                j += Character.charCount(next);
                if (isRightToLeft(next)) {
                    last = j;
                }
            }
            // A question or exclamation mark right after the run ends the title or phrase it ends
            // ("בריתות בין ארגונים?"): inside the isolate, it stands where the words end, at the left.
            while (last < html.length() && (html.charAt(last) == '?' || html.charAt(last) == '!')) {
                last++;
            }
            out.append("<bdi>").append(html, i, last).append("</bdi>");
            i = last;
        }
        return out.toString();
    }

    /** {@code text} (plain: a name, an author line) escaped, its right-to-left runs isolated as {@link #isolated} does. */
    public static String isolatedText(String text) {
        return isolated(Entities.escape(text));
    }

    /**
     * Whether {@code codePoint} is written right to left (Hebrew, Arabic, Syriac, Thaana…), by its
     * Unicode bidirectional class; Arabic's own punctuation ("؛", "؟", "۔") is of that class too.
     */
    public static boolean isLetter(int codePoint) {
        byte direction = Character.getDirectionality(codePoint);
        return direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }

    /**
     * Whether most of {@code text}'s letters are written right to left (by their bidirectional class,
     * {@link #isLetter} against left to right): what sets a title, a paragraph, a PDF line right to
     * left, whatever language is stated.
     */
    public static boolean mostly(CharSequence text) {
        long rightToLeft = text.codePoints().filter(RightToLeft::isLetter).count();
        long leftToRight = text.codePoints().filter(c -> Character.getDirectionality(c) == Character.DIRECTIONALITY_LEFT_TO_RIGHT).count();
        return rightToLeft > leftToRight;
    }

    /** What a run begins and ends at: a right-to-left letter ({@link #isLetter}), or the Arabic comma, a common separator. */
    private static boolean isRightToLeft(int codePoint) {
        return isLetter(codePoint) || codePoint == '\u060C';
    }

    /** What may stand between two right-to-left letters of one run: spaces, combining marks, digits, joiners. */
    private static boolean insideRun(int codePoint) {
        byte direction = Character.getDirectionality(codePoint);
        return direction == Character.DIRECTIONALITY_WHITESPACE || direction == Character.DIRECTIONALITY_NONSPACING_MARK
                || direction == Character.DIRECTIONALITY_ARABIC_NUMBER || direction == Character.DIRECTIONALITY_EUROPEAN_NUMBER
                || codePoint == '\u200C' || codePoint == '\u200D' || codePoint == '\u00A0';
    }
}
