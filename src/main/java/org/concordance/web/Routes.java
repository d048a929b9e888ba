package org.concordance.web;

import io.javalin.compression.CompressionStrategy;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.MethodNotAllowedResponse;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import org.concordance.citations.ExportFormat;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Every route of the site, in one place, with one policy for HTTP methods: {@code GET} and
 * {@code HEAD} (the same status and headers, no body) on every page, {@code OPTIONS} answered with
 * {@code Allow}, any other method {@code 405} with {@code Allow}; every error answered with the
 * site's own page.
 *
 * <p>Routes are installed once; each request is answered by the {@link Site} current when it
 * arrives, so publishing a new library ({@link #publish}) swaps every page at once and a request in
 * flight finishes on the library it started with. Until the first library is published, pages
 * answer 503 with {@code Retry-After} and {@code /healthz} says what the app is waiting for; so do
 * searches until its search index is open.
 */
public final class Routes {
    /** What a reader is told when the content has errors and there is no earlier library to serve. */
    public static final String NOT_SERVABLE = "No library can be served yet: its content has errors, and there is no earlier library to "
            + "fall back on. It will be served as soon as they are fixed.";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Routes.class);
    /** How long a stopping server waits for the requests it is answering. */
    static final long STOP_TIMEOUT_MILLIS = 10_000;
    /** The longest request line and headers taken (a URL of a pasted page of text fits), in bytes. */
    static final int MAX_URL_BYTES = 64 * 1024;
    /** The most requests answered at once; more wait in Jetty's queue. */
    static final int MAX_THREADS = 32;
    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    /** How long an answer to {@code OPTIONS} may be kept: the methods change only with the code. */
    static final String OPTIONS_CACHE = "max-age=86400";
    /** Jetty's system property (its {@code MemoryUtils}): how many object references fill a cache line. */
    private static final String REFERENCES_PER_CACHE_LINE = "org.eclipse.jetty.util.referencesPerCacheLine";

    private final AtomicReference<Site> current = new AtomicReference<>();
    /**
     * Until a library is published: the pages an earlier run kept for the edition the content is
     * now, sent by {@link CachedPages} while the library is prepared again. Empty when there are none.
     */
    private volatile Optional<PageCache> kept = Optional.empty();
    private volatile Optional<Path> pageStores = Optional.empty();
    private final Health health;
    /** What the app is doing besides answering requests, empty when nothing: for /healthz and the search warming. */
    private final Supplier<String> progress;
    private final SearchWarming warming = new SearchWarming();
    /** Completed when a library is first served with its index: {@code /healthz} 200 from then on. */
    private final CompletableFuture<Void> firstReady = new CompletableFuture<>();
    private final Assets assets = new Assets();
    private final ThymeleafRenderer renderer = new ThymeleafRenderer();
    private final ErrorPages errors = new ErrorPages(renderer, assets);
    /**
     * Makes the Brotli form of cached pages and stores them; bounded in pages and in their bytes
     * (a sixteenth of the heap), so a burst of new pages cannot pile up work or fill the heap.
     */
    private final ExecutorService compressing = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(1_000), runnable -> {
                Thread thread = new Thread(runnable, "concordance-compress");
                thread.setDaemon(true);
                thread.setPriority(Thread.MIN_PRIORITY);
                return thread;
            }, new ThreadPoolExecutor.AbortPolicy());
    private final PageCache.Background background = PageCache.Background.bounded(compressing,
            Runtime.getRuntime().maxMemory() / 16);

    private Routes(Supplier<String> progress) {
        this.health = new Health(progress);
        this.progress = progress;
    }

    /**
     * Configures {@code config}'s routes; no library is served until one is {@link #publish published}.
     *
     * @param progress what the app is doing while it prepares a library, for {@code /healthz}
     */
    public static Routes install(JavalinConfig config, Supplier<String> progress) {
        Routes routes = new Routes(progress);
        routes.install(config);
        return routes;
    }

    /**
     * Keeps the rendered pages of each library published from now on in {@code folder} (one
     * edition at a time; see {@link PageStore}), so they are rendered once, across restarts.
     */
    public void keepPagesIn(Path folder) {
        pageStores = Optional.of(folder);
    }

    /**
     * Before the first library is published: serves the pages that an earlier run kept for the
     * edition of content with {@code contentFingerprint} (as {@link #keepPagesIn} stored them),
     * exactly as it would serve them once the library is ready. Pages not kept answer 503 until then.
     *
     * @return whether an earlier run kept pages of that edition
     */
    public boolean serveKept(String contentFingerprint, BaseUrl baseUrl) {
        kept = pageStores.flatMap(root -> PageStore.existing(root, PageStore.edition(contentFingerprint, baseUrl.get())))
                .map(store -> new PageCache(PageCache.DEFAULT_MAX_BYTES, background, Optional.of(store)));
        return kept.isPresent();
    }

    /** Serves {@code services}' library from the next request on. Thread-safe. */
    public void publish(Services services) {
        Objects.requireNonNull(services, "services");
        Optional<PageStore> store = pageStores.flatMap(root -> openStore(root, services));
        PageCache cache = new PageCache(PageCache.DEFAULT_MAX_BYTES, background, store);
        current.set(new Site(services, assets, renderer, cache));
        kept = Optional.empty();
        // Ready once search works too: a load balancer sends readers only to a replica that answers everything.
        services.search().thenRun(() -> {
            health.ready(services.library());
            firstReady.complete(null);
            warming.startOnce(() -> Optional.ofNullable(current.get()), progress);
        });
    }

    /**
     * Completes when a library is first served with its index ({@code /healthz} 200), for work that
     * should not take the cores from getting there; never when none can be served.
     */
    public CompletableFuture<Void> firstReady() {
        return firstReady.thenApply(done -> done);
    }

    private static Optional<PageStore> openStore(Path root, Services services) {
        try {
            return Optional.of(PageStore.open(root, PageStore.edition(services.library().fingerprint(),
                    services.baseUrl().get())));
        } catch (IOException e) {
            LOG.warn("pages cannot be kept in {} ({}); they are kept in memory only", root, e.toString());
            return Optional.empty();
        }
    }

    /**
     * Completes once the search has been warmed ({@link SearchWarming}: after the first library
     * published is ready and the app has been idle a moment), with how many warming queries ran;
     * with 0 when the routes were closed first.
     */
    public CompletableFuture<Integer> searchWarmed() {
        return warming.finished();
    }

    /** No library can be served; {@code /healthz} says why until one is published. */
    public void failed(String reason) {
        health.failed(reason);
    }

    /** The services now being served, if a library was published. */
    public Optional<Services> services() {
        return Optional.ofNullable(current.get()).map(site -> site.services);
    }

    /**
     * Stops the background work: the search warming after the query it is running, and what is
     * queued (pages being compressed and kept on disk) after a moment to finish; the routes answer
     * nothing afterwards that needs it.
     */
    public void close() {
        warming.stop();
        compressing.shutdown();
        try {
            compressing.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        compressing.shutdownNow();
    }

    private Site site() {
        Site site = current.get();
        if (site == null) {
            throw new NotReady("The library");
        }
        return site;
    }

    /** A handler that asks the site current when the request arrives. */
    private Handler on(Function<Site, Handler> handler) {
        return ctx -> handler.apply(site()).handle(ctx);
    }

    private void install(JavalinConfig config) {
        config.startup.showJavalinBanner = false;
        // Pages carry their own strong, quoted entity tags (Views); Javalin's are unquoted and compared as strings.
        config.http.generateEtags = false;
        config.http.prefer405over404 = true;
        // Dynamic responses (search, APIs) are gzipped by Javalin; pages kept in memory are sent already compressed.
        config.http.compressionStrategy = CompressionStrategy.GZIP;
        config.router.ignoreTrailingSlashes = true;
        config.jsonMapper(Json.javalin());
        // Requests are short (a kept page is a few microseconds, a new search a few milliseconds) and
        // Jetty holds no thread for an idle connection, so a small pool keeps every core busy; each
        // thread more is stack and buffers in the resident memory (Javalin's default grows to 250).
        // Jetty pads its thread pool's tables to the CPU's cache line, counting references per line.
        // Unless told, it asks the JVM through JMX whether references are compressed, which starts the
        // platform MBean server: about 300 classes and 90 ms before the server can listen (README,
        // Performance, Start). They are compressed below a 32 GB heap, as the README's are: 64 / 4.
        if (System.getProperty(REFERENCES_PER_CACHE_LINE) == null) {
            System.setProperty(REFERENCES_PER_CACHE_LINE, "16");
        }
        QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, 8, 60_000);
        threads.setName("JettyServerThreadPool");
        config.jetty.threadPool = threads;
        // A reader may paste a page of text into the search box; GET carries it in the URL. A redirect
        // keeps the query (a section's address, a search's page past the last), so the response's
        // headers take as long a Location: over Jetty's 8 KB it answered 500, and logged nothing.
        config.jetty.modifyHttpConfiguration(http -> {
            http.setRequestHeaderSize(MAX_URL_BYTES);
            http.setResponseHeaderSize(MAX_URL_BYTES + 16 * 1024);
        });
        JettyErrors jettyErrors = new JettyErrors(errors);
        config.jetty.modifyServer(server -> {
            server.setErrorHandler(jettyErrors);
            // Pages already kept are sent before the router is asked (CachedPages); inside the graceful handler.
            server.insertHandler(new CachedPages(() -> Optional.ofNullable(current.get())
                    .map(site -> site.views.cache()).or(() -> kept)));
            // A WebSocket handshake is answered as a plain request: the site speaks HTTP alone.
            server.insertHandler(new UpgradesIgnored());
            // "OPTIONS *" names no path, so it never reaches the web app: answered here.
            server.insertHandler(new ServerOptions());
            // Stopping (SIGTERM, a rolling restart) lets the requests in flight finish first.
            server.insertHandler(new GracefulHandler());
            server.setStopTimeout(STOP_TIMEOUT_MILLIS);
        });
        config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(jettyErrors));

        config.routes.before(ctx -> {
            SecurityHeaders.apply(ctx);
            // Every answer the router makes may be gzipped (Javalin's compression: the APIs, the
            // errors), so every one says so to a shared cache; the pages sent by Views say it too.
            ctx.header("Vary", "Accept-Encoding");
            checkMethod(ctx);
            checkPath(ctx.req().getRequestURI());
            checkQuery(ctx.queryString());
            // A paging parameter that is not a whole number is a 400 on every page, those not paged too,
            // and so is a page below 1, which no list has.
            QueryNumber.of(ctx, "page").ifPresent(page -> {
                if (page < 1) {
                    throw new io.javalin.http.BadRequestResponse("'page' must be 1 or more"
                            + (page == -Integer.MAX_VALUE ? "." : ", was " + page + "."));
                }
            });
            QueryNumber.of(ctx, "size");
        });
        get(config, "/", on(site -> site.pages::home));
        get(config, "/documents/{slug}", on(site -> site.pages::document));
        get(config, "/documents/{slug}/cite/{number}", on(site -> site.pages::paragraphCitations));
        // Citations: the bibliography, works, their downloads, the lookup API.
        get(config, "/works", on(site -> site.citations::works));
        for (ExportFormat format : ExportFormat.values()) {
            get(config, "/works." + format.extension(), on(site -> ctx -> site.citations.bibliography(ctx, format)));
        }
        get(config, "/works/{slug}", on(site -> site.citations::work));
        get(config, "/api/works", on(site -> site.citations::api));
        get(config, "/concepts", on(site -> site.entries::concepts));
        get(config, "/concepts/{slug}", on(site -> site.entries::concept));
        get(config, "/organizations", on(site -> site.entries::organizations));
        get(config, "/organizations/{slug}", on(site -> site.entries::organization));
        get(config, "/people", on(site -> site.entries::people));
        get(config, "/people/{slug}", on(site -> site.entries::person));
        // The alliance network: the map, a page per relation, the API and the downloads.
        get(config, "/network", on(site -> site.network::page));
        get(config, "/network.graphml", on(site -> site.network::graphml));
        get(config, "/network.gexf", on(site -> site.network::gexf));
        get(config, "/network.csv", on(site -> site.network::csv));
        get(config, "/relations/{id}", on(site -> site.network::relation));
        // A reader who shortens an address to its section is sent to the page that lists it.
        get(config, "/documents", ctx -> sectionMovedTo(ctx, "/"));
        get(config, "/relations", ctx -> sectionMovedTo(ctx, "/network"));
        get(config, "/api/network", on(site -> site.network::api));
        get(config, "/search", on(site -> site.search::page));
        get(config, "/api/search", on(site -> site.search::api));
        get(config, "/api/suggest", on(site -> site.search::suggest));
        get(config, "/opensearch.xml", on(site -> site.search::openSearch));
        get(config, "/static/<path>", assets::serve);
        get(config, "/favicon.ico", ctx -> assets.serve(ctx, "images/favicon.ico"));
        get(config, "/robots.txt", ctx -> assets.serve(ctx, "robots.txt"));
        get(config, "/healthz", health::answer);
        config.routes.exception(NotReady.class, (e, ctx) -> {
            ctx.header("Retry-After", "5");
            // With --watch, content with errors and no earlier library leave nothing to serve until an
            // editor fixes them: said so, with the problems, rather than "being prepared" for ever.
            errors.httpError(health.failure().map(problems -> new HttpResponseException(HttpStatus.SERVICE_UNAVAILABLE.getCode(),
                    NOT_SERVABLE, Map.of(ErrorPages.PROBLEMS, problems)))
                    .orElseGet(() -> new HttpResponseException(HttpStatus.SERVICE_UNAVAILABLE.getCode(),
                            e.what + " is being prepared: " + health.waitingFor() + ". Please try again in a few seconds.")), ctx);
        });
        config.routes.exception(HttpResponseException.class, errors::httpError);
        config.routes.exception(Exception.class, errors::unexpected);
        config.routes.error(404, errors::status);
    }

    /** A 301 to {@code listing}, the page that lists a section's pages, keeping the request's query. */
    private static void sectionMovedTo(Context ctx, String listing) {
        String query = ctx.queryString();
        ctx.header("Cache-Control", "public, max-age=86400");
        ctx.redirect(query == null || query.isEmpty() ? listing : listing + "?" + query, HttpStatus.MOVED_PERMANENTLY);
    }

    /** A page: {@code GET}, {@code HEAD} with the same headers and no body, and {@code OPTIONS}. */
    private static void get(JavalinConfig config, String path, Handler handler) {
        config.routes.get(path, handler);
        config.routes.head(path, handler);
        config.routes.options(path, Routes::options);
    }

    private static void options(Context ctx) {
        ctx.header("Allow", ErrorPages.ALLOW);
        ctx.header("Cache-Control", OPTIONS_CACHE);
        ctx.status(HttpStatus.NO_CONTENT);
    }

    /**
     * A query string whose escapes cannot be read ({@code q=al%zzqaeda}, {@code %FF} alone) is a 400,
     * as such a path is: Jetty drops the parameter, and a search answered as if nothing was asked.
     */
    static void checkQuery(String query) {
        checkEscapes(query, "The address’s query");
    }

    /**
     * A path whose escapes cannot be read is a 400. Jetty lets the old {@code %u0041} form through
     * (and decodes it), and the router then fails to decode the path's parameters
     * ({@code /documents/%u0041}), which was a 500.
     *
     * @param path the path as the request wrote it, still encoded
     */
    static void checkPath(String path) {
        checkEscapes(path, "The address");
    }

    private static void checkEscapes(String encoded, String what) {
        if (encoded == null || encoded.indexOf('%') < 0) {
            return;
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                int high = i + 2 < encoded.length() ? Character.digit(encoded.charAt(i + 1), 16) : -1;
                int low = high >= 0 ? Character.digit(encoded.charAt(i + 2), 16) : -1;
                if (low < 0 || encoded.charAt(i + 1) > 'f' || encoded.charAt(i + 2) > 'f') {
                    throw new HttpResponseException(HttpStatus.BAD_REQUEST.getCode(), what + " has a “%” that"
                            + " is not followed by two hexadecimal digits; write “%25” for a percent sign.");
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                bytes.write(c < 0x80 ? c : '?'); // raw characters other than ASCII are Jetty's to read
            }
        }
        try {
            java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes.toByteArray()));
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new HttpResponseException(HttpStatus.BAD_REQUEST.getCode(),
                    what + " has escapes that are not UTF-8 text, as browsers write it.");
        }
    }

    /**
     * The site is read-only: any method but GET, HEAD and OPTIONS is answered 405 with {@code Allow},
     * whatever the path and whether or not HTTP defines the method. The request's own method is
     * used, not an {@code X-HTTP-Method-Override} header, which this site does not honour.
     */
    private static void checkMethod(Context ctx) {
        String method = ctx.req().getMethod();
        if (!READ_METHODS.contains(method)) {
            if ("CONNECT".equals(method)) {
                // Refused, the tunnel is not opened; left open, the connection ignored "Connection: close" and HTTP/1.0.
                ctx.header("Connection", "close");
            }
            throw new MethodNotAllowedResponse();
        }
        if (!ctx.method().equals(HandlerType.findOrDefault(method))) {
            throw new HttpResponseException(HttpStatus.BAD_REQUEST.getCode(),
                    "This site does not take a method from the X-HTTP-Method-Override header.");
        }
    }
}
