package org.concordance;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Optional;
import java.util.HashMap;
import java.util.Map;
import org.concordance.citations.Bibliography;
import org.concordance.citations.Name;
import org.concordance.citations.NoteCitation;
import org.concordance.citations.CitationFormatter;
import org.concordance.citations.References;
import org.concordance.citations.Work;
import org.concordance.search.Searchable;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import org.concordance.catalog.Catalog;
import org.concordance.catalog.Ingest;
import org.concordance.catalog.IngestOutcome;
import org.concordance.content.ContentException;
import org.concordance.content.ContentLoader;
import org.concordance.content.Library;
import org.concordance.search.SearchIndex;
import org.concordance.search.Searchables;
import org.concordance.search.Synonyms;
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
     * Ingests the content if it changed, opens the catalog, and returns the web app, not yet started.
     *
     * @throws StartupException when there is no library to serve: the content has errors and no
     *     earlier good catalog exists
     */
    public static Javalin create(Config config) {
        Catalog catalog = Catalog.open(config.data());
        try {
            IngestOutcome outcome = new Ingest(contentLoader(config.content()), catalog).run();
            report(outcome);
            Library library = outcome.served().orElseThrow(() -> new StartupException(
                    "No library to serve: the content has errors and there is no earlier catalog.\n"
                            + ((IngestOutcome.Rejected) outcome).problems().getMessage()));
            Bibliography bibliography = Bibliography.build(library, References.of(library, config.content()));
            List<Searchable> entries = new ArrayList<>(Searchables.of(library, citedWorks(bibliography)));
            bibliography.works().forEach(work -> entries.add(searchable(work)));
            SearchIndex index = SearchIndex.open(config.data().resolve("index"), library.fingerprint(), entries,
                    Synonyms.of(library.nameGroups()));
            BaseUrl baseUrl = BaseUrl.of(config.baseUrl());
            Services services = new Services(library, index, bibliography, CitationFormatter.create(), baseUrl);
            Javalin[] app = new Javalin[1];
            app[0] = Javalin.create(javalin -> {
                javalin.jetty.port = config.port();
                Routes.install(javalin, services);
                javalin.events.serverStarted(() -> baseUrl.listeningOn(app[0].port()));
                javalin.events.serverStopped(() -> {
                    index.close();
                    catalog.close();
                });
            });
            return app[0];
        } catch (ContentException e) {
            catalog.close();
            throw new StartupException("The catalog's references cannot be read:\n" + e.getMessage());
        } catch (RuntimeException e) {
            catalog.close();
            throw e;
        }
    }

    /** The one reader of the content folder, with every rule the ingest and {@code check} apply. */
    static ContentLoader contentLoader(Path content) {
        return new ContentLoader(content, List.of(References.check(content)));
    }

    /**
     * A cited work as a card of kind {@code work}: found by its authors, title and short title, described
     * by what it is, who wrote it and when.
     */
    private static Searchable searchable(Work work) {
        List<String> names = new ArrayList<>();
        work.title().ifPresent(names::add);
        work.shortTitle().ifPresent(names::add);
        work.shortForm().ifPresent(names::add);
        return new Searchable(Searchable.WORK, Searchables.cardId(Searchable.WORK, work.slug()), work.displayTitle(),
                work.path(), Optional.empty(), Optional.empty(), Optional.empty(), describe(work),
                work.authors().stream().map(Name::display).toList()).withNames(names);
    }

    /** One line on a work, in the library's words: "Report by D. Byman, 2012". */
    private static String describe(Work work) {
        String type = switch (work.type()) {
            case BOOK -> "Book";
            case JOURNAL_ARTICLE -> "Journal article";
            case CHAPTER -> "Book chapter";
            case REPORT -> "Report";
            case WEB_PAGE -> "Web page";
            case BLOG_POST -> "Blog post";
            case UNKNOWN -> "Work";
        };
        StringBuilder line = new StringBuilder(type);
        if (!work.authorLine().isEmpty()) {
            line.append(" by ").append(work.authorLine());
        }
        work.container().ifPresent(container -> line.append(", ").append(container));
        work.year().ifPresent(year -> line.append(", ").append(year));
        if (work.knownOnlyByShortForm()) {
            line.append(", known only from a note's short form");
        }
        return line.append('.').toString();
    }

    /** By passage id, the works each passage cites (notes) or names (paragraphs), as card ids. */
    private static Map<String, List<String>> citedWorks(Bibliography bibliography) {
        Map<String, List<String>> cited = new HashMap<>();
        for (Work work : bibliography.works()) {
            String id = Searchables.cardId(Searchable.WORK, work.slug());
            for (NoteCitation note : bibliography.citationsOf(work.slug())) {
                cited.computeIfAbsent(Searchables.noteId(note.documentSlug(), note.noteLabel()), p -> new ArrayList<>()).add(id);
            }
            for (org.concordance.citations.Mention mention : bibliography.mentionsOf(work.slug())) {
                cited.computeIfAbsent(Searchables.paragraphId(mention.documentSlug(), mention.paragraph()),
                        p -> new ArrayList<>()).add(id);
            }
        }
        return cited;
    }

    private static void report(IngestOutcome outcome) {
        if (outcome instanceof IngestOutcome.Unchanged unchanged) {
            LOG.info("content unchanged; serving {} documents from the catalog", unchanged.library().documents().size());
        } else if (outcome instanceof IngestOutcome.Ingested ingested) {
            LOG.info("ingested {} documents in {} ms", ingested.library().documents().size(), ingested.took().toMillis());
        } else if (outcome instanceof IngestOutcome.Rejected rejected) {
            LOG.error("the content was not ingested; {}\n{}",
                    rejected.previous().isPresent() ? "still serving the previous library" : "there is no previous library",
                    rejected.problems().getMessage());
        }
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
                try {
                    Library library = contentLoader(config.content()).load();
                    out.println("content is valid: " + library.documents().size() + " documents in " + config.content());
                    return 0;
                } catch (ContentException e) {
                    err.println(e.getMessage());
                    return 1;
                }
            }
            default -> {
                try {
                    Javalin app = create(config).start();
                    LOG.info("listening on http://localhost:{}/", app.port());
                    Runtime.getRuntime().addShutdownHook(new Thread(app::stop, "concordance-shutdown"));
                    return waitForever();
                } catch (StartupException e) {
                    err.println(e.getMessage());
                    return 1;
                } catch (RuntimeException e) {
                    err.println("concordance: cannot start: " + e.getMessage());
                    return 1;
                }
            }
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
