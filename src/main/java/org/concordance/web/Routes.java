package org.concordance.web;

import io.javalin.compression.CompressionStrategy;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.concordance.citations.ExportFormat;

/**
 * Every route of the site, in one place. Routes are installed once; each request is answered by
 * the {@link Site} current when it arrives, so publishing a new library ({@link #publish}) swaps
 * every page at once and a request in flight finishes on the library it started with.
 */
public final class Routes {
    private final AtomicReference<Site> current = new AtomicReference<>();
    private final Assets assets = new Assets();
    private final ThymeleafRenderer renderer = new ThymeleafRenderer();

    private Routes() {
    }

    /** Configures {@code config} to serve the library of {@code services}; returns the routes, to publish later libraries. */
    public static Routes install(JavalinConfig config, Services services) {
        Routes routes = new Routes();
        routes.publish(services);
        routes.install(config);
        return routes;
    }

    /** Serves {@code services}' library from the next request on. Thread-safe. */
    public void publish(Services services) {
        current.set(new Site(Objects.requireNonNull(services, "services"), assets, renderer));
    }

    /** The services now being served. */
    public Services services() {
        return current.get().services;
    }

    private Site site() {
        return current.get();
    }

    /** A handler that asks the current site. */
    private Handler on(java.util.function.Function<Site, Handler> handler) {
        return ctx -> handler.apply(site()).handle(ctx);
    }

    private void install(JavalinConfig config) {
        config.startup.showJavalinBanner = false;
        config.http.generateEtags = true;
        config.http.compressionStrategy = CompressionStrategy.GZIP;
        config.router.ignoreTrailingSlashes = true;
        // A reader may paste a page of text into the search box; GET carries it in the URL.
        config.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(64 * 1024));
        config.fileRenderer(renderer);

        config.routes.before(SecurityHeaders::apply);
        config.routes.get("/", on(site -> site.pages::home));
        config.routes.get("/documents/{slug}", on(site -> site.pages::document));
        // Citations: the bibliography, works, their downloads, the lookup API.
        config.routes.get("/works", on(site -> site.citations::works));
        for (ExportFormat format : ExportFormat.values()) {
            config.routes.get("/works." + format.extension(), on(site -> ctx -> site.citations.bibliography(ctx, format)));
        }
        config.routes.get("/works/{slug}", on(site -> site.citations::work));
        config.routes.get("/api/works", on(site -> site.citations::api));
        config.routes.get("/concepts", on(site -> site.entries::concepts));
        config.routes.get("/concepts/{slug}", on(site -> site.entries::concept));
        config.routes.get("/organizations", on(site -> site.entries::organizations));
        config.routes.get("/organizations/{slug}", on(site -> site.entries::organization));
        config.routes.get("/people", on(site -> site.entries::people));
        config.routes.get("/people/{slug}", on(site -> site.entries::person));
        // The alliance network: the map, a page per relation, the API and the downloads.
        config.routes.get("/network", on(site -> site.network::page));
        config.routes.get("/network.graphml", on(site -> site.network::graphml));
        config.routes.get("/network.gexf", on(site -> site.network::gexf));
        config.routes.get("/network.csv", on(site -> site.network::csv));
        config.routes.get("/relations/{id}", on(site -> site.network::relation));
        config.routes.get("/api/network", on(site -> site.network::api));
        config.routes.get("/search", on(site -> site.search::page));
        config.routes.get("/api/search", on(site -> site.search::api));
        config.routes.get("/api/suggest", on(site -> site.search::suggest));
        config.routes.get("/opensearch.xml", on(site -> site.search::openSearch));
        config.routes.get("/static/<path>", assets::serve);
        config.routes.get("/favicon.ico", ctx -> assets.serve(ctx, "images/favicon.ico"));
        config.routes.exception(HttpResponseException.class, errors(ErrorPages::httpError));
        config.routes.exception(Exception.class, errors(ErrorPages::unexpected));
        config.routes.error(404, ctx -> site().errors.status(ctx));
    }

    private <E extends Exception> io.javalin.http.ExceptionHandler<E> errors(ErrorHandler<E> handler) {
        return (e, ctx) -> handler.handle(site().errors, e, ctx);
    }

    @FunctionalInterface
    private interface ErrorHandler<E extends Exception> {
        void handle(ErrorPages pages, E e, Context ctx);
    }
}
