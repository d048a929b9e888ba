package org.concordance.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.automaton.Operations;

/**
 * Turns a page of hits into results: stored fields, and a snippet of the text with the matches
 * marked. Thread-safe; one highlighter is made per page, as it holds the page's searcher.
 */
final class Highlighting {
    private static final int HIGHLIGHT_EXPANSIONS = 64;
    private static final int SNIPPET_CHARS = 200;
    private static final int SNIPPET_PASSAGES = 2;

    private final Analyzer analyzer = Analysis.index();

    /**
     * The query's positive parts, each enough on its own: the highlighter matches the query against
     * the text of one field, where filters and required clauses on other fields would match nothing.
     */
    static Query forHighlighting(Query query) {
        if (query instanceof BooleanQuery bool) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (BooleanClause clause : bool.clauses()) {
                if (clause.getOccur() != BooleanClause.Occur.FILTER && clause.getOccur() != BooleanClause.Occur.MUST_NOT) {
                    any.add(forHighlighting(clause.getQuery()), BooleanClause.Occur.SHOULD);
                }
            }
            return any.build();
        }
        if (query instanceof BoostQuery boost) {
            return forHighlighting(boost.getQuery());
        }
        if (query instanceof ConstantScoreQuery constant) {
            return forHighlighting(constant.getQuery());
        }
        // Expanded once here to the best few words, rather than once for every hit by the highlighter.
        MultiTermQuery.RewriteMethod words = new MultiTermQuery.TopTermsScoringBooleanQueryRewrite(HIGHLIGHT_EXPANSIONS);
        if (query instanceof FuzzyQuery fuzzy) {
            return new FuzzyQuery(fuzzy.getTerm(), fuzzy.getMaxEdits(), fuzzy.getPrefixLength(), HIGHLIGHT_EXPANSIONS,
                    fuzzy.getTranspositions(), words);
        }
        if (query instanceof PrefixQuery prefix) {
            return new PrefixQuery(prefix.getPrefix(), words);
        }
        if (query instanceof WildcardQuery wildcard) {
            return new WildcardQuery(wildcard.getTerm(), Operations.DEFAULT_DETERMINIZE_WORK_LIMIT, words);
        }
        return query;
    }

    /**
     * The results for {@code page}, in its order.
     *
     * @param marked what to mark in the snippets, already rewritten to plain words
     */
    List<SearchHit> hits(IndexSearcher searcher, Query marked, ScoreDoc[] page) throws IOException {
        if (page.length == 0) {
            return List.of();
        }
        int[] docIds = new int[page.length];
        for (int i = 0; i < page.length; i++) {
            docIds[i] = page[i].doc;
        }
        Highlighter highlighter = new Highlighter(UnifiedHighlighter.builder(searcher, analyzer)
                .withFieldMatcher(field -> true)
                .withFormatter(new Snippets())
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ENGLISH), SNIPPET_CHARS, 0.5f))
                .withMaxLength(100_000));
        Object[] snippets = highlighter.snippets(marked, docIds);
        StoredFields stored = searcher.storedFields();
        List<SearchHit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            Document doc = stored.document(page[i].doc);
            Snippets.Snippet snippet = snippets != null && snippets[i] instanceof Snippets.Snippet s
                    ? s
                    : Snippets.plain(Objects.requireNonNullElse(doc.get(Fields.BODY), ""));
            hits.add(new SearchHit(doc.get(Fields.KIND), doc.get(Fields.ID), doc.get(Fields.TITLE),
                    Optional.ofNullable(doc.get(Fields.DOC)), Optional.ofNullable(doc.get(Fields.DOC_TITLE)),
                    Optional.ofNullable(doc.get(Fields.SECTION)), doc.get(Fields.URL), snippet.html(), snippet.terms(),
                    page[i].score));
        }
        return hits;
    }

    /** Exposes the highlighter's formatted objects, which carry the matched words with the snippet. */
    private static final class Highlighter extends UnifiedHighlighter {
        Highlighter(UnifiedHighlighter.Builder builder) {
            super(builder);
        }

        Object[] snippets(Query query, int[] docIds) throws IOException {
            return highlightFieldsAsObjects(new String[] {Fields.BODY}, query, docIds, new int[] {SNIPPET_PASSAGES})
                    .get(Fields.BODY);
        }
    }
}
