package org.concordance.citations;

import java.text.Normalizer;
import java.util.Locale;
import org.concordance.content.Slugs;

/** Small text helpers shared by the parser, the resolver and the lookup. */
final class Text {
    private Text() {
    }

    /** Lower case, accents and punctuation removed, single spaces: for comparing titles and names. */
    static String normalize(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /**
     * The slug of the first {@code maxWords} words (any script, through {@link Slugs}), or
     * {@code fallback} when the text has no letter or digit.
     */
    static String slug(String text, int maxWords, String fallback) {
        String slug = Slugs.slug(text, maxWords);
        return slug.isEmpty() ? fallback : slug;
    }

    /** True when {@code shortTitle} is the title or its first words. */
    static boolean titleMatches(String shortTitle, String title) {
        String s = normalize(shortTitle);
        String t = normalize(title);
        return !s.isEmpty() && (t.equals(s) || t.startsWith(s + " "));
    }
}
