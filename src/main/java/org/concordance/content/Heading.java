package org.concordance.content;

import java.util.Objects;

/**
 * A section heading.
 *
 * @param level 2 for a section, 3 for a subsection (the document title is level 1)
 * @param anchor the fragment id of the heading, derived from its text and unique in the document
 */
public record Heading(int level, String text, String anchor) implements Block {
    public Heading {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(anchor, "anchor");
        if (level < 2 || level > 6) {
            throw new IllegalArgumentException("heading level must be 2..6, was " + level);
        }
    }
}
