package org.concordance.citations;

import java.util.Objects;

/**
 * A work named in a document's own text (not in a note), in paragraph {@code paragraph}.
 *
 * @param text the title as the paragraph prints it (the text of its {@code <em>}), for the page to link
 */
public record Mention(String workSlug, String documentSlug, int paragraph, String text) {
    public Mention {
        Objects.requireNonNull(text, "text");
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
