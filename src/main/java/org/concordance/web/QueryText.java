package org.concordance.web;

import java.util.regex.Pattern;
import org.concordance.content.Title;

/**
 * Text a reader typed into an address (a search, a works filter, a network filter), as pages echo
 * it: in a heading, the {@code <title>}, a meta description, the search box. Nothing typed can break
 * the page around it: control characters are spaces, the text is capped without splitting a
 * character, and its directional formatting is balanced ({@link Title#balanced}), so an override
 * typed into a search does not reorder the site's own words after it.
 */
final class QueryText {
    /** Compiled once: every search, kept or not, cleans its query. */
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private QueryText() {
    }

    /**
     * {@code raw} (null for none) cleaned, at most {@code max} UTF-16 units before the closers of any
     * directional formatting left open.
     */
    static String of(String raw, int max) {
        String text = raw == null ? "" : CONTROL.matcher(raw).replaceAll(" ");
        if (text.length() > max) {
            int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
            text = text.substring(0, end);
        }
        return Title.balanced(text);
    }
}
