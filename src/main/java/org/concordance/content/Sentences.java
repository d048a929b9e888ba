package org.concordance.content;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;

/**
 * Where a sentence ends, in any script: at a character Unicode counts as a sentence terminal
 * (its {@code Sentence_Terminal} property, as ICU4J gives it: ".", "!", "?", and "。", "।",
 * "؟", "۔", "።", "！"…) or an ellipsis, followed by nothing but closing quotation marks and
 * brackets. The importer's rules that ask whether a line, a paragraph or a text ends a sentence
 * all ask here (a Chinese or Hindi text ending at "。" or "।" was taken for an excerpt cut off
 * mid-sentence), and so do the pages that join a title to what follows it with a period.
 */
public final class Sentences {
    private Sentences() {
    }

    /** Whether {@code codePoint} ends a sentence: a sentence terminal or an ellipsis. */
    public static boolean isTerminal(int codePoint) {
        return codePoint == '…' || UCharacter.hasBinaryProperty(codePoint, UProperty.S_TERM);
    }

    /** Whether {@code codePoint} may stand after a sentence's end and still close it: a closing quotation mark or bracket. */
    public static boolean isClosing(int codePoint) {
        int type = Character.getType(codePoint);
        // ’ and ” are final quotation marks (Pf); the straight ones have no closing class of their own.
        return codePoint == '"' || codePoint == '\'' || type == Character.END_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION;
    }

    /**
     * Whether {@code text} ends a sentence, trailing whitespace left aside; with {@code colon}, a
     * colon ends it too (a line that leads into a list or a quotation ends its paragraph).
     */
    public static boolean ends(String text, boolean colon) {
        int i = text.length();
        while (i > 0 && Character.isWhitespace(text.codePointBefore(i))) {
            i -= Character.charCount(text.codePointBefore(i));
        }
        while (i > 0 && isClosing(text.codePointBefore(i))) {
            i -= Character.charCount(text.codePointBefore(i));
        }
        if (i == 0) {
            return false;
        }
        int last = text.codePointBefore(i);
        return isTerminal(last) || colon && (last == ':' || last == '：');
    }
}
