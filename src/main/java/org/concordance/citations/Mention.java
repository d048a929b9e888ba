package org.concordance.citations;

import java.util.Objects;

/** A work named in a document's own text (not in a note), in paragraph {@code paragraph}. */
public record Mention(String workSlug, String documentSlug, int paragraph) {
    public Mention {
        Objects.requireNonNull(workSlug, "workSlug");
        Objects.requireNonNull(documentSlug, "documentSlug");
        if (paragraph < 1) {
            throw new IllegalArgumentException("paragraph numbers start at 1, was " + paragraph);
        }
    }

    /** The paragraph in context: {@code /documents/{slug}#p-N}. */
    public String href() {
        return "/documents/" + documentSlug + "#p-" + paragraph;
    }
}
