package org.concordance.citations;

import java.util.List;
import java.util.Objects;

/**
 * A footnote's citations, each with its work. The note's text is the library's ({@code Note#text}),
 * not copied here: a large library's notes would be held twice.
 *
 * @param citations empty for a commentary note
 */
public record ResolvedNote(String documentSlug, String label, List<ResolvedCitation> citations) {
    public ResolvedNote {
        Objects.requireNonNull(documentSlug, "documentSlug");
        Objects.requireNonNull(label, "label");
        citations = List.copyOf(citations);
    }

    public boolean isCommentary() {
        return citations.isEmpty();
    }
}
