package org.concordance.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.IntStream;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.automaton.Operations;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.search.suggest.Lookup;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The library's full-text index, kept on disk and rebuilt whenever the content changes.
 *
 * <p>The index is derived data: {@link #open} reuses what is on disk only when it was built from the
 * same content (the fingerprint stored with its commit) and its files pass their checksums; anything
 * else, missing, stale, unreadable or corrupt, is rebuilt from the entries. A rebuild writes a fresh
 * folder and only then switches the {@code CURRENT} pointer to it, so a crash mid-build leaves the
 * previous index in use. One process at a time may own an index folder.
 *
 * <p>Thread-safe: searches run concurrently through a {@link SearcherManager}; suggestions through the
 * suggester's own searcher. Query text never causes an exception.
 */
public final class SearchIndex implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);

    /** Bump when the fields or their analysis change, so older indexes are rebuilt. */
    static final String SCHEMA = "3";
    static final String CURRENT = "CURRENT";
    private static final String FINGERPRINT = "fingerprint";

    /** Hits that match every term come before hits that match some: this lifts them above any BM25 score. */
    private static final float ALL_TERMS_BONUS = 1000f;
    /** Fewer hits than this and the reader is offered a spelling correction, if one finds more. */
    private static final int FEW_HITS = 3;
    private static final int FREQUENT_TERMS = 2000;
    /** Enough documents to filter by; a long tail of counts helps no reader and costs every query. */
    static final int MAX_DOCUMENT_FACETS = 25;
    private static final int HIGHLIGHT_EXPANSIONS = 64;
    /** Longer words are not words a reader misspelled, and are costly to correct. */
    private static final int MAX_SPELLED_LENGTH = 30;
    private static final Analyzer WORDS = Analysis.words();
    private static final int SNIPPET_CHARS = 200;
    private static final int SNIPPET_PASSAGES = 2;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}'\u2019]*");

    private static final FieldType WORDS_TYPE = wordsType();
    private static final FieldType BODY_TYPE = bodyType();

    private final FSDirectory directory;
    private final SearcherManager searchers;
    private final QueryTranslator translator;
    private final Analyzer highlightAnalyzer;
    private final AnalyzingInfixSuggester suggester;
    private final boolean rebuilt;

    private SearchIndex(FSDirectory directory, QueryTranslator translator, AnalyzingInfixSuggester suggester,
            boolean rebuilt) throws IOException {
        this.directory = directory;
        this.searchers = new SearcherManager(directory, null);
        this.translator = translator;
        this.highlightAnalyzer = Analysis.index();
        this.suggester = suggester;
        this.rebuilt = rebuilt;
    }

    /** Offsets in the postings let the highlighter find matches without analysing the text again. */
    private static FieldType bodyType() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    private static FieldType wordsType() {
        FieldType type = new FieldType();
        type.setIndexOptions(IndexOptions.DOCS);
        type.setTokenized(true);
        type.setOmitNorms(true);
        type.freeze();
        return type;
    }

    private static String digest(List<Searchable> entries) {
        try {
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            for (Searchable entry : entries) {
                digest.update(entry.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return java.util.HexFormat.of().formatHex(digest.digest(), 0, 12);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Opens the index in {@code indexDir}, building it from {@code entries} unless the index there was
     * built from content with this fingerprint.
     *
     * @param fingerprint identifies everything the entries were made from; entries added by later
     *     issues must be covered by it
     * @throws UncheckedIOException naming the folder when it cannot be written
     * @throws IllegalArgumentException when two entries share an id
     */
    public static SearchIndex open(Path indexDir, String fingerprint, List<Searchable> entries, Synonyms synonyms) {
        Objects.requireNonNull(indexDir, "indexDir");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(entries, "entries");
        Objects.requireNonNull(synonyms, "synonyms");
        // The entries' own digest too: the same content may yield other entries once the code that makes them changes.
        String stamp = "schema-" + SCHEMA + ":" + fingerprint + ":" + digest(entries);
        try {
            Files.createDirectories(indexDir);
            Optional<Path> reusable = reusable(indexDir, stamp);
            boolean rebuilt = reusable.isEmpty();
            Path live = rebuilt ? build(indexDir, stamp, entries) : reusable.get();
            FSDirectory directory = FSDirectory.open(live);
            try {
                AnalyzingInfixSuggester suggester = suggester(directory, entries);
                return new SearchIndex(directory, new QueryTranslator(synonyms), suggester, rebuilt);
            } catch (IOException | RuntimeException e) {
                directory.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the search index in " + indexDir + ": " + e.getMessage(), e);
        }
    }

    /** Whether {@link #open} built the index rather than reusing the one on disk. */
    public boolean rebuilt() {
        return rebuilt;
    }

    private static Optional<Path> reusable(Path indexDir, String stamp) {
        Path pointer = indexDir.resolve(CURRENT);
        if (!Files.isRegularFile(pointer)) {
            return Optional.empty();
        }
        try {
            String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
            if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
                return Optional.empty();
            }
            Path live = indexDir.resolve(name);
            try (FSDirectory directory = FSDirectory.open(live); DirectoryReader reader = DirectoryReader.open(directory)) {
                if (!stamp.equals(reader.getIndexCommit().getUserData().get(FINGERPRINT))) {
                    LOG.info("search index in {} is stale, rebuilding", indexDir);
                    return Optional.empty();
                }
                for (String file : reader.getIndexCommit().getFileNames()) {
                    try (IndexInput input = directory.openInput(file, IOContext.READONCE)) {
                        CodecUtil.checksumEntireFile(input);
                    }
                }
                return Optional.of(live);
            }
        } catch (IOException | RuntimeException e) {
            // Derived data: whatever is wrong with it, build it again.
            LOG.info("search index in {} is unreadable ({}), rebuilding", indexDir, e.toString());
            return Optional.empty();
        }
    }

    private static Path build(Path indexDir, String stamp, List<Searchable> entries) throws IOException {
        long started = System.nanoTime();
        Set<String> ids = new HashSet<>();
        for (Searchable entry : entries) {
            if (!ids.add(entry.id())) {
                throw new IllegalArgumentException("two search entries share the id " + entry.id());
            }
        }
        Path fresh = Files.createTempDirectory(indexDir, "gen-");
        Analyzer analyzer = new PerFieldAnalyzerWrapper(Analysis.index(), Map.of(Fields.WORDS, Analysis.words()));
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(64);
        try (FSDirectory directory = FSDirectory.open(fresh); IndexWriter writer = new IndexWriter(directory, config)) {
            for (Searchable entry : entries) {
                writer.addDocument(document(entry));
            }
            // Read-only from here on: one segment searches fastest.
            writer.forceMerge(1);
            writer.setLiveCommitData(Map.of(FINGERPRINT, stamp).entrySet());
            writer.commit();
        } finally {
            analyzer.close();
        }
        Path pointer = indexDir.resolve(CURRENT);
        Path next = indexDir.resolve(CURRENT + ".next");
        Files.writeString(next, fresh.getFileName().toString(), StandardCharsets.UTF_8);
        try {
            Files.move(next, pointer, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(next, pointer, StandardCopyOption.REPLACE_EXISTING);
        }
        removeOtherGenerations(indexDir, fresh);
        LOG.info("search index built: {} entries in {} ms", entries.size(), (System.nanoTime() - started) / 1_000_000);
        return fresh;
    }

    private static void removeOtherGenerations(Path indexDir, Path keep) {
        try (DirectoryStream<Path> children = Files.newDirectoryStream(indexDir, "gen-*")) {
            for (Path child : children) {
                if (!child.equals(keep)) {
                    deleteTree(child);
                }
            }
        } catch (IOException e) {
            LOG.debug("could not remove old search index folders in {}", indexDir, e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static Document document(Searchable entry) {
        Document doc = new Document();
        doc.add(new StringField(Fields.ID, entry.id(), Field.Store.YES));
        doc.add(new StringField(Fields.KIND, entry.kind(), Field.Store.YES));
        doc.add(new SortedDocValuesField(Fields.KIND, new BytesRef(entry.kind())));
        doc.add(new StoredField(Fields.URL, entry.url()));
        doc.add(new TextField(Fields.TITLE, entry.title(), Field.Store.YES));
        entry.section().ifPresent(section -> doc.add(new StoredField(Fields.SECTION, section)));
        doc.add(new Field(Fields.BODY, entry.body(), BODY_TYPE));
        for (String author : entry.authors()) {
            doc.add(new TextField(Fields.AUTHORS, author, Field.Store.YES));
        }
        String all = String.join("\n", entry.titledByPosition() ? "" : entry.title(), entry.section().orElse(""),
                String.join("\n", entry.authors()), entry.body());
        doc.add(new TextField(Fields.ALL, all, Field.Store.NO));
        doc.add(new Field(Fields.WORDS, all, WORDS_TYPE));
        entry.documentSlug().ifPresent(slug -> {
            String title = entry.documentTitle().orElseThrow();
            doc.add(new StringField(Fields.DOC, slug, Field.Store.YES));
            doc.add(new SortedDocValuesField(Fields.DOC, new BytesRef(slug)));
            doc.add(new TextField(Fields.DOC_TITLE, title, Field.Store.YES));
            doc.add(new SortedDocValuesField(Fields.DOC_FACET, new BytesRef(slug + Fields.SEPARATOR + title)));
        });
        return doc;
    }

    /**
     * One page of hits for the request, with counts for the filters. Never throws for any query text;
     * text that is not valid syntax is searched as plain words and the results carry a notice.
     */
    public SearchResults search(SearchRequest request) {
        Objects.requireNonNull(request, "request");
        if (request.text().isBlank()) {
            return new SearchResults(request.text(), 0, request.page(), request.size(), List.of(), List.of(),
                    List.of(), Optional.empty(), Optional.empty());
        }
        QueryTranslator.Translation translation = translator.translate(request.text());
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                try {
                    return search(searcher, request, translation);
                } catch (RuntimeException e) {
                    // A valid query that still cannot run (too many expanded terms, say): search the words.
                    if (translation.notice().isPresent()) {
                        throw e;
                    }
                    LOG.debug("query {} failed, searching its words", request.text(), e);
                    return search(searcher, request,
                            translator.literal(translation.words(), QueryTranslator.NOT_SYNTAX));
                }
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search index in " + directory.getDirectory(), e);
        }
    }

    private SearchResults search(IndexSearcher searcher, SearchRequest request, QueryTranslator.Translation translation)
            throws IOException {
        // Rewritten once: fuzzy and prefix words become the index words they stand for, and the search,
        // the counts and the highlighter share them instead of expanding them again.
        Query any = searcher.rewrite(translation.anyTerms());
        Query all = translation.anyTerms().equals(translation.allTerms()) ? any : searcher.rewrite(translation.allTerms());
        long offset = (long) (request.page() - 1) * request.size();
        // The hits of the page are collected in the same pass as the counts; past the last page, none.
        int wanted = (int) Math.min(offset + request.size(), Math.max(1, searcher.getIndexReader().maxDoc()));
        Counts counts = count(searcher, ranked(any, all), request, wanted);
        List<SearchHit> hits = List.of();
        if (offset < counts.top.scoreDocs.length) {
            ScoreDoc[] page = java.util.Arrays.copyOfRange(counts.top.scoreDocs, (int) offset, counts.top.scoreDocs.length);
            hits = hits(searcher, searcher.rewrite(forHighlighting(any)), page);
        }
        // A fuzzy query already forgives misspellings; correcting it again would cost and add nothing.
        Optional<String> didYouMean = counts.total < FEW_HITS && request.text().indexOf('~') < 0
                ? didYouMean(searcher, request, translation, counts.total)
                : Optional.empty();
        return new SearchResults(request.text(), counts.total, request.page(), request.size(), hits,
                counts.documents, counts.kinds, translation.notice(), didYouMean);
    }

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

    private static Query ranked(Query any, Query all) {
        if (any.equals(all)) {
            // One word or one phrase: nothing to lift.
            return any;
        }
        return new BooleanQuery.Builder()
                .add(any, BooleanClause.Occur.MUST)
                .add(new BoostQuery(new ConstantScoreQuery(all), ALL_TERMS_BONUS),
                        BooleanClause.Occur.SHOULD)
                .build();
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

    private record Counts(long total, List<FacetCount> documents, List<FacetCount> kinds, TopDocs top) {
    }

    /**
     * Counts in one pass over every match of the unfiltered query: the total with both filters, hits
     * per document with the kind filter only, hits per kind with the document filter only; and the
     * best {@code wanted} hits with both filters.
     */
    // One collector: the searcher has no executor, so a CollectorManager would only add merging code.
    @SuppressWarnings("deprecation")
    private static Counts count(IndexSearcher searcher, Query base, SearchRequest request, int wanted)
            throws IOException {
        TopScoreDocCollector best = new TopScoreDocCollectorManager(Math.max(1, wanted), Integer.MAX_VALUE).newCollector();
        Map<String, Integer> documents = new HashMap<>();
        Map<String, Integer> kinds = new HashMap<>();
        long[] total = {0};
        BytesRef wantedDocument = request.document().map(BytesRef::new).orElse(null);
        BytesRef wantedKind = request.kind().map(BytesRef::new).orElse(null);
        boolean single = searcher.getIndexReader().leaves().size() == 1;
        searcher.search(base, new SimpleCollector() {
            private LeafCollector bestLeaf;
            private SortedDocValues kind;
            private SortedDocValues doc;
            private SortedDocValues facet;
            private int kindOrd;
            private int docOrd;
            private int[] kindCounts;
            private int[] facetCounts;

            @Override
            protected void doSetNextReader(LeafReaderContext context) throws IOException {
                flush();
                bestLeaf = best.getLeafCollector(context);
                kind = context.reader().getSortedDocValues(Fields.KIND);
                doc = context.reader().getSortedDocValues(Fields.DOC);
                facet = context.reader().getSortedDocValues(Fields.DOC_FACET);
                kindOrd = wantedKind == null ? -1 : kind == null ? -2 : kind.lookupTerm(wantedKind);
                docOrd = wantedDocument == null ? -1 : doc == null ? -2 : doc.lookupTerm(wantedDocument);
                kindCounts = kind == null ? new int[0] : new int[kind.getValueCount()];
                facetCounts = facet == null ? new int[0] : new int[facet.getValueCount()];
            }

            @Override
            public void collect(int docId) throws IOException {
                int k = kind != null && kind.advanceExact(docId) ? kind.ordValue() : -3;
                int d = doc != null && doc.advanceExact(docId) ? doc.ordValue() : -3;
                boolean kindMatches = wantedKind == null || (kindOrd >= 0 && k == kindOrd);
                boolean docMatches = wantedDocument == null || (docOrd >= 0 && d == docOrd);
                if (kindMatches && docMatches) {
                    total[0]++;
                    bestLeaf.collect(docId);
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
                    // The index is one segment, so the segment's most-hit documents are the overall ones;
                    // with several segments every count is kept, to be exact.
                    int[] counts = facetCounts;
                    IntStream ords = IntStream.range(0, counts.length).filter(i -> counts[i] > 0);
                    if (single) {
                        ords = ords.boxed().sorted((a, b) -> Integer.compare(counts[b], counts[a]))
                                .limit(MAX_DOCUMENT_FACETS).mapToInt(Integer::intValue);
                    }
                    for (int i : ords.toArray()) {
                        documents.merge(facet.lookupOrd(i).utf8ToString(), counts[i], Integer::sum);
                    }
                    // The document being filtered on keeps its count, even when it is not among the most hit.
                    int wantedFacet = docOrd >= 0 ? facetOrd(facet, wantedDocument) : -1;
                    if (single && wantedFacet >= 0 && counts[wantedFacet] > 0) {
                        documents.putIfAbsent(facet.lookupOrd(wantedFacet).utf8ToString(), counts[wantedFacet]);
                    }
                }
                kindCounts = null;
                facetCounts = null;
            }

            @Override
            public void setScorer(Scorable scorer) throws IOException {
                bestLeaf.setScorer(scorer);
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE;
            }
        });
        Comparator<FacetCount> mostFirst = Comparator.comparingInt(FacetCount::count).reversed()
                .thenComparing(FacetCount::label);
        List<FacetCount> allDocuments = documents.entrySet().stream().map(e -> {
            String[] slugAndTitle = e.getKey().split(Fields.SEPARATOR, 2);
            return new FacetCount(slugAndTitle[0], slugAndTitle[1], e.getValue());
        }).sorted(mostFirst).toList();
        List<FacetCount> byDocument = new ArrayList<>(allDocuments.subList(0, Math.min(MAX_DOCUMENT_FACETS,
                allDocuments.size())));
        request.document().ifPresent(slug -> allDocuments.stream()
                .filter(f -> f.value().equals(slug) && !byDocument.contains(f)).forEach(byDocument::add));
        List<FacetCount> byKind = kinds.entrySet().stream()
                .map(e -> new FacetCount(e.getKey(), e.getKey(), e.getValue())).sorted(mostFirst).toList();
        return new Counts(total[0], byDocument, byKind, best.topDocs());
    }

    private List<SearchHit> hits(IndexSearcher searcher, Query query, ScoreDoc[] page) throws IOException {
        if (page.length == 0) {
            return List.of();
        }
        int[] docIds = new int[page.length];
        for (int i = 0; i < page.length; i++) {
            docIds[i] = page[i].doc;
        }
        Highlighter highlighter = new Highlighter(UnifiedHighlighter.builder(searcher, highlightAnalyzer)
                .withFieldMatcher(field -> true)
                .withFormatter(new Snippets())
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ENGLISH), SNIPPET_CHARS, 0.5f))
                .withMaxLength(100_000));
        Object[] snippets = highlighter.snippets(query, docIds);
        StoredFields stored = searcher.storedFields();
        List<SearchHit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            Document doc = stored.document(page[i].doc);
            Snippets.Snippet snippet = snippets != null && snippets[i] instanceof Snippets.Snippet s
                    ? s
                    : new Snippets.Snippet(Snippets.escape(Objects.requireNonNullElse(doc.get(Fields.BODY), "")), List.of());
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

    /**
     * A correction of the query's words to words of the index, when the corrected query finds more
     * than the query did.
     */
    private Optional<String> didYouMean(IndexSearcher searcher, SearchRequest request,
            QueryTranslator.Translation translation, long total) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        DirectSpellChecker spelling = new DirectSpellChecker();
        Map<String, String> corrections = new LinkedHashMap<>();
        for (String word : translation.words()) {
            String folded = fold(word);
            if (folded.length() < spelling.getMinQueryLength() || folded.length() > MAX_SPELLED_LENGTH
                    || Analysis.STOP_WORDS.contains(folded)
                    || reader.docFreq(new Term(Fields.WORDS, folded)) > 0) {
                continue;
            }
            SuggestWord[] best = spelling.suggestSimilar(new Term(Fields.WORDS, folded), 1, reader,
                    SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            if (best.length > 0) {
                corrections.put(word, matchCase(word, best[0].string));
            }
        }
        if (corrections.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder corrected = new StringBuilder();
        Matcher matcher = WORD.matcher(request.text());
        while (matcher.find()) {
            matcher.appendReplacement(corrected,
                    Matcher.quoteReplacement(corrections.getOrDefault(matcher.group(), matcher.group())));
        }
        matcher.appendTail(corrected);
        String text = corrected.toString();
        QueryTranslator.Translation correction = translator.translate(text);
        long found = count(searcher, ranked(correction.anyTerms(), correction.allTerms()), request, 1).total;
        return found > total ? Optional.of(text) : Optional.empty();
    }

    private static String fold(String word) {
        return WORDS.normalize(Fields.WORDS, word).utf8ToString();
    }

    private static String matchCase(String typed, String suggestion) {
        if (typed.chars().allMatch(Character::isUpperCase)) {
            return suggestion.toUpperCase(Locale.ROOT);
        }
        if (Character.isUpperCase(typed.codePointAt(0))) {
            return suggestion.substring(0, 1).toUpperCase(Locale.ROOT) + suggestion.substring(1);
        }
        return suggestion;
    }

    /**
     * Completions for what the reader has typed so far: entry titles (documents and any later kind,
     * but not the numbered paragraphs and notes), then frequent words of the texts.
     *
     * @throws IllegalArgumentException when max is not between 1 and 50
     */
    public List<Suggestion> suggest(String prefix, int max) {
        Objects.requireNonNull(prefix, "prefix");
        if (max < 1 || max > 50) {
            throw new IllegalArgumentException("max must be between 1 and 50, was " + max);
        }
        String key = prefix.strip();
        if (key.length() > 100 || key.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return List.of();
        }
        try {
            List<Lookup.LookupResult> results = suggester.lookup(key, max * 2, true, false);
            Map<String, Suggestion> unique = new LinkedHashMap<>();
            for (Lookup.LookupResult result : results) {
                String[] kindAndUrl = result.payload.utf8ToString().split(Fields.SEPARATOR, 2);
                String label = result.key.toString();
                unique.putIfAbsent(label.toLowerCase(Locale.ROOT) + Fields.SEPARATOR + kindAndUrl[1],
                        new Suggestion(label, kindAndUrl[0], kindAndUrl[1]));
            }
            return unique.values().stream().limit(max).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the suggestions", e);
        } catch (RuntimeException e) {
            LOG.debug("no suggestions for {}", prefix, e);
            return List.of();
        }
    }

    private static AnalyzingInfixSuggester suggester(Directory index, List<Searchable> entries) throws IOException {
        record Item(String label, String kind, String url, long weight) {
        }
        List<Item> items = new ArrayList<>();
        for (Searchable entry : entries) {
            if (!entry.titledByPosition() && !entry.title().isBlank()) {
                long weight = entry.kind().equals(Searchable.DOCUMENT) ? 2_000_000_000L : 1_000_000_000L;
                items.add(new Item(entry.title(), entry.kind(), entry.url(), weight));
            }
        }
        try (DirectoryReader reader = DirectoryReader.open(index)) {
            Terms terms = MultiTerms.getTerms(reader, Fields.WORDS);
            if (terms != null) {
                List<Item> frequent = new ArrayList<>();
                TermsEnum words = terms.iterator();
                for (BytesRef term = words.next(); term != null; term = words.next()) {
                    String word = term.utf8ToString();
                    if (word.length() >= 3 && word.chars().allMatch(Character::isLetter)
                            && !Analysis.STOP_WORDS.contains(word)) {
                        frequent.add(new Item(word, Suggestion.TERM,
                                "/search?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8), words.docFreq()));
                    }
                }
                frequent.sort(Comparator.comparingLong(Item::weight).reversed());
                items.addAll(frequent.subList(0, Math.min(FREQUENT_TERMS, frequent.size())));
            }
        }
        Analyzer analyzer = Analysis.words();
        AnalyzingInfixSuggester suggester = new AnalyzingInfixSuggester(new ByteBuffersDirectory(), analyzer, analyzer,
                1, true);
        java.util.Iterator<Item> iterator = items.iterator();
        suggester.build(new InputIterator() {
            private Item current;

            @Override
            public BytesRef next() {
                if (!iterator.hasNext()) {
                    return null;
                }
                current = iterator.next();
                return new BytesRef(current.label());
            }

            @Override
            public long weight() {
                return current.weight();
            }

            @Override
            public BytesRef payload() {
                return new BytesRef(current.kind() + Fields.SEPARATOR + current.url());
            }

            @Override
            public boolean hasPayloads() {
                return true;
            }

            @Override
            public Set<BytesRef> contexts() {
                return null;
            }

            @Override
            public boolean hasContexts() {
                return false;
            }
        });
        return suggester;
    }

    @Override
    public void close() {
        try (directory; suggester) {
            searchers.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the search index in " + directory.getDirectory(), e);
        }
    }
}
