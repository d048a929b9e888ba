package org.concordance;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.concordance.catalog.Catalog;
import org.concordance.catalog.DataFolder;
import org.concordance.catalog.Ingest;
import org.concordance.catalog.IngestOutcome;
import org.concordance.citations.Bibliography;
import org.concordance.citations.CitationFormatter;
import org.concordance.citations.References;
import org.concordance.content.ContentError;
import org.concordance.content.ContentException;
import org.concordance.content.ContentLoader;
import org.concordance.content.Library;
import org.concordance.network.Network;
import org.concordance.content.Progress;
import org.concordance.glossary.Glossary;
import org.concordance.search.SearchIndex;
import org.concordance.search.Searchable;
import org.concordance.search.Synonyms;
import org.concordance.web.BaseUrl;
import org.concordance.web.Services;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the served library in line with the content folder, at start-up and, when watching, after
 * every change, always the same way: read the content (or the catalog, when nothing changed),
 * build everything derived from it (bibliography, glossary, search entries and index), and only
 * when all of that succeeded write it to the catalog. A library that fails at any step is refused
 * whole, with its problems, and the last good one stays served.
 */
final class Librarian {
    private static final Logger LOG = LoggerFactory.getLogger(Librarian.class);
    /** What citations call this site, where a document is cited as a page of it. */
    static final String SITE_NAME = "Concordance";

    private final Path content;
    private final DataFolder data;
    private final Catalog catalog;
    private final BaseUrl baseUrl;
    private final Progress progress;

    Librarian(Path content, DataFolder data, Catalog catalog, BaseUrl baseUrl, Progress progress) {
        this.content = Objects.requireNonNull(content, "content");
        this.data = Objects.requireNonNull(data, "data");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /** The one reader of the content folder, with every rule the ingest and {@code check} apply. */
    static ContentLoader contentLoader(Path content, Progress progress) {
        return new ContentLoader(content, List.of(References.check(content)), progress);
    }

    /**
     * Everything the pages derive from a library, built whole or not at all. {@code check} builds it
     * too, so content that passes {@code check} always starts.
     */
    record Derived(Library library, Bibliography bibliography, Glossary glossary, List<Searchable> entries,
            CitationFormatter formatter, Network network) {
    }

    /**
     * Builds what {@code library} derives; a failure of any part (which valid content should never
     * cause) is reported as a content problem, so the library is refused rather than half served.
     */
    static Derived derive(Library library, Path content) throws ContentException {
        return derive(library, content, Progress.NONE);
    }

    /** {@link #derive(Library, Path)}, each part a stage of {@code progress}, so a long build shows where it is. */
    static Derived derive(Library library, Path content, Progress progress) throws ContentException {
        try {
            References references = References.of(library, content);
            Bibliography bibliography = stage(progress, "resolving the notes' citations",
                    () -> Bibliography.build(library, references));
            Glossary glossary = stage(progress, "linking mentions and related passages", () -> new Glossary(library));
            List<Searchable> entries = stage(progress, "preparing the search entries", () -> SearchEntries.of(library, bibliography));
            // The network (graph, figures, layout) is built once per library, never per request.
            Network network = stage(progress, "laying out the network", () -> Network.of(library));
            // Blog posts whose blog the text does not name are cited as pages of this site.
            CitationFormatter formatter = CitationFormatter.create(bibliography.sentenceCase(), SITE_NAME);
            return new Derived(library, bibliography, glossary, entries, formatter, network);
        } catch (RuntimeException e) {
            LOG.debug("building the library failed", e);
            throw new ContentException(List.of(new ContentError(content, 0,
                    "the library reads correctly but cannot be built (" + e + "); please report this")));
        }
    }

    /** {@code part}, built as one stage of {@code progress}: one item, shown with its time when it is long. */
    private static <T> T stage(Progress progress, String what, java.util.function.Supplier<T> part) {
        try (Progress.Stage stage = progress.begin(what, 1)) {
            T built = part.get();
            stage.advance();
            return built;
        }
    }

    /**
     * The library to serve now: the content if it changed and builds, else the catalog's.
     *
     * @param previous what is served now, when refreshing; empty at start-up
     * @return the services of a new library, or empty when the content did not change (refreshing)
     *     or was refused (the problems are logged and the previous library stays served)
     * @throws StartupException when there is nothing to serve at all
     */
    Optional<Services> refresh(Optional<Services> previous) {
        Ingest ingest = new Ingest(contentLoader(content, progress), catalog);
        IngestOutcome outcome = ingest.run();
        if (outcome instanceof IngestOutcome.Unchanged unchanged) {
            if (previous.isPresent()) {
                return Optional.empty();
            }
            LOG.info("content unchanged; serving {} documents from the catalog", unchanged.library().documents().size());
            return Optional.of(serve(derivedOrFail(unchanged.library())));
        }
        if (outcome instanceof IngestOutcome.Loaded loaded) {
            try {
                Derived derived = derive(loaded.library(), content, progress);
                Services services = serve(derived);
                ingest.commit(loaded);
                LOG.info("ingested {} documents in {} ms", loaded.library().documents().size(),
                        loaded.took().toMillis());
                return Optional.of(services);
            } catch (ContentException problems) {
                return refused(problems, previous, ingest);
            }
        }
        return refused(((IngestOutcome.Rejected) outcome).problems(), previous, ingest);
    }

    private Optional<Services> refused(ContentException problems, Optional<Services> previous, Ingest ingest) {
        if (previous.isPresent()) {
            LOG.error("the content was not ingested; still serving the previous library\n{}", problems.getMessage());
            return Optional.empty();
        }
        Optional<Library> last = ingest.previous();
        if (last.isEmpty()) {
            throw new StartupException("No library to serve: the content has errors and there is no earlier catalog.\n"
                    + problems.getMessage());
        }
        LOG.error("the content was not ingested; serving the previous library from the catalog\n{}", problems.getMessage());
        return Optional.of(serve(derivedOrFail(last.get())));
    }

    /** A library the catalog holds was built before; if it no longer builds, nothing can be served. */
    private Derived derivedOrFail(Library library) {
        try {
            return derive(library, content, progress);
        } catch (ContentException e) {
            throw new StartupException("The library in the catalog cannot be served:\n" + e.getMessage());
        }
    }

    private Services serve(Derived derived) {
        Library library = derived.library();
        SearchIndex index = data.healing("search index", () -> SearchIndex.open(data.index(), library.fingerprint(),
                derived.entries(), Synonyms.of(library.nameGroups()), progress), "index");
        return new Services(library, index, derived.bibliography(), derived.formatter(), baseUrl, derived.glossary(),
                derived.network());
    }
}
