package org.concordance.content;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Words quoted verbatim from the library, with where they stand.
 *
 * @param document the slug of the document quoted
 * @param anchor the fragment id of the paragraph ({@code p-5}) or note ({@code fn-14}) quoted,
 *     so a link is {@code /documents/{document}#{anchor}}
 */
public record Quotation(String text, String document, String anchor) {
    public Quotation {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(anchor, "anchor");
        if (!anchor.matches("p-[1-9][0-9]*|fn-[A-Za-z0-9]+")) {
            throw new IllegalArgumentException("a quotation points at p-N or fn-LABEL, was " + anchor);
        }
    }

    public OptionalInt paragraph() {
        return anchor.startsWith("p-") ? OptionalInt.of(Integer.parseInt(anchor.substring(2))) : OptionalInt.empty();
    }

    public Optional<String> note() {
        return anchor.startsWith("fn-") ? Optional.of(anchor.substring(3)) : Optional.empty();
    }

    /** "¶ 5" or "note 14", for a citation line. */
    public String place() {
        return paragraph().isPresent() ? "¶ " + paragraph().getAsInt() : "note " + note().orElseThrow();
    }
}
