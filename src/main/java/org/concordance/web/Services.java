package org.concordance.web;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.concordance.citations.Bibliography;
import org.concordance.citations.CitationFormatter;
import org.concordance.content.Library;
import org.concordance.glossary.Glossary;
import org.concordance.network.Network;
import org.concordance.search.SearchIndex;

/**
 * Everything the pages read, built once by the composition root. All of it is immutable or thread-safe.
 *
 * @param search the library's search index; the pages are served while it is still being built or
 *     updated, and search answers from {@code searchMeanwhile} until it completes, or 503 without one
 *     (at start-up)
 * @param searchMeanwhile the index of the library served before this one, when this one replaced it
 *     (a watched change): it answers searches until this library's own index is open (a second or
 *     two at 10,000 documents), as a search engine's index follows a document store a refresh
 *     behind; its results are not kept
 */
public record Services(Library library, CompletableFuture<SearchIndex> search, Optional<SearchIndex> searchMeanwhile,
        Bibliography bibliography, CitationFormatter citations, BaseUrl baseUrl, Glossary glossary, Network network) {
    public Services {
        Objects.requireNonNull(searchMeanwhile, "searchMeanwhile");
        Objects.requireNonNull(library, "library");
        Objects.requireNonNull(search, "search");
        Objects.requireNonNull(bibliography, "bibliography");
        Objects.requireNonNull(citations, "citations");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(glossary, "glossary");
        Objects.requireNonNull(network, "network");
    }

    /** These services, answering searches with {@code earlier} until their own index is open. */
    public Services searchingMeanwhile(SearchIndex earlier) {
        return new Services(library, search, Optional.of(earlier), bibliography, citations, baseUrl, glossary, network);
    }
}
