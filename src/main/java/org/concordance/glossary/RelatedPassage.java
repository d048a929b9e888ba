package org.concordance.glossary;

import java.util.List;
import java.util.Objects;
import org.concordance.content.Document;
import org.concordance.content.Entry;
import org.concordance.content.Paragraph;

/**
 * A paragraph of another document about the same things as the paragraph being read.
 *
 * @param shared the concepts and actors both paragraphs name, rarest first
 * @param score the sum of the shared entries' rarity weights; higher is closer
 */
public record RelatedPassage(Document document, Paragraph paragraph, List<Entry> shared, double score) {
    public RelatedPassage {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(paragraph, "paragraph");
        shared = List.copyOf(shared);
    }
}
