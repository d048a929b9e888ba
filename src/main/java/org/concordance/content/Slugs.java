package org.concordance.content;

import com.ibm.icu.text.Transliterator;
import java.util.regex.Pattern;

/**
 * The one way Concordance turns text into a slug, an anchor or a file name: any script
 * transliterated to Latin, then to ASCII (ICU's {@code Any-Latin; Latin-ASCII}), lower case,
 * words joined by single hyphens. "Ørjan Åsebø" becomes {@code orjan-asebo}, "Straße nach Łódź"
 * {@code strasse-nach-lodz}, "Tanẓīm al-Qāʿida" {@code tanzim-al-qaida}, "القاعدة" {@code alqa-dt}.
 *
 * <p>Never fails on any input: text with no letters or digits at all (emoji, punctuation, control
 * characters) gives the empty string, and callers supply their own fallback. Thread-safe.
 */
public final class Slugs {
    /** What every slug matches: lower-case ASCII words joined by single hyphens. */
    public static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** What separates a slug's words. Compiled once: a slug is made for every work, at 10,000 documents 100,000 times. */
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    /** Apostrophes and ayn/hamza signs inside a word, which do not split it ("al-Qāʿida" is one word "qaida"). */
    private static final Pattern INNER_APOSTROPHE = Pattern.compile("(?<=\\p{L})['\u2019\u02BC\u02BB\u02BF\u02BE`](?=\\p{L})");

    // ICU transliterators keep no state between calls, but are not documented as thread-safe.
    private static final ThreadLocal<Transliterator> TO_ASCII =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

    private Slugs() {
    }

    /** The slug of {@code text}, every word kept; empty when the text has no letter or digit. */
    public static String slug(String text) {
        return slug(text, Integer.MAX_VALUE);
    }

    /** The slug of the first {@code maxWords} words of {@code text}; empty when it has no letter or digit. */
    public static String slug(String text, int maxWords) {
        if (maxWords < 1) {
            throw new IllegalArgumentException("maxWords must be 1 or more, was " + maxWords);
        }
        StringBuilder slug = new StringBuilder();
        int words = 0;
        for (String word : NOT_SLUG.split(ascii(text))) {
            if (word.isEmpty()) {
                continue;
            }
            if (words++ == maxWords) {
                break;
            }
            slug.append(slug.isEmpty() ? "" : "-").append(word);
        }
        return slug.toString();
    }

    /** The slug of {@code text}, or {@code fallback} when the text has none. */
    public static String slugOr(String text, String fallback) {
        String slug = slug(text);
        return slug.isEmpty() ? fallback : slug;
    }

    /** {@code text} in lower-case ASCII: transliterated, apostrophes and marks dropped. */
    public static String ascii(String text) {
        // Text already in ASCII (most titles and names) is left as it is: the transliterator is slow to make.
        String latin = text.chars().allMatch(c -> c < 0x80) ? text : TO_ASCII.get().transliterate(text);
        return INNER_APOSTROPHE.matcher(latin).replaceAll("").toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether {@code text} is already a slug. */
    public static boolean isSlug(String text) {
        return SLUG.matcher(text).matches();
    }
}
