package org.concordance.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.concordance.content.Progress;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The library's full-text index: the one door to searching it. Built on disk by {@link IndexStore}
 * (rebuilt whenever the content or its entries change), queried here: the query is parsed
 * ({@link QueryTranslator}), the entries it names are recognised ({@link NamedEntries}), the hits
 * ordered ({@link Ranking}) and counted ({@link Counting}), a misspelling corrected ({@link Spelling})
 * and the page's snippets marked ({@link Highlighting}); completions come from {@link Suggestions}.
 *
 * <p>Thread-safe: searches run concurrently through a {@link SearcherManager}; suggestions through the
 * suggester's own searcher. Query text never causes an exception.
 */
public final class SearchIndex implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);

    static final String CURRENT = IndexStore.CURRENT;
    static final int MAX_DOCUMENT_FACETS = Counting.MAX_DOCUMENT_FACETS;
    /** Fewer hits than this and the reader is offered a spelling correction, if one finds more. */
    /** The folder, inside the live index's, where its completions are kept ({@link Suggestions}). */
    private static final String SUGGESTIONS = "suggestions";
    private static final int FEW_HITS = 3;
    /** Cards shown above the results at most. */
    static final int MAX_CARDS = 3;
    /** Shorter last words are not read as a word's start: too many words begin so. */
    private static final int MIN_PREFIX = 3;

    private final FSDirectory directory;
    private final SearcherManager searchers;
    private final QueryTranslator translator;
    private final Ranking ranking;
    private final Analyzer plain;
    private final Analyzer names = Analysis.names();
    private final Analyzer words = Analysis.words();
    private final Highlighting highlighting = new Highlighting();
    private final Spelling spelling;
    private final Suggestions suggestions;
    private final boolean rebuilt;
    /** The index is read-only and its reader never changes: its facet values are numbered once. */
    private final FacetOrdinals facetOrdinals;

    private SearchIndex(FSDirectory directory, Synonyms synonyms, Suggestions suggestions, boolean rebuilt)
            throws IOException {
        this.directory = directory;
        this.searchers = new SearcherManager(directory, null);
        this.suggestions = suggestions;
        this.rebuilt = rebuilt;
        Synonyms spelled;
        WrittenForms written;
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                this.facetOrdinals = FacetOrdinals.of(searcher.getIndexReader());
                // The index never changes under this object: which name words are searched with their
                // other spellings is settled once, from the texts it holds.
                spelled = synonyms.withSpellings(NameSpellings.of(searcher, Respellings.of(synonyms.groups())));
                written = WrittenForms.of(searcher.getIndexReader());
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException | RuntimeException e) {
            searchers.close();
            throw e;
        }
        this.translator = new QueryTranslator(spelled);
        this.plain = Analysis.query(spelled, true);
        this.ranking = new Ranking(plain, Analysis.query(Synonyms.none(), false));
        this.spelling = new Spelling(plain, written);
    }

    /**
     * Opens the index in {@code indexDir}, building it from {@code entries} unless the index there was
     * built for this {@code fingerprint}, or updating that one in place when it was made by the same
     * code and few entries changed (IndexUpdate); the entries are made only when the index is made,
     * so a start with an index to reuse never makes them.
     *
     * @param fingerprint identifies everything the entries are made from: the content and the code
     *     that makes them ({@link org.concordance.content.Build}); another fingerprint, another index
     * @param entries makes every entry of the library, in the order equally ranked hits are listed
     * @throws UncheckedIOException naming the folder when it cannot be written
     * @throws IllegalArgumentException when two entries share an id
     */
    public static SearchIndex open(Path indexDir, String fingerprint, Supplier<Entries> entries,
            Synonyms synonyms, Progress progress) {
        return open(indexDir, fingerprint, Optional.empty(), entries, synonyms, progress);
    }

    /**
     * {@link #open(Path, String, Supplier, Synonyms, Progress)}, not reading again an index that
     * {@code checked} found whole, when it was made for this fingerprint and is still the live one.
     */
    public static SearchIndex open(Path indexDir, String fingerprint, Optional<Checked> checked, Supplier<Entries> entries,
            Synonyms synonyms, Progress progress) {
        Objects.requireNonNull(indexDir, "indexDir");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(checked, "checked");
        Objects.requireNonNull(entries, "entries");
        Objects.requireNonNull(synonyms, "synonyms");
        try {
            IndexStore.Opened opened = IndexStore.open(indexDir, fingerprint, checked.map(Checked::found), entries,
                    progress, Segments.ENTRIES);
            FSDirectory directory = FSDirectory.open(opened.folder());
            try {
                return new SearchIndex(directory, synonyms,
                        Suggestions.open(directory, opened.folder().resolve(SUGGESTIONS)), opened.rebuilt());
            } catch (IOException | RuntimeException e) {
                directory.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the search index in " + indexDir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Checks the index in {@code indexDir} as {@link #open} would, changing nothing: its commit read
     * and every file of it checksummed. A restart does this as the app starts, before it knows the
     * content's fingerprint, so that opening the index for it later takes only the opening when the
     * index was made for it. Empty when the index there was made by another build, or there is none,
     * or it cannot be read: {@link #open} reports and mends that.
     *
     * @throws java.util.concurrent.CancellationException when the thread is interrupted
     */
    public static Optional<Checked> check(Path indexDir) {
        return IndexStore.check(Objects.requireNonNull(indexDir, "indexDir")).map(Checked::new);
    }

    /** An index {@link #check} found whole, for {@link #open} to open without reading it again. */
    public static final class Checked {
        private final IndexStore.Checked found;

        private Checked(IndexStore.Checked found) {
            this.found = found;
        }

        private IndexStore.Checked found() {
            return found;
        }
    }

    /** Whether {@link #open} made the index (built it, or updated the one on disk) rather than reusing it as it was. */
    public boolean rebuilt() {
        return rebuilt;
    }

    /**
     * One page of hits for the request, with the cards it names and counts for the filters. Never
     * throws for any query text; text that is not valid syntax is searched as plain words and the
     * results carry a notice. A word in no text is corrected to the library's spelling when that
     * finds what the query could not (unless {@link SearchRequest#asTyped()}).
     */
    public SearchResults search(SearchRequest request) {
        Objects.requireNonNull(request, "request");
        if (request.text().isBlank()) {
            return SearchResults.none(request);
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return search(searcher, request);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search index in " + directory.getDirectory(), e);
        }
    }

    /** One query run: what it was, what it named, what it found. */
    private record Run(String text, QueryTranslator.Translation translation, QueryWords words,
            List<NamedEntries.Named> named, Optional<String> prefix, Ranking.Plan plan, Counting.Counts counts) {
    }

    /** The run whose hits are shown, the corrected text it ran, and a correction only offered. */
    private record Spelled(Run run, Optional<String> corrected, Optional<String> didYouMean) {
    }

    private SearchResults search(IndexSearcher searcher, SearchRequest request) throws IOException {
        Spelled spelled = spell(searcher, request, run(searcher, request, request.text()));
        Run run = spelled.run();
        Optional<String> corrected = spelled.corrected();
        Optional<String> didYouMean = spelled.didYouMean();
        Counting.Counts counts = run.counts();
        long offset = (long) (request.page() - 1) * request.size();
        List<SearchHit> hits = List.of();
        if (offset < counts.top().scoreDocs.length) {
            ScoreDoc[] page = Arrays.copyOfRange(counts.top().scoreDocs, (int) offset,
                    (int) Math.min(counts.top().scoreDocs.length, offset + request.size()));
            hits = highlighting.hits(searcher, searcher.rewrite(Highlighting.forHighlighting(run.plan().marked())), page);
        }
        List<EntryCard> cards = request.page() == 1 && !request.listsCards()
                ? NamedEntries.cards(searcher.getIndexReader(), run.named(), MAX_CARDS)
                : List.of();
        List<EntryCard> close = counts.total() == 0 ? NamedEntries.close(searcher, run.words()) : List.of();
        return new SearchResults(request.text(), counts.total(), counts.complete(), request.page(), request.size(), hits, cards,
                counts.documents(), counts.kinds(), run.translation().notice(), corrected, didYouMean, close);
    }

    /**
     * When a run finds little, or nothing with every word, and a word of it is in no text: the run of
     * the text in the library's spelling instead, if it finds what the first could not (nothing at all,
     * or nothing with every word); else that spelling, offered, if it finds more.
     */
    private Spelled spell(IndexSearcher searcher, SearchRequest request, Run run) throws IOException {
        long total = run.counts().total();
        // A fuzzy query already forgives misspellings; correcting it again would cost and add nothing.
        if (request.text().indexOf('~') >= 0 || (total >= FEW_HITS && run.counts().complete() > 0)) {
            return new Spelled(run, Optional.empty(), Optional.empty());
        }
        Optional<String> correction = spelling.correct(searcher, request.text(), run.words(), run.prefix());
        if (correction.isEmpty()) {
            return new Spelled(run, Optional.empty(), Optional.empty());
        }
        Run better = run(searcher, request, correction.get());
        boolean finds = total == 0 ? better.counts().total() > 0
                : run.counts().complete() == 0 && better.counts().complete() > 0;
        if (finds && !request.asTyped()) {
            return new Spelled(better, correction, Optional.empty());
        }
        return new Spelled(run, Optional.empty(), better.counts().total() > total ? correction : Optional.empty());
    }

    private Run run(IndexSearcher searcher, SearchRequest request, String text) throws IOException {
        QueryTranslator.Translation translation = translator.translate(text);
        try {
            return run(searcher, request, text, translation);
        } catch (RuntimeException e) {
            // A valid query that still cannot run (too many expanded terms, say): search the words.
            if (translation.notice().isPresent()) {
                throw e;
            }
            LOG.debug("query {} failed, searching its words", text, e);
            return run(searcher, request, text, translator.literal(translation.words(), QueryTranslator.NOT_SYNTAX));
        }
    }

    private Run run(IndexSearcher searcher, SearchRequest request, String text, QueryTranslator.Translation translation)
            throws IOException {
        QueryWords asked = QueryWords.of(text, names);
        Optional<String> prefix = prefix(searcher, asked, translation);
        List<NamedEntries.Named> named = NamedEntries.find(searcher, asked, prefix);
        Ranking.Plan plan = ranking.plan(translation, asked, named, prefix);
        // Rewritten once: fuzzy and prefix words become the index words they stand for.
        Query ranked = searcher.rewrite(plan.ranked());
        long offset = (long) (request.page() - 1) * request.size();
        // The hits of the page are collected in the same pass as the counts; past the last page, none.
        long wanted = Math.max(offset + request.size(), plan.near().isPresent() ? Ranking.RESCORED : 0);
        Counting.Counts counts = Counting.count(searcher, facetOrdinals, ranked, request,
                (int) Math.min(wanted, Math.max(1, searcher.getIndexReader().maxDoc())), plan.allWords());
        if (plan.near().isPresent()) {
            counts = counts.withTop(nearer(searcher, counts.top(), plan.near().get()));
        }
        return new Run(text, translation, asked, named, prefix, plan, counts);
    }

    /**
     * The best hits with their words' nearness added, in their new order. Only adds, so the hits
     * after the first {@link Ranking#RESCORED} stay below them.
     */
    private static TopDocs nearer(IndexSearcher searcher, TopDocs top, Query near) throws IOException {
        if (top.scoreDocs.length == 0) {
            return top;
        }
        int window = Math.min(Ranking.RESCORED, top.scoreDocs.length);
        TopDocs best = new TopDocs(top.totalHits, Arrays.copyOf(top.scoreDocs, window));
        TopDocs rescored = QueryRescorer.rescore(searcher, best, near, 1, window);
        ScoreDoc[] all = Arrays.copyOf(rescored.scoreDocs, top.scoreDocs.length);
        System.arraycopy(top.scoreDocs, window, all, window, top.scoreDocs.length - window);
        return new TopDocs(top.totalHits, all);
    }

    /** The last word, folded, when it may be typed half-way: plain words, and the last is no word of the library. */
    private Optional<String> prefix(IndexSearcher searcher, QueryWords asked, QueryTranslator.Translation translation)
            throws IOException {
        if (!asked.plain() || translation.notice().isPresent() || asked.last().isEmpty()) {
            return Optional.empty();
        }
        String word = asked.words().get(asked.last().get());
        String folded = words.normalize(Fields.ALL, word).utf8ToString();
        if (folded.length() < MIN_PREFIX || Analysis.isCapitals(word) || spelling.hits(searcher, word) > 0) {
            return Optional.empty();
        }
        return Optional.of(folded);
    }



    /**
     * Completions for what the reader has typed so far: entry titles (documents and cards, not the
     * numbered paragraphs and notes), then frequent words of the texts.
     *
     * @throws IllegalArgumentException when max is not between 1 and 50
     */
    public List<Suggestion> suggest(String prefix, int max) {
        Objects.requireNonNull(prefix, "prefix");
        return suggestions.suggest(prefix, max);
    }

    @Override
    public void close() {
        try (directory; suggestions) {
            searchers.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the search index in " + directory.getDirectory(), e);
        }
    }
}
