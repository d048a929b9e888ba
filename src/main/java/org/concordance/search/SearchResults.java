package org.concordance.search;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of results.
 *
 * @param query the text as the reader gave it
 * @param total the number of hits with the filters applied
 * @param withEveryWord how many of {@code total} have every word asked for (all of them when one word
 *     was asked for): the rest have some of the words, as a search of several words finds either
 * @param hits the page's hits, best first: passages, notes and documents (and any kind other than the
 *     cards'), or the entries of the one kind filtered on
 * @param entries the cards the query names, at most three, on the first page only; none when the
 *     kind filter asks for one of the cards' kinds (they are the hits then)
 * @param documents hits per document for the query with the kind filter only, most first; at most
 *     25 documents, always including the one filtered on
 * @param kinds hits per kind for the query with the document filter only, most first
 * @param notice a short message when the text was not searched as written
 * @param correctedQuery the corrected text the hits are for, when the query as typed had a word in
 *     no text and its correction found what it could not
 * @param didYouMean a corrected text that finds more, offered but not searched
 * @param closeEntries when nothing is found: cards whose names are close to the query's words
 */
public record SearchResults(String query, long total, long withEveryWord, int page, int size, List<SearchHit> hits,
        List<EntryCard> entries, List<FacetCount> documents, List<FacetCount> kinds, Optional<String> notice,
        Optional<String> correctedQuery, Optional<String> didYouMean, List<EntryCard> closeEntries) {

    public SearchResults {
        Objects.requireNonNull(query, "query");
        if (withEveryWord < 0 || withEveryWord > total) {
            throw new IllegalArgumentException("withEveryWord must be within 0 and the total " + total + ", was " + withEveryWord);
        }
        hits = List.copyOf(hits);
        entries = List.copyOf(entries);
        documents = List.copyOf(documents);
        kinds = List.copyOf(kinds);
        Objects.requireNonNull(notice, "notice");
        Objects.requireNonNull(correctedQuery, "correctedQuery");
        Objects.requireNonNull(didYouMean, "didYouMean");
        closeEntries = List.copyOf(closeEntries);
    }

    /** Nothing found, for a blank query or before searching. */
    public static SearchResults none(SearchRequest request) {
        return new SearchResults(request.text(), 0, 0, request.page(), request.size(), List.of(), List.of(), List.of(),
                List.of(), Optional.empty(), Optional.empty(), Optional.empty(), List.of());
    }

    /** The number of pages the total fills, at least 1. */
    public long pages() {
        return Math.max(1, (total + size - 1) / size);
    }

    /** Whether the page asked for is past the last page of hits. */
    public boolean pastTheEnd() {
        return page > pages();
    }
}
