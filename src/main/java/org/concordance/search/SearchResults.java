package org.concordance.search;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of results.
 *
 * @param query the text as the reader gave it
 * @param total the number of hits with the filters applied
 * @param documents hits per document for the query with the kind filter only, most first; at most
 *     25 documents, always including the one filtered on
 * @param kinds hits per kind for the query with the document filter only, most first
 * @param notice a short message when the text was not searched as written
 * @param didYouMean a corrected query text that finds more, when the query found little
 */
public record SearchResults(String query, long total, int page, int size, List<SearchHit> hits,
        List<FacetCount> documents, List<FacetCount> kinds, Optional<String> notice, Optional<String> didYouMean) {

    public SearchResults {
        Objects.requireNonNull(query, "query");
        hits = List.copyOf(hits);
        documents = List.copyOf(documents);
        kinds = List.copyOf(kinds);
        Objects.requireNonNull(notice, "notice");
        Objects.requireNonNull(didYouMean, "didYouMean");
    }

    /** The number of pages the total fills, at least 1. */
    public long pages() {
        return Math.max(1, (total + size - 1) / size);
    }
}
