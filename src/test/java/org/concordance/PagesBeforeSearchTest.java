package org.concordance;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.concordance.content.FileDigests;
import org.concordance.content.Library;
import org.concordance.content.Progress;
import org.concordance.search.SearchIndex;
import org.concordance.search.Synonyms;
import org.concordance.web.BaseUrl;
import org.concordance.web.Routes;
import org.concordance.web.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * At start-up a library's pages are published before its search index is open (Librarian): until
 * it is, searches (after waiting a moment for it) and {@code /healthz} answer 503 saying what the
 * app is waiting for, and every other page is served. The routes run on a real server; the index
 * is the real one, opened when the test says so.
 */
class PagesBeforeSearchTest {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String WAITING = "building the search index: 3 of 138";

    @Test
    void searchAnswers503UntilItsIndexIsOpenWhilePagesAreServed(@TempDir Path data) throws Exception {
        Librarian.Derived derived = bundled();
        Library library = derived.library();
        CompletableFuture<SearchIndex> search = new CompletableFuture<>();
        Routes[] routes = new Routes[1];
        Javalin server = server(routes);
        try {
            routes[0].publish(services(server, derived, search));

            assertThat(get(server, "/documents/why-terrorist-actors-cooperate").statusCode()).isEqualTo(200);
            assertThat(get(server, "/search").statusCode()).as("the empty search form needs no index").isEqualTo(200);
            for (String path : new String[] {"/search?q=alliance", "/api/search?q=alliance", "/api/suggest?q=all"}) {
                HttpResponse<String> waiting = get(server, path);
                assertThat(waiting.statusCode()).as(path).isEqualTo(503);
                assertThat(waiting.headers().firstValue("Retry-After")).as(path).isPresent();
                assertThat(waiting.body()).as(path).contains("Search is being prepared").contains(WAITING);
            }
            HttpResponse<String> health = get(server, "/healthz");
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(health.body()).contains(WAITING);

            try (SearchIndex index = SearchIndex.open(data.resolve("index"), derived.searchFingerprint(),
                    () -> derived.entries(Optional.empty()), Synonyms.of(library.nameGroups()), Progress.NONE)) {
                search.complete(index);
                assertThat(get(server, "/search?q=alliance").statusCode()).isEqualTo(200);
                assertThat(get(server, "/api/suggest?q=all").statusCode()).isEqualTo(200);
                assertThat(get(server, "/healthz").statusCode()).isEqualTo(200);
            }
        } finally {
            routes[0].close();
            server.stop();
        }
    }

    /**
     * A library that replaces another (a watched change) is published before its index is open too:
     * meanwhile searches are answered from the index served before, and those results are not kept,
     * so once the library's own index is open the same search answers from it.
     */
    @Test
    void aReplacingLibrarySearchesTheIndexServedBeforeUntilItsOwnIsOpen(@TempDir Path data) throws Exception {
        Librarian.Derived derived = bundled();
        Library library = derived.library();
        // The library served before named a word the new one does not.
        Path before = data.resolve("before");
        TestApp.copy(Path.of("content"), before);
        Path document = before.resolve("documents/why-terrorist-actors-cooperate.md");
        java.nio.file.Files.writeString(document, java.nio.file.Files.readString(document)
                + "\nA paragraph naming the zeugma once.\n");
        Library earlier = Librarian.contentLoader(before, Progress.NONE, FileDigests.none()).load();
        Librarian.Derived earlierDerived = Librarian.derive(earlier, before);
        CompletableFuture<SearchIndex> search = new CompletableFuture<>();
        Routes[] routes = new Routes[1];
        Javalin server = server(routes);
        try (SearchIndex served = SearchIndex.open(data.resolve("index-before"), earlierDerived.searchFingerprint(),
                () -> earlierDerived.entries(Optional.empty()), Synonyms.of(earlier.nameGroups()), Progress.NONE);
                SearchIndex own = SearchIndex.open(data.resolve("index"), derived.searchFingerprint(),
                        () -> derived.entries(Optional.empty()), Synonyms.of(library.nameGroups()), Progress.NONE)) {
            routes[0].publish(services(server, derived, search).searchingMeanwhile(served));

            for (String path : new String[] {"/search?q=zeugma", "/api/search?q=zeugma", "/api/suggest?q=all"}) {
                assertThat(get(server, path).statusCode()).as(path).isEqualTo(200);
            }
            assertThat(get(server, "/api/suggest?q=all").headers().firstValue("Cache-Control")).as("not kept")
                    .contains("no-cache");
            assertThat(get(server, "/search?q=zeugma").body()).contains("A paragraph naming the <mark>zeugma</mark> once");
            assertThat(get(server, "/api/search?q=zeugma").body()).contains("\"total\":1");

            search.complete(own);
            assertThat(get(server, "/api/suggest?q=all").headers().firstValue("Cache-Control")).contains("public, max-age=60");
            assertThat(get(server, "/search?q=zeugma").body()).doesNotContain("<mark>zeugma</mark>");
            assertThat(get(server, "/api/search?q=zeugma").body()).contains("\"total\":0");
        } finally {
            routes[0].close();
            server.stop();
        }
    }

    /**
     * A search asked while the index is being opened (a restart checks the one on disk for about a
     * second after its pages are served) waits for it, within a moment, rather than answering 503.
     * Found by a trial: searches asked at once after a restart answered 503 for about a second.
     */
    @Test
    void aSearchAskedAsTheIndexOpensIsAnsweredOnceItIsOpen(@TempDir Path data) throws Exception {
        Librarian.Derived derived = bundled();
        Library library = derived.library();
        CompletableFuture<SearchIndex> search = new CompletableFuture<>();
        Routes[] routes = new Routes[1];
        Javalin server = server(routes);
        try (SearchIndex index = SearchIndex.open(data.resolve("index"), derived.searchFingerprint(),
                () -> derived.entries(Optional.empty()), Synonyms.of(library.nameGroups()), Progress.NONE)) {
            routes[0].publish(services(server, derived, search));
            CompletableFuture<HttpResponse<String>> asked = CLIENT.sendAsync(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + server.port() + "/search?q=alliance")).build(), HttpResponse.BodyHandlers.ofString());
            Thread.sleep(300);
            assertThat(asked).as("still waiting for the index").isNotDone();

            search.complete(index);

            HttpResponse<String> answered = asked.get(10, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(answered.statusCode()).isEqualTo(200);
            assertThat(answered.body()).contains("<mark>");
        } finally {
            routes[0].close();
            server.stop();
        }
    }

    /** The bundled library, read and derived as the app does. */
    private static Librarian.Derived bundled() throws Exception {
        Path content = Path.of("content");
        return Librarian.derive(Librarian.contentLoader(content, Progress.NONE, FileDigests.none()).load(), content);
    }

    /** A real server with the app's routes, nothing published yet; {@code routes[0]} set to them. */
    private static Javalin server(Routes[] routes) {
        return Javalin.create(config -> {
            config.jetty.port = 0;
            routes[0] = Routes.install(config, () -> WAITING);
        }).start();
    }

    /** {@code derived}'s services on {@code server}, searching {@code search} once it completes. */
    private static Services services(Javalin server, Librarian.Derived derived, CompletableFuture<SearchIndex> search) {
        BaseUrl base = BaseUrl.of(Optional.empty(), Optional.empty());
        base.listeningOn(server.port());
        return new Services(derived.library(), search, Optional.empty(), derived.bibliography(), derived.formatter(), base,
                derived.glossary(), derived.network());
    }

    private static HttpResponse<String> get(Javalin server, String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
