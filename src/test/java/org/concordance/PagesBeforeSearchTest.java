package org.concordance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concordance.RoutesFixture.bundled;
import static org.concordance.RoutesFixture.get;
import static org.concordance.RoutesFixture.getLater;
import static org.concordance.RoutesFixture.server;
import static org.concordance.RoutesFixture.services;


import io.javalin.Javalin;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.concordance.content.FileDigests;
import org.concordance.content.Library;
import org.concordance.content.Progress;
import org.concordance.search.SearchIndex;
import org.concordance.search.Synonyms;
import org.concordance.web.Routes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * At start-up a library's pages are published before its search index is open (Librarian): until
 * it is, searches (after waiting a moment for it) and {@code /healthz} answer 503 saying what the
 * app is waiting for, and every other page is served. The routes run on a real server; the index
 * is the real one, opened when the test says so.
 */
class PagesBeforeSearchTest {
    private static final String WAITING = "building the search index: 3 of 138";

    @Test
    void searchAnswers503UntilItsIndexIsOpenWhilePagesAreServed(@TempDir Path data) throws Exception {
        Librarian.Derived derived = bundled();
        Library library = derived.library();
        CompletableFuture<SearchIndex> search = new CompletableFuture<>();
        Routes[] routes = new Routes[1];
        Javalin server = server(routes, () -> WAITING);
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
            // What waits for the first library ready (a restart's citation styles) still waits.
            assertThat(routes[0].firstReady()).isNotDone();

            try (SearchIndex index = SearchIndex.open(data.resolve("index"), derived.searchFingerprint(),
                    () -> derived.entries(Optional.empty()), Synonyms.of(library.nameGroups()), Progress.NONE)) {
                search.complete(index);
                assertThat(get(server, "/search?q=alliance").statusCode()).isEqualTo(200);
                assertThat(get(server, "/api/suggest?q=all").statusCode()).isEqualTo(200);
                assertThat(get(server, "/healthz").statusCode()).isEqualTo(200);
                assertThat(routes[0].firstReady()).isDone();
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
        Javalin server = server(routes, () -> WAITING);
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
        Javalin server = server(routes, () -> WAITING);
        try (SearchIndex index = SearchIndex.open(data.resolve("index"), derived.searchFingerprint(),
                () -> derived.entries(Optional.empty()), Synonyms.of(library.nameGroups()), Progress.NONE)) {
            routes[0].publish(services(server, derived, search));
            CompletableFuture<HttpResponse<String>> asked = getLater(server, "/search?q=alliance");
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
}
