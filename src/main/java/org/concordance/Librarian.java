package org.concordance;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.concordance.catalog.Catalog;
import org.concordance.catalog.CatalogException;
import org.concordance.catalog.DataFolder;
import org.concordance.catalog.Ingest;
import org.concordance.catalog.IngestOutcome;
import org.concordance.citations.Bibliography;
import org.concordance.citations.CitationFormatter;
import org.concordance.citations.References;
import org.concordance.content.ContentError;
import org.concordance.content.ContentException;
import org.concordance.content.ContentLoader;
import org.concordance.content.FileDigests;
import org.concordance.content.Interruption;
import org.concordance.content.Library;
import org.concordance.network.Network;
import org.concordance.content.Progress;
import org.concordance.glossary.Glossary;
import org.concordance.search.Entries;
import org.concordance.search.SearchIndex;
import org.concordance.search.Synonyms;
import org.concordance.snapshot.Snapshot;
import org.concordance.snapshot.SnapshotException;
import org.concordance.web.BaseUrl;
import org.concordance.web.Services;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the served library in line with the content folder, at start-up and, when watching, after
 * every change, always the same way: read the content (or, when nothing changed, the library the
 * last run kept, else the catalog), build everything derived from it (bibliography, glossary,
 * search entries and index), and only when all of that succeeded serve it, keep it for the next
 * start and write it to the catalog. A library that fails at any step is refused whole, with its
 * problems, and the last good one stays served. At start-up on content changed since the last run,
 * the library that run kept is the last good one: served first, then the content read against it.
 */
final class Librarian {
    private static final Logger LOG = LoggerFactory.getLogger(Librarian.class);
    /** What citations call this site, where a document is cited as a page of it. */
    static final String SITE_NAME = "Concordance";

    private final Path content;
    private final DataFolder data;
    private final Supplier<Catalog> catalog;
    /** True until the first refresh has run against a catalog that was new (see {@link Ingest}). */
    private boolean catalogNew;
    private final BaseUrl baseUrl;
    private final Progress progress;
    private final FileDigests digests;
    /** What the app took as it started, for the first refresh only. */
    private AtStart atStart;
    /**
     * The library served, with the fingerprint taken before it was read, so a refresh parses only
     * the files changed since; empty until one is served, and for the catalog's last good library
     * served in place of content that was refused (its files are not the content's).
     */
    private Optional<ContentLoader.Earlier> served = Optional.empty();
    /** True while the library served is one the last run kept, read from content that has changed since. */
    private volatile boolean behind;
    /** Whether the last refresh refused the content, so the log can say when it is sound again. */
    private volatile boolean refusedLast;

    /**
     * @param catalog the catalog, asked for when it is needed; with {@code catalogNew} (a new data
     *     folder) the first refresh asks for it only to write the library, after serving it
     * @param catalogNew nothing was ever written to the catalog
     * @param atStart what the app took as it started, which the first refresh uses rather than
     *     take it again
     * @param digests the content files' digests as last read, kept in the data folder
     */
    Librarian(Path content, DataFolder data, Supplier<Catalog> catalog, boolean catalogNew, BaseUrl baseUrl,
            Progress progress, AtStart atStart, FileDigests digests) {
        this.content = Objects.requireNonNull(content, "content");
        this.data = Objects.requireNonNull(data, "data");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.catalogNew = catalogNew;
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
        this.progress = Objects.requireNonNull(progress, "progress");
        this.atStart = Objects.requireNonNull(atStart, "atStart");
        this.digests = Objects.requireNonNull(digests, "digests");
    }

    /**
     * What the app took as it started, before any library is prepared.
     *
     * @param fingerprint the content's fingerprint, when taken to serve the pages the last run kept:
     *     the first refresh looks for the library kept under it, or compares it with the catalog's
     * @param kept the library the last run kept, being read ({@link KeptLibrary#readAhead}); it completes
     *     with what {@link Snapshot#read} returns or throws
     * @param index the search index the kept library would be served with, being checked beside it
     *     ({@link #checkIndexAhead}); present only with {@code kept}
     */
    record AtStart(Optional<ContentLoader.Fingerprint> fingerprint, Optional<Future<Optional<KeptLibrary>>> kept,
            Optional<Future<Optional<SearchIndex.Checked>>> index) {
        /** Nothing taken: the first refresh takes the fingerprint and reads the kept library itself. */
        static final AtStart NOTHING = new AtStart(Optional.empty(), Optional.empty(), Optional.empty());

        AtStart {
            Objects.requireNonNull(fingerprint, "fingerprint");
            Objects.requireNonNull(kept, "kept");
            Objects.requireNonNull(index, "index");
        }
    }

