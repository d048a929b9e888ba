package org.concordance.citations;

import java.util.List;
import java.util.Objects;

/**
 * A footnote as a popover shows it: the text as printed and each citation's work.
 *
 * @param citations empty for a commentary note
 */
public record ResolvedNote(String documentSlug, String label, String text, List<ResolvedCitation> citations) {
    public ResolvedNote {
        Objects.requireNonNull(documentSlug, "documentSlug");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(text, "text");
        citations = List.copyOf(citations);
    }

    public boolean isCommentary() {
        return citations.isEmpty();
    }
}
