package org.concordance.search;

import java.util.Objects;

/**
 * A completion offered as the reader types.
 *
 * @param kind the entry's kind, or {@link #TERM} for a frequent word of the texts
 * @param url where choosing it goes: the entry, or a search for the word
 */
public record Suggestion(String label, String kind, String url) {
    public static final String TERM = "term";

    public Suggestion {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(url, "url");
    }
}