    /**
     * Checks the data folder's search index on a thread of its own, from the moment the app starts
     * ({@link SearchIndex#check}): a restart that serves the library the last run kept then only
     * opens it. Begun beside {@link KeptLibrary#readAhead}, before the content's fingerprint is taken,
     * the check does not wait for it; the index is used only if it was made for that fingerprint.
     */
    static Future<Optional<SearchIndex.Checked>> checkIndexAhead(DataFolder data) {
        FutureTask<Optional<SearchIndex.Checked>> checking = new FutureTask<>(() -> SearchIndex.check(data.index()));
        Thread thread = new Thread(checking, "concordance-index-check");
        thread.setDaemon(true);
        thread.start();
        return checking;
    }

    /**
     * The one reader of the content folder, with every rule the ingest and {@code check} apply,
     * fingerprinting it with the files' {@code digests} as last read.
     */
    static ContentLoader contentLoader(Path content, Progress progress, FileDigests digests) {
        return new ContentLoader(content, References.check(), progress, digests);
    }

    /**
     * Everything the pages derive from a library, built whole or not at all. {@code check} builds it
     * too, so content that passes {@code check} always starts.
     */
    record Derived(Library library, Bibliography bibliography, Glossary glossary, CitationFormatter formatter,
            Network network) {
        /**
         * Every search entry of the library, made as they are read: only when its index is built or
         * updated.
         *
         * @param earlier the library served before, with its bibliography, when this one was read
         *     again from it: an update of its index does not make the entries of the documents as
         *     they were there ({@link SearchEntries#of})
         */
        Entries entries(Optional<Bibliography.Earlier> earlier) {
            return SearchEntries.of(library, bibliography, earlier);
        }

        /** What the search index is made from ({@link SearchEntries#fingerprint}). */
        String searchFingerprint() {
            return SearchEntries.fingerprint(library);
        }
    }

    /**
     * Builds what {@code library} derives; a failure of any part (which valid content should never
     * cause) is reported as a content problem, so the library is refused rather than half served.
     */
    static Derived derive(Library library, Path content) throws ContentException {
        return derive(library, content, Progress.NONE, Optional.empty(), Optional.empty());
    }

