package org.concordance.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreCachingWrappingScorer;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * Runs a query once over every match and counts what the filters need: the total with both filters,
 * hits per document with the kind filter only, hits per kind with the document filter only; and
 * keeps the best hits with both filters. Without a kind filter the cards' kinds
 * ({@link Searchable#CARD_KINDS}) are left out of the total and the hits: they are shown apart.
 */
final class Counting {
    /** Enough documents to filter by; a long tail of counts helps no reader and costs every query. */
    static final int MAX_DOCUMENT_FACETS = 25;

    private Counting() {
    }

    /**
     * What one pass found.
     *
     * @param complete how many of the {@code total} hits scored at least the threshold given
     */
    record Counts(long total, long complete, List<FacetCount> documents, List<FacetCount> kinds, TopDocs top) {
        Counts withTop(TopDocs reordered) {
            return new Counts(total, complete, documents, kinds, reordered);
        }
    }

    /**
     * Counts and the best {@code wanted} hits of {@code query} for the request's filters.
     *
     * @param ordinals the documents' facet values of {@code searcher}'s reader, numbered across its segments
     * @param threshold the score from which a hit counts as {@link Counts#complete}
     */
    // One collector: the searcher has no executor, so a CollectorManager would only add merging code.
    @SuppressWarnings("deprecation")
    static Counts count(IndexSearcher searcher, FacetOrdinals ordinals, Query query, SearchRequest request, int wanted,
            float threshold) throws IOException {
        TopScoreDocCollector best = new TopScoreDocCollectorManager(Math.max(1, wanted), Integer.MAX_VALUE).newCollector();
        Map<String, Integer> kinds = new HashMap<>();
        long[] total = {0, 0};
        BytesRef wantedDocument = request.document().map(BytesRef::new).orElse(null);
        BytesRef wantedKind = request.kind().map(BytesRef::new).orElse(null);
        // Hits per document, by the facet values' numbers across the segments.
        int[] documentCounts = new int[ordinals.valueCount()];
        // The number of the document filtered on; -1 until it is found.
        long[] wantedFacet = {-1};
        searcher.search(query, new SimpleCollector() {
            private LeafCollector bestLeaf;
            private Scorable scores;
            private SortedDocValues kind;
            private SortedDocValues doc;
            private SortedDocValues facet;
            private int kindOrd;
            private int docOrd;
            /** Per kind ordinal of this segment: whether a hit of that kind is listed. */
            private boolean[] listed;
            private int[] kindCounts;
            private int[] facetCounts;
            private int segment;

            @Override
            protected void doSetNextReader(LeafReaderContext context) throws IOException {
                flush();
                segment = context.ord;
                bestLeaf = best.getLeafCollector(context);
                kind = context.reader().getSortedDocValues(Fields.KIND);
                doc = context.reader().getSortedDocValues(Fields.DOC);
                facet = context.reader().getSortedDocValues(Fields.DOC_FACET);
                kindOrd = wantedKind == null ? -1 : kind == null ? -2 : kind.lookupTerm(wantedKind);
                docOrd = wantedDocument == null ? -1 : doc == null ? -2 : doc.lookupTerm(wantedDocument);
                kindCounts = kind == null ? new int[0] : new int[kind.getValueCount()];
                facetCounts = facet == null ? new int[0] : new int[facet.getValueCount()];
                listed = new boolean[kindCounts.length];
                for (int i = 0; i < listed.length; i++) {
                    listed[i] = wantedKind == null ? !Searchable.CARD_KINDS.contains(kind.lookupOrd(i).utf8ToString())
                            : i == kindOrd;
                }
            }

            @Override
            public void collect(int docId) throws IOException {
                int k = kind != null && kind.advanceExact(docId) ? kind.ordValue() : -3;
                int d = doc != null && doc.advanceExact(docId) ? doc.ordValue() : -3;
                boolean kindMatches = k >= 0 && listed[k];
                boolean docMatches = wantedDocument == null || (docOrd >= 0 && d == docOrd);
                if (kindMatches && docMatches) {
                    total[0]++;
                    bestLeaf.collect(docId);
                    if (scores.score() >= threshold) {
                        total[1]++;
                    }
                }
                if (docMatches && k >= 0) {
                    kindCounts[k]++;
                }
                if (kindMatches && facet != null && facet.advanceExact(docId)) {
                    facetCounts[facet.ordValue()]++;
                }
            }

            @Override
            public void finish() throws IOException {
                flush();
            }

            private void flush() throws IOException {
                for (int i = 0; kindCounts != null && i < kindCounts.length; i++) {
                    if (kindCounts[i] > 0) {
                        kinds.merge(kind.lookupOrd(i).utf8ToString(), kindCounts[i], Integer::sum);
                    }
                }
                if (facetCounts != null) {
                    for (int i = 0; i < facetCounts.length; i++) {
                        if (facetCounts[i] > 0) {
                            documentCounts[(int) ordinals.global(segment, i)] += facetCounts[i];
                        }
                    }
                    if (docOrd >= 0 && wantedFacet[0] < 0) {
                        int ord = facetOrd(facet, wantedDocument);
                        if (ord >= 0) {
                            wantedFacet[0] = ordinals.global(segment, ord);
                        }
                    }
                }
                kindCounts = null;
                facetCounts = null;
            }

            @Override
            public void setScorer(Scorable scorer) throws IOException {
                // Scored once for both the best hits and the threshold.
                scores = ScoreCachingWrappingScorer.wrap(scorer);
                bestLeaf.setScorer(scores);
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE;
            }
        });
        Comparator<FacetCount> mostFirst = Comparator.comparingInt(FacetCount::count).reversed()
                .thenComparing(FacetCount::label).thenComparing(FacetCount::value);
        List<FacetCount> allDocuments = new ArrayList<>();
        for (int global : mostHit(documentCounts, (int) wantedFacet[0])) {
            String[] slugAndTitle = ordinals.value(searcher.getIndexReader(), global).utf8ToString()
                    .split(Fields.SEPARATOR, 2);
            allDocuments.add(new FacetCount(slugAndTitle[0], slugAndTitle[1], documentCounts[global]));
        }
        allDocuments.sort(mostFirst);
        List<FacetCount> byDocument = new ArrayList<>(allDocuments.subList(0, Math.min(MAX_DOCUMENT_FACETS,
                allDocuments.size())));
        request.document().ifPresent(slug -> allDocuments.stream()
                .filter(f -> f.value().equals(slug) && !byDocument.contains(f)).forEach(byDocument::add));
        List<FacetCount> byKind = kinds.entrySet().stream()
                .map(e -> new FacetCount(e.getKey(), e.getKey(), e.getValue())).sorted(mostFirst).toList();
        return new Counts(total[0], total[1], byDocument, byKind, best.topDocs());
    }

    /**
     * The numbers of the documents that may be listed: every document hit at least as often as the
     * {@link #MAX_DOCUMENT_FACETS}th most hit (all tied with it, so the list ordered by count and
     * title is the same whatever the index's segments), and {@code wanted}, when hit. Only these
     * values are read: a broad query hits nearly every document of a large library.
     */
    private static List<Integer> mostHit(int[] counts, int wanted) {
        int[] most = IntStream.of(counts).filter(count -> count > 0).boxed().sorted(Collections.reverseOrder())
                .limit(MAX_DOCUMENT_FACETS).mapToInt(Integer::intValue).toArray();
        int least = most.length < MAX_DOCUMENT_FACETS ? 1 : most[most.length - 1];
        return IntStream.range(0, counts.length).filter(i -> counts[i] >= least || i == wanted && counts[i] > 0)
                .boxed().toList();
    }

    /** The ordinal of a document's facet value, found by its slug, or -1. */
    private static int facetOrd(SortedDocValues facet, BytesRef slug) throws IOException {
        TermsEnum values = facet.termsEnum();
        BytesRef prefix = new BytesRef(slug.utf8ToString() + Fields.SEPARATOR);
        if (values.seekCeil(prefix) != TermsEnum.SeekStatus.END && StringHelper.startsWith(values.term(), prefix)) {
            return (int) values.ord();
        }
        return -1;
    }
}
