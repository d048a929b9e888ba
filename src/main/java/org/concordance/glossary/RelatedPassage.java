package org.concordance.glossary;

import java.util.List;
import java.util.Objects;
import org.concordance.content.Document;
import org.concordance.content.Entry;
import org.concordance.content.Paragraph;

/**
 * A passage of another document about the same things as the paragraph being read: one or two of
 * its sentences, with the words naming what the two share marked.
 *
 * @param excerpt the sentences shown, "…" marking text left out; marked spans name a shared entry
 * @param shared the concepts and actors both passages name, rarest first
 * @param score the sum of the shared entries' rarity weights within the sentences; higher is closer
 */
public record RelatedPassage(Document document, Paragraph paragraph, List<Span> excerpt,
        List<Entry> shared, double score) {
    public RelatedPassage {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(paragraph, "paragraph");
        excerpt = List.copyOf(excerpt);
        shared = List.copyOf(shared);
    }

    /** The marked words, each once, in order: what the target page marks on arrival. */
    public List<String> marks() {
        return excerpt.stream().filter(Span::marked).map(Span::text).distinct().toList();
    }
}
