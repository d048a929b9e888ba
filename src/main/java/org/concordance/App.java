package org.concordance;

import io.javalin.Javalin;
import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.concordance.catalog.Catalog;
import org.concordance.catalog.CatalogException;
import org.concordance.catalog.DataFolder;
import org.concordance.catalog.DataFolderException;
import org.concordance.citations.CitationFormatter;
import org.concordance.content.ContentException;
import org.concordance.content.ContentLoader;
import org.concordance.content.FileDigests;
import org.concordance.content.Library;
import org.concordance.content.Progress;
import org.concordance.importer.ImportCommand;
import org.concordance.search.SearchIndex;
import org.concordance.web.BaseUrl;
import org.concordance.web.Routes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root and the running app: {@link #create(Config)} builds every part by
 * constructor and wires them together; {@link #start()} listens at once and gets the library ready
 * in the background ({@code /healthz} says what it is waiting for; the pages an earlier run kept
 * for the same edition are sent meanwhile, the others answer 503 until then);
 * {@link #awaitReady} waits for it. {@code main} and the tests go through the same methods.
 */
public final class App {
    private static final Logger LOG = LoggerFactory.getLogger(App.class);

    private final Config config;
    private final DataFolder data;
    private final ProgressReport progress;
    private final BaseUrl baseUrl;
    private final Javalin javalin;
    private final Routes[] routes = new Routes[1];
    /**
     * Completes once the first library is served. It holds no edition: the first one's glossary
     * and bibliography would otherwise stay in the heap beside every later one.
     */
    private final CompletableFuture<Void> ready = new CompletableFuture<>();
    private volatile Catalog catalog;
    /** The content's fingerprint as the start took it to serve kept pages, so the library's preparation need not take it again. */
    private volatile Optional<ContentLoader.Fingerprint> fingerprintAtStart = Optional.empty();
    /** The library the last run kept, read from the moment the data folder is open ({@link KeptLibrary#readAhead}). */
    private volatile Optional<Future<Optional<KeptLibrary>>> keptAhead = Optional.empty();
    private volatile Optional<Future<Optional<SearchIndex.Checked>>> indexAhead = Optional.empty();
    /** The content files' digests as the last run read them, so unchanged files are not read again to fingerprint it. */
    private final FileDigests digests;
    private volatile Editions editions;
    private volatile boolean stopping;

    private App(Config config, DataFolder data, ProgressReport progress) {
        this.config = config;
        this.data = data;
        // Begun as soon as the data folder is open: the app is configured meanwhile (a few tenths of a
        // second: the content's digests, the web app's routes and templates), on the other core.
        this.keptAhead = KeptLibrary.readAhead(data);
        // The index it is served with is checked beside it: the check is then off the path to ready.
        this.indexAhead = keptAhead.map(reading -> Librarian.checkIndexAhead(data));
        this.digests = FileDigests.keptIn(data.contentDigests());
        this.progress = progress;
        this.baseUrl = BaseUrl.of(config.baseUrl(), config.host());
        this.javalin = Javalin.create(javalin -> {
            javalin.jetty.port = config.port();
            javalin.jetty.host = config.host().orElse(null); // null: every address
            routes[0] = Routes.install(javalin, progress::now);
            routes[0].keepPagesIn(data.pages());
            javalin.events.serverStopped(this::closeAll);
        });
    }

    /**
     * Takes the data folder and configures the web app, not yet started.
     *
     * @throws StartupException when the data folder cannot be used; the message says why in one sentence
     */
    public static App create(Config config) {
        Objects.requireNonNull(config, "config");
        try {
            return new App(config, DataFolder.open(config.data()), ProgressReport.forConsole());
        } catch (DataFolderException e) {
            throw new StartupException(e.getMessage());
        }
    }

    /** Listens on the configured port and gets the library ready on a thread of its own. */
    public App start() {
        boolean portKnown = config.port() != 0;
        boolean keptPages = false;
        if (portKnown) {
            // The site's address is known before listening, so the pages an earlier run kept for it are
            // sent from the first request on, never a 503 while they load.
            baseUrl.listeningOn(config.port());
            keptPages = serveKeptPages();
        }
        // With kept pages readers wait only for Jetty, which then starts first; else they wait for the
        // library, which is prepared while Jetty starts (it needs the address, known early only with a fixed port).
        boolean libraryFirst = portKnown && !keptPages;
        if (libraryFirst) {
            prepareInBackground(false);
        }
        javalin.start();
        baseUrl.listeningOn(javalin.port());
        if (!libraryFirst) {
            prepareInBackground(!portKnown);
        }
        return this;
    }

    private void prepareInBackground(boolean keptPagesToServe) {
        // The citation styles need no library: they are made on a thread of their own, meanwhile on a
        // first start; on a restart that serves the library the last run kept, once it is served, as
        // until then every core is reading it and pages kept from the last run need no style.
        Thread styles = new Thread(App::prepareStyles, "concordance-styles");
        styles.setDaemon(true);
        if (keptAhead.isPresent()) {
            routes[0].firstReady().thenRun(styles::start);
        } else {
            styles.start();
        }
        Thread preparing = new Thread(() -> prepare(keptPagesToServe), "concordance-startup");
        preparing.setDaemon(true);
        preparing.start();
    }

    private static void prepareStyles() {
        try {
            CitationFormatter.prepareStyles();
        } catch (RuntimeException e) {
            // Preparing the library makes them again and reports the failure there.
            LOG.debug("the citation styles could not be prepared ahead", e);
        }
    }

    /** Ingests the content if it changed, opens the catalog and index, and publishes the library. */
    private void prepare(boolean keptPagesToServe) {
        try {
            if (keptPagesToServe) {
                serveKeptPages();
            }
            Librarian librarian;
            if (data.hasCatalog()) {
                // Opened when first asked for; a restart that reads the library the last run kept opens it once that is served.
                librarian = new Librarian(config.content(), data, this::catalogMadeOnce, false, baseUrl, progress, atStart(), digests);
            } else {
                // A new data folder has no catalog to compare the content with: the content is read and its
                // pages published first; the catalog is made when the library is written to it.
                librarian = new Librarian(config.content(), data, this::catalogMadeOnce, true, baseUrl, progress, atStart(), digests);
            }
            try {
                first(librarian);
            } catch (CatalogException damaged) {
                // It opened, but what it holds cannot be read: derived data, so it is built again from the content.
                if (catalog != null) {
                    catalog.close();
                }
                data.setAside("catalog", "catalog.", damaged);
                Catalog opened = data.openCatalog();
                catalog = opened;
                // The kept library read ahead was the first one's to serve: this one reads it again.
                first(new Librarian(config.content(), data, () -> opened, false, baseUrl, progress,
                        new Librarian.AtStart(fingerprintAtStart, Optional.empty(), Optional.empty()), digests));
            }
        } catch (CatalogException | DataFolderException e) {
            fail(new StartupException(e.getMessage()));
        } catch (RuntimeException e) {
            if (causedByMemory(e)) {
                failForMemory();
            } else {
                if (!stopping) { // else the catalog or index was closed under it: nothing to report
                    LOG.error("the library could not be prepared", e);
                }
                fail(new StartupException("The library could not be prepared: " + e));
            }
        } catch (OutOfMemoryError e) {
            failForMemory();
        } catch (StackOverflowError e) {
            // Else the thread ends, unseen, and /healthz says "starting" for ever.
            fail(new StartupException("The library could not be prepared: some content nests too deeply to be read"
                    + " (the thread ran out of stack); run the check command to find it."));
        }
    }

    /**
     * Not a state to serve from, nor one to wait in with /healthz at 503 forever: says so, and the
     * start fails. Lucene reports a heap exhausted while indexing as a closed writer caused by it.
     */
    private void failForMemory() {
        fail(new StartupException("The library does not fit in the Java heap (" + (Runtime.getRuntime().maxMemory() >> 20)
                + " MB); start Java with a larger -Xmx (README, Quick start)."));
    }

    private static boolean causedByMemory(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    /**
     * What the start took, handed to the first librarian and let go here: the kept library read
     * ahead would otherwise stay in the heap beside every later edition.
     */
    private Librarian.AtStart atStart() {
        Librarian.AtStart taken = new Librarian.AtStart(fingerprintAtStart, keptAhead, indexAhead);
        keptAhead = Optional.empty();
        indexAhead = Optional.empty();
        return taken;
    }

    private Catalog openCatalog() {
        try (Progress.Stage opening = progress.begin("opening the catalog", 1)) {
            Catalog opened = data.openCatalog();
            catalog = opened;
            opening.advance();
            return opened;
        }
    }

    /** The catalog opened, or made by the first call (on a new data folder). */
    private synchronized Catalog catalogMadeOnce() {
        return catalog != null ? catalog : openCatalog();
    }

    /**
     * Content unchanged since a run that kept its pages: they are served at once, while the library
     * is prepared. Only the content's fingerprint is read for this (its files' bytes, no parsing).
     */
    private boolean serveKeptPages() {
        try {
            ContentLoader.Fingerprint fingerprint = Librarian.contentLoader(config.content(), Progress.NONE, digests).take();
            fingerprintAtStart = Optional.of(fingerprint);
            return routes[0].serveKept(fingerprint.value(), baseUrl);
        } catch (ContentException e) {
            // The content cannot be read; preparing the library says why.
            return false;
        }
    }

    /** Publishes the first library; when watching, goes on watching even if there is none yet. */
    private void first(Librarian librarian) {
        editions = new Editions(routes[0], librarian);
        // Watching begins before the first read, so no edit made while (or just after) it runs is missed.
        if (config.watch()) {
            editions.watch(config.content());
        }
        try {
            editions.first();
            ready.complete(null);
        } catch (StartupException e) {
            fail(e);
        }
    }

    private void fail(StartupException e) {
        routes[0].failed(e.getMessage());
        ready.completeExceptionally(e);
    }

    /**
     * Waits until the library is served.
     *
     * @throws StartupException when there is nothing to serve (the content has errors and no earlier
     *     library exists, or the data folder cannot be used), or the wait timed out
     */
    public App awaitReady(Duration patience) {
        try {
            ready.get(patience.toMillis(), TimeUnit.MILLISECONDS);
            return this;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof StartupException startup ? startup : new StartupException(e.getCause().toString());
        } catch (TimeoutException e) {
            throw new StartupException("The library was not ready within " + patience.toSeconds() + " s: " + progress.now());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartupException("Interrupted while waiting for the library.");
        }
    }

    /** The library served now, if one is: for tests of what the app holds on to. */
    Optional<Library> served() {
        return routes[0].services().map(org.concordance.web.Services::library);
    }

    public int port() {
        return javalin.port();
    }

    /**
     * Stops listening once the requests in flight are answered, and closes everything the app opened;
     * a library still being prepared is not waited for.
     */
    public void stop() {
        if (!stopping) {
            // An operator's SIGTERM is seen in the log, then the stop: the requests in flight are answered first.
            LOG.info("stopping: answering the requests in flight, then closing the catalog and the index");
        }
        stopping = true;
        javalin.stop();
    }

    private void closeAll() {
        // The routes first: their background work (the search warming, pages being kept) may use an edition's index.
        routes[0].close();
        if (editions != null) {
            editions.close();
        }
        if (catalog != null) {
            catalog.close();
        }
        data.close();
        LOG.info("stopped");
    }

    public static void main(String[] args) {
        System.exit(run(Arrays.asList(args), System.out, System.err));
    }

    /** Runs a command and returns the process exit code. */
    static int run(List<String> args, PrintStream out, PrintStream err) {
        Config config;
        try {
            config = Config.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            err.println("concordance: " + e.getMessage());
            err.print(Config.USAGE);
            return 2;
        }
        switch (config.command()) {
            case HELP -> {
                out.print(Config.USAGE);
                return 0;
            }
            case CHECK -> {
                return check(config, out, err);
            }
            case IMPORT -> {
                // With --force the library is checked whole as a start would, and an import that breaks it taken back.
                return ImportCommand.run(config.imports().files(), config.content(), config.imports().given(),
                        config.imports().force(), () -> problems(config).map(ContentException::getMessage), LocalDate.now(),
                        out, err, System.console() != null);
            }
            default -> {
                return serve(config, err);
            }
        }
    }

    private static int serve(Config config, PrintStream err) {
        App app;
        try {
            app = create(config).start();
        } catch (StartupException e) {
            err.println("concordance: cannot start: " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            LOG.debug("start-up failed", e);
            err.println("concordance: cannot start: " + e.getMessage());
            return 1;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(app::stop, "concordance-shutdown"));
        String address = BaseUrl.listening(config.host(), app.port());
        LOG.info("listening on {}/ (the library is being prepared)", address);
        try {
            app.awaitReady(Duration.ofDays(365));
            if (!app.stopping) {
                LOG.info("ready: serving the library on {}/", address);
            }
        } catch (StartupException e) {
            if (app.stopping) {
                LOG.info("stopped before the library was ready");
            } else if (!config.watch()) {
                err.println("concordance: cannot start: " + e.getMessage());
                app.stop();
                return 1;
            } else {
                LOG.error("nothing to serve yet; waiting for the content to be fixed\n{}", e.getMessage());
            }
        }
        return waitForever();
    }

    /** Reads the content and builds everything derived from it, as start-up does, without writing anything. */
    private static int check(Config config, PrintStream out, PrintStream err) {
        try {
            Library library = checked(config);
            out.println("content is valid: " + library.documents().size() + " documents in " + config.content());
            return 0;
        } catch (ContentException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    /** What {@code check} refuses in the content, if anything. */
    private static Optional<ContentException> problems(Config config) {
        try {
            checked(config);
            return Optional.empty();
        } catch (ContentException e) {
            return Optional.of(e);
        }
    }

    /** The library as a start reads and derives it: content that passes always starts. */
    private static Library checked(Config config) throws ContentException {
        Library library = Librarian.contentLoader(config.content(), ProgressReport.forConsole(), FileDigests.none()).load();
        // The search entries too, though a start makes them only to build its index.
        Librarian.derive(library, config.content()).entries(Optional.empty()).stream().forEach(entry -> { });
        return library;
    }

    private static int waitForever() {
        try {
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
