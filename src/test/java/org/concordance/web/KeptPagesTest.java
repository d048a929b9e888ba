package org.concordance.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import org.concordance.App;
import org.concordance.Config;
import org.concordance.TestApp;
import org.concordance.content.ContentLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages rendered by one run are kept in the data folder ({@link PageStore}) and served by the next
 * run on unchanged content: the same bytes and entity tags, before its library is even prepared.
 */
class KeptPagesTest {
    private static final String DOC = "/documents/why-terrorist-actors-cooperate";
    private static final URI BASE = URI.create("https://library.example.org");
    @TempDir
    static Path folder;
    private static Path content;
    private static Path data;
    private static RawHttp.Response first;
    private static RawHttp.Response firstGzip;

    /** One run: renders the document page, keeps it on disk, stops. */
    @BeforeAll
    static void firstRun() throws Exception {
        content = folder.resolve("content");
        data = folder.resolve("data");
        TestApp.copy(Path.of("content"), content);
        App app = App.create(Config.serve(0, content, data).withBaseUrl(BASE)).start().awaitReady(Duration.ofMinutes(2));
        try {
            first = RawHttp.send(app.port(), "GET", DOC);
            firstGzip = RawHttp.send(app.port(), "GET", DOC, "Accept-Encoding: gzip");
            // Pages are written to disk on a background thread once their Brotli form is made.
            for (int i = 0; i < 200 && pageFiles() == 0; i++) {
                Thread.sleep(50);
            }
        } finally {
            app.stop();
        }
        assertThat(first.status()).isEqualTo(200);
    }

    @AfterAll
    static void noLeftovers() throws IOException {
        try (Stream<Path> temporary = Files.walk(data.resolve("pages"))) {
            assertThat(temporary.filter(p -> p.toString().endsWith(".tmp"))).isEmpty();
        }
    }

    private static long pageFiles() throws IOException {
        Path pages = data.resolve("pages");
        if (!Files.isDirectory(pages)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(pages)) {
            return files.filter(p -> p.toString().endsWith(".page")).count();
        }
    }

    @Test
    void theNextRunSendsTheSameBytesAndTags() {
        App app = App.create(Config.serve(0, content, data).withBaseUrl(BASE)).start().awaitReady(Duration.ofMinutes(2));
        try {
            RawHttp.Response again = RawHttp.send(app.port(), "GET", DOC);
            RawHttp.Response againGzip = RawHttp.send(app.port(), "GET", DOC, "Accept-Encoding: gzip");
            assertThat(again.body()).isEqualTo(first.body());
            assertThat(again.header("ETag")).isEqualTo(first.header("ETag"));
            assertThat(againGzip.body()).isEqualTo(firstGzip.body());
            assertThat(againGzip.header("ETag")).isEqualTo(firstGzip.header("ETag"));
        } finally {
            app.stop();
        }
    }

    /** Spellings of one address (escaped letters) are the one page: rendered and kept once. */
    @Test
    void anEscapedSpellingIsTheSamePageKeptOnce() throws Exception {
        App app = App.create(Config.serve(0, content, data).withBaseUrl(BASE)).start().awaitReady(Duration.ofMinutes(2));
        try {
            long before = pageFiles();
            for (String spelling : new String[] {"/documents/%77hy-terrorist-actors-cooperate",
                    "/documents/w%68y-terrorist-actors-cooperate", "/documents/%57hy-terrorist-actors-cooperate/"}) {
                RawHttp.Response response = RawHttp.send(app.port(), "GET", spelling);
                if (response.status() == 200) {
                    assertThat(response.header("ETag")).isEqualTo(first.header("ETag"));
                }
            }
            Thread.sleep(1_000);
            assertThat(pageFiles()).isEqualTo(before);
        } finally {
            app.stop();
        }
    }

    /**
     * Before any library is published, the routes send the pages kept for the content's edition,
     * and only those: the rest answers 503 and {@code /healthz} says the app is still starting.
     */
    @Test
    void keptPagesAreServedBeforeTheLibraryIsReady() throws Exception {
        try (Unpublished server = Unpublished.servingKept(BASE)) {
            RawHttp.Response kept = RawHttp.send(server.port(), "GET", DOC, "Accept-Encoding: gzip");
            assertThat(kept.status()).isEqualTo(200);
            assertThat(kept.body()).isEqualTo(firstGzip.body());
            assertThat(kept.header("ETag")).isEqualTo(firstGzip.header("ETag"));
            assertThat(RawHttp.send(server.port(), "GET", DOC, "If-None-Match: " + first.header("ETag")).status())
                    .isEqualTo(304);
            assertThat(RawHttp.send(server.port(), "GET", "/works").status()).isEqualTo(503);
            assertThat(RawHttp.send(server.port(), "GET", "/healthz").status()).isEqualTo(503);
        }
    }

    /** Another base URL is another edition: its pages name another address, so none is reused. */
    @Test
    void anotherBaseUrlIsAnotherEdition() throws Exception {
        try (Unpublished server = Unpublished.servingKept(URI.create("https://mirror.example.org"))) {
            assertThat(RawHttp.send(server.port(), "GET", DOC).status()).isEqualTo(503);
        }
    }

    /**
     * The site's routes on a server of their own with no library published, sending the kept
     * pages of {@code base}'s edition.
     */
    private record Unpublished(Javalin server) implements AutoCloseable {
        static Unpublished servingKept(URI base) throws Exception {
            Routes[] routes = new Routes[1];
            Javalin server = Javalin.create(config -> {
                config.jetty.port = 0;
                routes[0] = Routes.install(config, () -> "reading documents");
            });
            server.start();
            routes[0].keepPagesIn(data.resolve("pages"));
            routes[0].serveKept(new ContentLoader(content).fingerprint(), BaseUrl.of(Optional.of(base), Optional.empty()));
            return new Unpublished(server);
        }

        int port() {
            return server.port();
        }

        @Override
        public void close() {
            server.stop();
        }
    }
}
