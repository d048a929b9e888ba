package org.concordance.glossary;

import java.util.Objects;
import org.concordance.content.Concept;

/** A concept discussed alongside an entry, and in how many paragraphs the two meet. */
public record CoMention(Concept concept, int paragraphs) {
    public CoMention {
        Objects.requireNonNull(concept, "concept");
        if (paragraphs < 1) {
            throw new IllegalArgumentException("a co-mention needs at least one paragraph, was " + paragraphs);
        }
    }
}
