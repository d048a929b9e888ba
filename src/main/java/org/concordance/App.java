package org.concordance;

import io.javalin.Javalin;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.concordance.catalog.Catalog;
import org.concordance.catalog.CatalogException;
import org.concordance.catalog.DataFolder;
import org.concordance.catalog.DataFolderException;
import org.concordance.citations.CitationFormatter;
import org.concordance.content.ContentException;
import org.concordance.content.Library;
import org.concordance.web.BaseUrl;
import org.concordance.web.Routes;
import org.concordance.web.Services;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: builds every part by constructor and wires them together. {@code main} and
 * the tests go through {@link #create(Config)}.
 */
public final class App {
    private static final Logger LOG = LoggerFactory.getLogger(App.class);

    private App() {
    }

    /**
     * Opens the data folder, brings the catalog in line with the content, and returns the web app,
     * not yet started. Stopping the app closes everything it opened.
     *
     * @throws StartupException when there is nothing to serve (the content has errors and no earlier
     *     library exists) or the data folder cannot be used; the message says why in one paragraph
     */
    public static Javalin create(Config config) {
        DataFolder data;
        try {
            data = DataFolder.open(config.data());
        } catch (DataFolderException e) {
            throw new StartupException(e.getMessage());
        }
        Catalog catalog = null;
        try {
            catalog = data.openCatalog();
            BaseUrl baseUrl = BaseUrl.of(config.baseUrl());
            CitationFormatter formatter = CitationFormatter.create();
            Librarian librarian = new Librarian(config.content(), data, catalog, formatter, baseUrl);
            Services services;
            try {
                services = librarian.refresh(Optional.empty()).orElseThrow();
            } catch (CatalogException damaged) {
                // It opened, but what it holds cannot be read: derived data, so it is built again from the content.
                catalog.close();
                data.setAside("catalog", "catalog.", damaged);
                catalog = data.openCatalog();
                librarian = new Librarian(config.content(), data, catalog, formatter, baseUrl);
                services = librarian.refresh(Optional.empty()).orElseThrow();
            }
            Catalog opened = catalog;
            Services first = services;
            Librarian keeper = librarian;
            Javalin[] app = new Javalin[1];
            app[0] = Javalin.create(javalin -> {
                javalin.jetty.port = config.port();
                Routes routes = Routes.install(javalin, first);
                Editions editions = new Editions(routes, keeper);
                javalin.events.serverStarted(() -> {
                    baseUrl.listeningOn(app[0].port());
                    if (config.watch()) {
                        editions.watch(config.content());
                    }
                });
                javalin.events.serverStopped(() -> {
                    editions.close();
                    routes.close();
                    opened.close();
                    data.close();
                });
            });
            return app[0];
        } catch (CatalogException | DataFolderException e) {
            close(catalog, data);
            throw new StartupException(e.getMessage());
        } catch (RuntimeException e) {
            close(catalog, data);
            throw e;
        }
    }

    private static void close(Catalog catalog, DataFolder data) {
        if (catalog != null) {
            catalog.close();
        }
        data.close();
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
                err.println("concordance: import is not available yet");
                return 2;
            }
            default -> {
                try {
                    Javalin app = create(config).start();
                    LOG.info("listening on http://localhost:{}/", app.port());
                    Runtime.getRuntime().addShutdownHook(new Thread(app::stop, "concordance-shutdown"));
                    return waitForever();
                } catch (StartupException e) {
                    err.println("concordance: cannot start: " + e.getMessage());
                    return 1;
                } catch (RuntimeException e) {
                    LOG.debug("start-up failed", e);
                    err.println("concordance: cannot start: " + e.getMessage());
                    return 1;
                }
            }
        }
    }

    /** Reads the content and builds everything derived from it, as start-up does, without writing anything. */
    private static int check(Config config, PrintStream out, PrintStream err) {
        try {
            Library library = Librarian.contentLoader(config.content()).load();
            Librarian.derive(library, config.content());
            out.println("content is valid: " + library.documents().size() + " documents in " + config.content());
            return 0;
        } catch (ContentException e) {
            err.println(e.getMessage());
            return 1;
        }
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
