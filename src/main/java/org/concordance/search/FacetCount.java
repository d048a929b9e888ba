package org.concordance.search;

import java.util.Objects;

/**
 * How many hits a filter value would give.
 *
 * @param value what to pass back as the filter (a document slug or a kind)
 * @param label what to show (the document's title, or the kind)
 */
public record FacetCount(String value, String label, int count) {
    public FacetCount {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(label, "label");
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative, was " + count);
        }
    }
}