    /**
     * {@link #derive(Library, Path)}, each part a stage of {@code progress}, so a long build shows
     * where it is. The parts that need only the library (glossary, network) are built on a second
     * thread while this one resolves the citations. The search entries are made only when the index is
     * built ({@link Derived#entries()}).
     *
     * @param earlier the bibliography served, with its library: the notes of the documents read
     *     again as the same objects are not parsed again
     * @param measured the network's figures and layout of the library served: not computed again
     *     when its graph is the same ({@link Network#of(Library, Optional)})
     * @throws java.util.concurrent.CancellationException when the thread is interrupted (the app
     *     stopping): no fault of the content, which is not refused
     */
    static Derived derive(Library library, Path content, Progress progress, Optional<Bibliography.Earlier> earlier,
            Optional<Network.Measures> measured) throws ContentException {
        ExecutorService second = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "concordance-derive");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Future<Glossary> glossary = second.submit(
                    () -> stage(progress, "linking mentions and related passages", () -> new Glossary(library)));
            // The network (graph, figures, layout) is built once per library, never per request.
            Future<Network> network = second.submit(() -> stage(progress, "laying out the network", () -> Network.of(library, measured)));
            References references = References.of(library, content);
            Bibliography bibliography = stage(progress, "resolving the notes' citations",
                    () -> Bibliography.build(library, references, earlier));
            // Blog posts whose blog the text does not name are cited as pages of this site.
            CitationFormatter formatter = CitationFormatter.create(bibliography.sentenceCase(), SITE_NAME);
            Derived derived = new Derived(library, bibliography, glossary.get(), formatter, network.get());
            // A finished Future's get() does not look at the flag, and no stage may have waited: an
            // interruption that found nothing to wake must still stop the build, whatever the timing.
            stopIfInterrupted();
            return derived;
        } catch (RuntimeException | ExecutionException e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            if (cause instanceof OutOfMemoryError memory) {
                throw memory; // not the content's fault: the start-up says the heap is too small
            }
            if (Interruption.of(cause)) {
                throw Interruption.stopped("building the library", cause); // the app stopping: not the content's fault
            }
            LOG.debug("building the library failed", cause);
            throw new ContentException(List.of(new ContentError(content, 0,
                    "the library reads correctly but cannot be built (" + cause + "); please report this")));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Interruption.stopped("building the library", e);
        } finally {
            second.shutdownNow();
        }
    }

    /** Throws {@link CancellationException} when this thread is interrupted, its flag kept for the caller. */
    private static void stopIfInterrupted() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("interrupted between the parts of the library");
        }
    }

    /**
     * {@code kept} with the parts made again from it; a failure is reported as {@link #derive} reports one.
     */
    static Derived derive(KeptLibrary kept, Path content) throws ContentException {
        try {
            return new Derived(kept.library(), kept.bibliography(), kept.glossary(),
                    CitationFormatter.create(kept.bibliography().sentenceCase(), SITE_NAME),
                    Network.of(kept.library(), Optional.of(kept.network())));
        } catch (RuntimeException e) {
            LOG.debug("building the kept library failed", e);
            throw new ContentException(List.of(new ContentError(content, 0,
                    "the library kept by the last run cannot be built (" + e + "); please report this")));
        }
    }

    /**
     * {@code part}, built as one stage of {@code progress}: one item, shown with its time when it is
     * long. Not begun when the thread is interrupted ({@link CancellationException}).
     */
    private static <T> T stage(Progress progress, String what, java.util.function.Supplier<T> part) {
        stopIfInterrupted();
        try (Progress.Stage stage = progress.begin(what, 1)) {
            T built = part.get();
            stage.advance();
            return built;
        }
    }

    /**
     * Brings the served library in line with the content: at start-up, the library the last run kept
     * when the content and the build are the ones it was made from; else the content's if it
     * changed and builds, else the catalog's. A new library is handed to {@code publish} as soon as
     * it can be served, before its search index is open ({@link #serve}), and only then kept for the
     * next start and written to the catalog, so readers wait for neither; if the catalog's write
     * fails, the next start writes it. Returns once the index is open and the catalog written.
     *
     * @param previous the library served now, when refreshing; empty at start-up
     * @param previousBibliography the bibliography of {@code previous}: asked for only while the next
     *     library is derived (its notes not parsed again where a document is unchanged) and its index
     *     updated (the entries of such a document not made again), and not held after, so the served
     *     edition is not kept in the heap beside the next one while that is kept and written
     * @param previousMeasures the network's figures and layout of {@code previous}, reused when the
     *     next library's network has the same graph
     * @param publish serves a library (called at most once)
     * @return the services published, or empty when the content did not change (refreshing) or was
     *     refused (the problems are logged and the previous library stays served)
     * @throws StartupException when there is nothing to serve at all
     */
    Optional<Services> refresh(Optional<Library> previous, Supplier<Optional<Bibliography>> previousBibliography,
            Optional<Network.Measures> previousMeasures, Consumer<Services> publish) {
        // One stage around the whole, so that between its parts /healthz still says work is under way.
        try (Progress.Stage whole = progress.begin(previous.isEmpty() ? "preparing the library" : "reading the changed content", 1)) {
            Optional<Services> services = refreshing(previous, previousBibliography, previousMeasures, publish);
            whole.advance();
            return services;
        }
    }

    private Optional<Services> refreshing(Optional<Library> previous, Supplier<Optional<Bibliography>> previousBibliography,
            Optional<Network.Measures> previousMeasures, Consumer<Services> publish) {
        ContentLoader loader = contentLoader(content, progress, digests);
        Optional<ContentLoader.Fingerprint> taken = atStart.fingerprint().or(() -> takeFingerprint(loader));
        Optional<Future<Optional<KeptLibrary>>> keptAhead = atStart.kept();
        Optional<Future<Optional<SearchIndex.Checked>>> indexAhead = atStart.index();
        atStart = AtStart.NOTHING;
        Optional<ContentLoader.Earlier> earlier = served.filter(
                read -> previous.isPresent() && previous.get() == read.library());
        behind = false;
        if (previous.isEmpty()) {
            Optional<Services> kept = fromKept(taken, keptAhead, indexAhead, publish);
            if (kept.isPresent()) {
                return kept;
            }
        }
        Ingest ingest = new Ingest(loader.reusing(earlier), catalog, catalogNew);
        // Reading the documents is a stage of its own inside; this names the rest (the fingerprint, the catalog).
        IngestOutcome outcome = stage(progress, catalogNew ? "reading the content" : "comparing the content with the catalog",
                () -> ingest.run(taken));
        catalogNew = false;
        if (outcome instanceof IngestOutcome.Unchanged unchanged) {
            if (previous.isPresent()) {
                if (refusedLast) {
                    LOG.info("the content is again the library served: the problems reported are gone");
                    refusedLast = false;
                }
                return Optional.empty();
            }
            LOG.info("content unchanged; serving {} documents from the catalog", unchanged.library().documents().size());
            Derived derived = derivedOrFail(unchanged.library());
            Services services = serve(derived, Optional.empty(), Optional.empty(), publish);
            taken.ifPresent(fingerprint -> servedAndKept(derived, fingerprint));
            return Optional.of(services);
        }
        if (outcome instanceof IngestOutcome.Loaded loaded) {
            Derived derived;
            try {
                derived = derive(loaded.library(), content, progress, earlier(previous, previousBibliography),
                        previousMeasures);
            } catch (ContentException problems) {
                return refused(problems, previous, ingest, publish);
            }
            // The edition served before is held for the index's update, and let go before the new one is kept.
            Services services = serve(derived, earlier(previous, previousBibliography), Optional.empty(), publish);
            refusedLast = false;
            // Kept first: a few seconds where the catalog takes minutes at 10,000 documents, and it is
            // what the next start on this content reads.
            taken.ifPresent(fingerprint -> servedAndKept(derived, fingerprint));
            Optional<Library> before = earlier.map(ContentLoader.Earlier::library).or(() -> previous);
            try {
                int written = stage(progress, "writing the library to the catalog", () -> ingest.commit(loaded, before));
                LOG.info("ingested {} documents in {} ms; wrote {} of them to the catalog", loaded.library().documents().size(),
                        loaded.took().toMillis(), written);
                compactCatalog();
            } catch (CatalogException e) {
                if (previous.isEmpty()) {
                    throw e; // at start-up the app sets a catalog it cannot write aside and prepares the library again
                }
                // Refreshing (the app stopping mid-write, a full disk): the new library is served and kept already.
                LOG.warn("the new library is served and kept for the next start, but was not written to the catalog ({});"
                        + " the next start writes it", e.getMessage());
            }
            return Optional.of(services);
        }
        return refused(((IngestOutcome.Rejected) outcome).problems(), previous, ingest, publish);
    }

    /** The bibliography {@code previous} was served with, as the next one is built from it. */
    private static Optional<Bibliography.Earlier> earlier(Optional<Library> previous,
            Supplier<Optional<Bibliography>> previousBibliography) {
        return previous.flatMap(library -> previousBibliography.get().map(bibliography -> new Bibliography.Earlier(library, bibliography)));
    }

    /**
     * Remembers {@code derived} as the library served, read from content of {@code fingerprint}
     * (so the next refresh parses only what changed since), and keeps it for the next start.
     */
    private void servedAndKept(Derived derived, ContentLoader.Fingerprint fingerprint) {
        served = Optional.of(new ContentLoader.Earlier(derived.library(), fingerprint));
        keep(derived, fingerprint);
    }

    /**
     * The content's fingerprint, taken before it is read; empty when the content cannot be read
     * (the ingest takes it again and reports why).
     */
    private static Optional<ContentLoader.Fingerprint> takeFingerprint(ContentLoader loader) {
        try {
            return Optional.of(loader.take());
        } catch (ContentException unreadable) {
            return Optional.empty();
        }
    }

    /**
     * At start-up, the library the last run kept, served: as the library when the content is the one
     * it was read from; else, when the content changed since, as the last good library until the
     * content is read again ({@link #servesEarlierContent}), but not when the catalog already holds
     * the content (a run whose keeping failed): the catalog is read then, as without a kept library.
     */
    private Optional<Services> fromKept(Optional<ContentLoader.Fingerprint> taken, Optional<Future<Optional<KeptLibrary>>> keptAhead,
            Optional<Future<Optional<SearchIndex.Checked>>> indexAhead, Consumer<Services> publish) {
        // The search index it is served with on unchanged content was checked beside the kept
        // library's read, so serving it then only opens the index (its commit read and its files
        // checksummed: 0.3 to 0.7 s at 10,000 documents, on the critical path when done after the read).
        Optional<SearchIndex.Checked> indexChecked = keptAhead.isEmpty() || indexAhead.isEmpty() || taken.isEmpty() ? Optional.empty()
                : stage(progress, "checking the search index",
                        () -> Interruption.awaited(indexAhead.get(), "checking the search index"));
        Optional<KeptLibrary> kept = readKept(taken, keptAhead);
        if (kept.isEmpty() || taken.isEmpty()) {
            return Optional.empty();
        }
        if (kept.get().readFrom().value().equals(taken.get().value())) {
            return Optional.of(serveKept(kept.get(), indexChecked, publish, "content unchanged; serving {} documents kept by the last run"));
        }
        if (!catalogNew && catalog.get().fingerprint().equals(Optional.of(taken.get().value()))) {
            return Optional.empty();
        }
        behind = true;
        return Optional.of(serveKept(kept.get(), Optional.empty(), publish, "the content changed since the last run; serving the {} documents"
                + " it kept while the files that changed are read"));
    }

    /**
     * Whether the library served was read from content that has changed since: the one the last run
     * kept, served at start-up as the last good library. The content is to be read again at once, as a
     * watched change is ({@link #refresh} with the served library as {@code previous}): only the files
     * that changed are parsed, and the notes of the others are not parsed again.
     */
    boolean servesEarlierContent() {
        return behind;
    }

    /**
     * At start-up, the library the last run kept, when this build made it: served as it is when
     * the content is the one it was read from ({@link #serveKept}), else what the content is read
     * with, parsing only the files that changed. A snapshot that cannot be read is set aside (and
     * the library prepared as if there were none); one that is not a file, too.
     *
     * @param keptAhead the read begun as the app started ({@link KeptLibrary#readAhead}), awaited rather
     *     than begun again
     */
    private Optional<KeptLibrary> readKept(Optional<ContentLoader.Fingerprint> taken, Optional<Future<Optional<KeptLibrary>>> keptAhead) {
        Path file = data.snapshot();
        if (!java.nio.file.Files.isRegularFile(file)) {
            if (java.nio.file.Files.exists(file)) {
                setAside(new SnapshotException("the snapshot " + file + " is not a file"));
            }
            return Optional.empty();
        }
        if (taken.isEmpty()) {
            return Optional.empty(); // the content cannot be read: the ingest reports it
        }
        try {
            Optional<KeptLibrary> kept = stage(progress, "reading the library kept by the last run",
                    () -> keptAhead.map(KeptLibrary::awaited).orElseGet(() -> KeptLibrary.read(file)));
            if (kept.isEmpty()) {
                LOG.info("the library kept in {} was made by another build; preparing it again", file);
            }
            return kept;
        } catch (SnapshotException damaged) {
            setAside(damaged);
            return Optional.empty();
        }
    }

    /**
     * Serves the library the last run kept, on the content it was read from: nothing long is
     * derived. Only once it is served is the catalog opened, and written with it if it holds
     * another library or none (a start stopped before its catalog was written, a catalog deleted or
     * set aside), so it always has the last good library to fall back on: opened meanwhile, H2
     * compacted a catalog rewritten whole at each ingest on the cores reading the snapshot. A
     * catalog that cannot be read is set aside by the start, which then prepares the library again
     * ({@code App}).
     */
    private Services serveKept(KeptLibrary kept, Optional<SearchIndex.Checked> indexChecked, Consumer<Services> publish,
            String saying) {
        Library library = kept.library();
        LOG.info(saying, library.documents().size());
        Services services;
        try {
            services = serve(derive(kept, content), Optional.empty(), indexChecked, publish);
        } catch (ContentException e) {
            throw new StartupException("The library kept by the last run cannot be served:\n" + e.getMessage());
        }
        served = Optional.of(kept.earlier());
        // The notes' record, which every document page needs; the texts are read as pages ask for them.
        KeptLibrary.readKeptApart(kept.bibliography());
        if (!catalog.get().fingerprint().equals(Optional.of(library.fingerprint()))) {
            stage(progress, "writing the library to the catalog", () -> {
                catalog.get().replace(library);
                return null;
            });
            LOG.info("wrote the {} documents kept by the last run to the catalog", library.documents().size());
        }
        catalogNew = false;
        if (!behind) {
            compactCatalog(); // also one an earlier version wrote whole and left at several times its size
        }
        // Else the content that changed is read first (a whole catalog's compaction took 4-13 s at
        // 10,003 documents, which the change would wait for): that refresh compacts after its write.
        return services;
    }

    /**
     * Compacts the catalog when most of its file is space H2 no longer uses ({@link Catalog#compact}),
     * after the library is served and kept, so neither waits for it. A failure leaves the catalog as
     * it was, so it is logged, not thrown.
     */
    private void compactCatalog() {
        long start = System.nanoTime();
        try {
            if (stage(progress, "compacting the catalog", () -> catalog.get().compact())) {
                LOG.info("compacted the catalog in {} ms", (System.nanoTime() - start) / 1_000_000);
            }
        } catch (CatalogException e) {
            LOG.warn("{}; it is compacted after its next write", e.getMessage());
        }
    }

    /**
     * Moves a snapshot that cannot be read aside; where it cannot be moved (a folder this user may
     * not write), it is only left unread: it holds nothing the catalog and content cannot give again.
     */
    private void setAside(SnapshotException damaged) {
        try {
            data.setAside("library snapshot", DataFolder.SNAPSHOT, damaged);
        } catch (org.concordance.catalog.DataFolderException stuck) {
            LOG.warn("{}; it is not read ({})", damaged.getMessage(), stuck.getMessage());
        }
    }

    /**
     * Keeps {@code derived} for the next start ({@link #readKept}). A failure costs only that
     * start's time, so it is logged, not thrown.
     */
    private void keep(Derived derived, ContentLoader.Fingerprint readFrom) {
        try {
            long start = System.nanoTime();
            stage(progress, "keeping the library for the next start", () -> {
                Snapshot.write(data.snapshot(), KeptLibrary.key(derived.library().fingerprint()), KeptLibrary.of(derived, readFrom));
                return null;
            });
            LOG.info("kept the library for the next start in {} ms", (System.nanoTime() - start) / 1_000_000);
        } catch (SnapshotException e) {
            LOG.warn("{}; the next start prepares the library again", e.getMessage());
        }
    }

    private Optional<Services> refused(ContentException problems, Optional<Library> previous, Ingest ingest,
            Consumer<Services> publish) {
        if (previous.isPresent()) {
            LOG.error("the content was not ingested; still serving the previous library\n{}", problems.getMessage());
            refusedLast = true;
            return Optional.empty();
        }
        Optional<Library> last = ingest.previous();
        if (last.isEmpty()) {
            throw new StartupException("No library to serve: the content has errors and there is no earlier catalog.\n"
                    + problems.getMessage());
        }
        LOG.error("the content was not ingested; serving the previous library from the catalog\n{}", problems.getMessage());
        return Optional.of(serve(derivedOrFail(last.get()), Optional.empty(), Optional.empty(), publish));
    }

    /** A library the catalog holds was built before; if it no longer builds, nothing can be served. */
    private Derived derivedOrFail(Library library) {
        try {
            return derive(library, content, progress, Optional.empty(), Optional.empty());
        } catch (ContentException e) {
            throw new StartupException("The library in the catalog cannot be served:\n" + e.getMessage());
        }
    }

    /**
     * Hands {@code derived} to {@code publish} and opens its search index (building it when the one
     * on disk is not this library's, updating it when few entries changed). The pages are published
     * first and search follows once the index is open: at start-up searches answer 503 until then;
     * replacing a library, the one who publishes answers them from the index served before
     * ({@link Services#searchingMeanwhile}), so a watched change is read as soon as its pages are.
     *
     * @param earlier the library served before and its bibliography, when {@code derived} was read
     *     again from it ({@link Derived#entries}); not held once the index is open
     * @param indexChecked the index found whole for the library's content before it was read
     *     ({@link SearchIndex#check}): not read again when it is this library's
     */
    private Services serve(Derived derived, Optional<Bibliography.Earlier> earlier, Optional<SearchIndex.Checked> indexChecked,
            Consumer<Services> publish) {
        Library library = derived.library();
        CompletableFuture<SearchIndex> search = new CompletableFuture<>();
        Services services = new Services(library, search, Optional.empty(), derived.bibliography(), derived.formatter(), baseUrl,
                derived.glossary(), derived.network());
        publish.accept(services);
        try {
            search.complete(stage(progress, "opening the search index", () -> data.healing("search index",
                    () -> SearchIndex.open(data.index(), derived.searchFingerprint(), indexChecked,
                            () -> stage(progress, "preparing the search entries", () -> derived.entries(earlier)),
                            Synonyms.of(library.nameGroups()), progress), "index")));
        } catch (RuntimeException | Error e) {
            search.completeExceptionally(e);
            throw e;
        }
        return services;
    }
}
