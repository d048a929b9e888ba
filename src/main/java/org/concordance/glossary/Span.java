package org.concordance.glossary;

import java.util.Objects;

/**
 * A piece of quoted text, in order with its neighbours; {@code marked} pieces are the words the
 * reader is shown (a mention of the entry, or of an entry two passages share).
 */
public record Span(String text, boolean marked) {
    public Span {
        Objects.requireNonNull(text, "text");
    }
}
