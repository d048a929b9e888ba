package org.concordance.search;

import java.util.Objects;
import java.util.Optional;

/**
 * What a reader asked for. The text may be anything at all; only the paging is validated.
 *
 * @param text the query as typed, possibly empty
 * @param document only entries of this document slug, when present
 * @param kind only entries of this kind, when present; when absent, everything but the cards
 *     ({@link Searchable#CARD_KINDS}), which are shown apart
 * @param page the page of results, from 1
 * @param size hits per page, 1 to {@value #MAX_SIZE}
 * @param asTyped search the words as typed: never replace a misspelled word with the library's
 *     spelling (it is only offered)
 */
public record SearchRequest(String text, Optional<String> document, Optional<String> kind, int page, int size,
        boolean asTyped) {
    public static final int DEFAULT_SIZE = 10;
    public static final int MAX_SIZE = 100;

    public SearchRequest {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(kind, "kind");
        if (page < 1) {
            throw new IllegalArgumentException("page must be 1 or more, was " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE + ", was " + size);
        }
        document = document.filter(d -> !d.isBlank());
        kind = kind.filter(k -> !k.isBlank());
    }

    /** The first page of ten hits for the text, over everything. */
    public static SearchRequest of(String text) {
        return new SearchRequest(text, Optional.empty(), Optional.empty(), 1, DEFAULT_SIZE, false);
    }

    public SearchRequest withDocument(String slug) {
        return new SearchRequest(text, Optional.of(slug), kind, page, size, asTyped);
    }

    public SearchRequest withKind(String newKind) {
        return new SearchRequest(text, document, Optional.of(newKind), page, size, asTyped);
    }

    public SearchRequest withPage(int newPage, int newSize) {
        return new SearchRequest(text, document, kind, newPage, newSize, asTyped);
    }

    public SearchRequest withWordsAsTyped() {
        return new SearchRequest(text, document, kind, page, size, true);
    }

    /** Whether the cards are among the hits, the kind filter asking for one of their kinds. */
    boolean listsCards() {
        return kind.filter(Searchable.CARD_KINDS::contains).isPresent();
    }
}
