package org.concordance.citations;

import java.text.Normalizer;
import java.util.Locale;

/** Small text helpers shared by the parser, the resolver and the lookup. */
final class Text {
    private Text() {
    }

    /** Lower case, accents and punctuation removed, single spaces: for comparing titles and names. */
    static String normalize(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** Lower-case words joined by hyphens, at most {@code maxWords} of them. */
    static String slug(String text, int maxWords) {
        String[] words = normalize(text).split(" ");
        StringBuilder slug = new StringBuilder();
        for (int i = 0; i < Math.min(words.length, maxWords); i++) {
            if (words[i].isEmpty()) {
                continue;
            }
            slug.append(slug.isEmpty() ? "" : "-").append(words[i]);
        }
        return slug.toString();
    }

    /** True when {@code shortTitle} is the title or its first words. */
    static boolean titleMatches(String shortTitle, String title) {
        String s = normalize(shortTitle);
        String t = normalize(title);
        return !s.isEmpty() && (t.equals(s) || t.startsWith(s + " "));
    }
}
