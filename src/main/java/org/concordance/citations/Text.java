package org.concordance.citations;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.concordance.content.Slugs;

/** Small text helpers shared by the parser, the resolver and the lookup. */
final class Text {
    private Text() {
    }

    /**
     * Lower case, accents and punctuation removed, single spaces: for comparing titles and names.
     * Called for every comparison while a large library's notes are resolved, so it runs without
     * regular expressions.
     */
    static String normalize(String text) {
        String plain = Normalizer.isNormalized(text, Normalizer.Form.NFD) ? text : Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(plain.length());
        boolean space = false;
        for (int i = 0; i < plain.length(); ) {
            int c = plain.codePointAt(i);
            i += Character.charCount(c);
            if (c < 0x80) {
                // ASCII, most of any library's text, without a String per character (below): at
                // 10,003 documents that was a third of resolving their notes.
                boolean upper = c >= 'A' && c <= 'Z';
                if (upper || c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                    if (space && !out.isEmpty()) {
                        out.append(' ');
                    }
                    space = false;
                    out.append((char) (upper ? c + ('a' - 'A') : c));
                } else {
                    space = true;
                }
                continue;
            }
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK) {
                continue;
            }
            if (Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                    || type == Character.OTHER_NUMBER) {
                if (space && !out.isEmpty()) {
                    out.append(' ');
                }
                space = false;
                out.append(new String(Character.toChars(c)).toLowerCase(Locale.ROOT));
            } else {
                space = true;
            }
        }
        return out.toString();
    }

    /**
     * The slug of the first {@code maxWords} words (any script, through {@link Slugs}), or
     * {@code fallback} when the text has no letter or digit.
     */
    static String slug(String text, int maxWords, String fallback) {
        String slug = Slugs.slug(text, maxWords);
        return slug.isEmpty() ? fallback : slug;
    }

    /**
     * True when {@code shortTitle} is the title or its first words, a leading article aside
     * ({@link #titleKey}).
     */
    static boolean titleMatches(String shortTitle, String title) {
        return normalizedTitleMatches(titleKey(shortTitle), titleKey(title));
    }

    /**
     * A title as titles are compared: {@linkplain #normalize normalized}, without a leading "A",
     * "An" or "The", which a short title omits (Chicago 14.29: "Local and Global Jihad" for "The
     * Local and Global Jihad of al-Qa'ida"). Empty when the title is only an article.
     */
    static String titleKey(String title) {
        String normalized = normalize(title);
        for (String article : LEADING_ARTICLES) {
            if (normalized.startsWith(article)) {
                return normalized.substring(article.length());
            }
        }
        return normalized.equals("a") || normalized.equals("an") || normalized.equals("the") ? "" : normalized;
    }

    private static final List<String> LEADING_ARTICLES = List.of("the ", "an ", "a ");

    /** {@link #titleMatches} of two {@linkplain #titleKey title keys}. */
    static boolean normalizedTitleMatches(String shortTitle, String title) {
        return !shortTitle.isEmpty() && title.startsWith(shortTitle)
                && (title.length() == shortTitle.length() || title.charAt(shortTitle.length()) == ' ');
    }
}
