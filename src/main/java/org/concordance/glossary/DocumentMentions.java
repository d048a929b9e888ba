package org.concordance.glossary;

import java.util.List;
import java.util.Objects;
import org.concordance.content.Document;

/**
 * How one document discusses an entry: one context line per paragraph or note mentioning it, in
 * reading order.
 *
 * @param paragraphs how many distinct paragraphs mention it (a note counts towards the paragraph citing it)
 */
public record DocumentMentions(Document document, List<KeywordInContext> lines, int paragraphs) {
    public DocumentMentions {
        Objects.requireNonNull(document, "document");
        lines = List.copyOf(lines);
    }

    /** How many times the document mentions the entry, in its paragraphs and notes. */
    public int count() {
        return lines.stream().mapToInt(KeywordInContext::hits).sum();
    }
}
