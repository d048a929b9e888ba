package org.concordance.citations;

import java.util.List;
import java.util.Objects;

/**
 * A footnote read as citations. The raw text is always kept, so a page can show the note as printed.
 *
 * @param citations in the order written; empty for a note that is commentary only
 */
public record ParsedNote(String text, List<Citation> citations) {
    public ParsedNote {
        Objects.requireNonNull(text, "text");
        citations = List.copyOf(citations);
    }

    public boolean isCommentary() {
        return citations.isEmpty();
    }
}
