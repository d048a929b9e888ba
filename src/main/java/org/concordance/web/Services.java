package org.concordance.web;

import java.util.Objects;
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
 * @param search the library's search index; at start-up the pages are served while it is still being
 *     built, and search answers 503 until it completes (exceptionally when it could not be built)
 */
public record Services(Library library, CompletableFuture<SearchIndex> search, Bibliography bibliography, CitationFormatter citations,
        BaseUrl baseUrl, Glossary glossary, Network network) {
    public Services {
        Objects.requireNonNull(library, "library");
        Objects.requireNonNull(search, "search");
        Objects.requireNonNull(bibliography, "bibliography");
        Objects.requireNonNull(citations, "citations");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(glossary, "glossary");
        Objects.requireNonNull(network, "network");
    }
}
