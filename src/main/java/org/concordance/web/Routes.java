package org.concordance.web;

import io.javalin.compression.CompressionStrategy;
import io.javalin.config.JavalinConfig;
import io.javalin.http.HttpResponseException;
import org.concordance.citations.ExportFormat;
import org.concordance.content.Library;
import org.concordance.glossary.Glossary;

/** Every route of the site, in one place. */
public final class Routes {
    private Routes() {
    }

    /** Configures {@code config} to serve {@code library}. */
    public static void install(JavalinConfig config, Services services) {
        Library library = services.library();
        Assets assets = new Assets();
        ThymeleafRenderer renderer = new ThymeleafRenderer();
        Views views = new Views(assets, renderer);
        Glossary glossary = new Glossary(library);
        SearchPages search = new SearchPages(services.search(), views, services.baseUrl());
        ErrorPages errors = new ErrorPages(views);
        CitationPages citations = new CitationPages(library, services.bibliography(), services.citations(), views,
                services.baseUrl());
        LibraryPages pages = new LibraryPages(library, glossary, views, citations);
        GlossaryPages entries = new GlossaryPages(glossary, views, citations);

        config.startup.showJavalinBanner = false;
        config.http.generateEtags = true;
        config.http.compressionStrategy = CompressionStrategy.GZIP;
        config.router.ignoreTrailingSlashes = true;
        // A reader may paste a page of text into the search box; GET carries it in the URL.
        config.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(64 * 1024));
        config.fileRenderer(renderer);

        config.routes.before(SecurityHeaders::apply);
        config.routes.get("/", pages::home);
        config.routes.get("/documents/{slug}", pages::document);
        // Citations: the bibliography, works, their downloads, the lookup API.
        config.routes.get("/works", citations::works);
        for (ExportFormat format : ExportFormat.values()) {
            config.routes.get("/works." + format.extension(), ctx -> citations.bibliography(ctx, format));
        }
        config.routes.get("/works/{slug}", citations::work);
        config.routes.get("/api/works", citations::api);
        config.routes.get("/concepts", entries::concepts);
        config.routes.get("/concepts/{slug}", entries::concept);
        config.routes.get("/organizations", entries::organizations);
        config.routes.get("/organizations/{slug}", entries::organization);
        config.routes.get("/people", entries::people);
        config.routes.get("/people/{slug}", entries::person);
        config.routes.get("/search", search::page);
        config.routes.get("/api/search", search::api);
        config.routes.get("/api/suggest", search::suggest);
        config.routes.get("/opensearch.xml", search::openSearch);
        config.routes.get("/static/<path>", assets::serve);
        config.routes.get("/favicon.ico", ctx -> assets.serve(ctx, "images/favicon.ico"));
        config.routes.exception(HttpResponseException.class, errors::httpError);
        config.routes.exception(Exception.class, errors::unexpected);
        config.routes.error(404, errors::status);
    }
}
