package org.concordance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code serve --watch} (issue #9): an edit under a running server is served without a restart; a
 * broken edit keeps the last good library; documents added and removed come and go.
 */
class WatchTest {
    private static final String DOC = "/documents/why-terrorist-actors-cooperate";
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private TestApp app;

    @BeforeEach
    void start() {
        app = TestApp.startWatching();
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private Path file(String relative) {
        return app.content().resolve(relative);
    }

    private void replace(String relative, String from, String to) throws Exception {
        String text = Files.readString(file(relative), StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Files.writeString(file(relative), text.replace(from, to), StandardCharsets.UTF_8);
    }

    private String title() {
        return app.page(DOC).selectFirst("h1").text();
    }

    private static void eventually(Supplier<Boolean> condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.get()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + PATIENCE.toSeconds() + " s: " + what);
            }
            Thread.sleep(100);
        }
    }

    @Test
    void anEditIsServedWithoutARestartAndABrokenOneKeepsTheLastGoodLibrary() throws Exception {
        String md = "documents/why-terrorist-actors-cooperate.md";
        replace(md, "title: Why Terrorist Actors Cooperate", "title: Why Terrorist Actors Cooperate, Revised");
        eventually(() -> title().equals("Why Terrorist Actors Cooperate, Revised"), "the edited title is served");
        // The pages first; search follows once the index is updated, answering from the one before meanwhile.
        eventually(() -> app.get("/search?q=Revised").body().contains("Why Terrorist Actors Cooperate, Revised"),
                "search finds the edit");

        // A broken edit, then a good edit elsewhere in the same library: the library is refused whole.
        replace(md, "kind: blog-post", "kind: blog");
        replace("documents/allies-poised-to-help-the-islamic-state-recover.md", "title: Allies", "title: The Allies");
        Thread.sleep(ContentWatcher.QUIET_MILLIS + 3_000);
        assertThat(title()).isEqualTo("Why Terrorist Actors Cooperate, Revised");
        assertThat(app.page("/documents/allies-poised-to-help-the-islamic-state-recover").selectFirst("h1").text())
                .startsWith("Allies");

        // Fixed: everything waiting is served.
        replace(md, "kind: blog", "kind: blog-post");
        eventually(() -> app.page("/documents/allies-poised-to-help-the-islamic-state-recover").selectFirst("h1").text()
                .startsWith("The Allies"), "the fixed library is served");
    }

    /**
     * Watching content with errors and no earlier library, every page said "The library is being
     * prepared: starting. Please try again in a few seconds." for as long as the errors stayed (a new
     * user's trial). It says the content has errors, and which, until they are fixed.
     */
    @Test
    void contentWithErrorsAndNoEarlierLibraryIsSaidSoUntilFixed() throws Exception {
        Path root = Files.createTempDirectory("concordance-watch-broken");
        Path content = root.resolve("content");
        TestApp.copy(Path.of("content"), content);
        Path md = content.resolve("documents/why-terrorist-actors-cooperate.md");
        String good = Files.readString(md, StandardCharsets.UTF_8);
        Files.writeString(md, good.replace("kind: blog-post", "kind: [oops"), StandardCharsets.UTF_8);
        App broken = App.create(Config.serve(0, content, root.resolve("data")).withWatch(true)).start();
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> broken.awaitReady(Duration.ofMinutes(2)))
                    .isInstanceOf(StartupException.class);
            java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
            java.util.function.Function<String, java.net.http.HttpResponse<String>> get = path -> {
                try {
                    return http.send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create("http://127.0.0.1:" + broken.port() + path)).build(),
                            java.net.http.HttpResponse.BodyHandlers.ofString());
                } catch (java.io.IOException | InterruptedException e) {
                    throw new AssertionError(e);
                }
            };
            java.net.http.HttpResponse<String> page = get.apply("/");
            assertThat(page.statusCode()).isEqualTo(503);
            org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(page.body());
            assertThat(html.select("main p").eachText()).contains(org.concordance.web.Routes.NOT_SERVABLE);
            assertThat(html.selectFirst("pre.error-problems").text())
                    .contains("why-terrorist-actors-cooperate.md:4: front matter is not valid YAML");
            assertThat(page.body()).doesNotContain("being prepared");
            assertThat(org.concordance.web.HtmlValidator.errors(page.body())).isEmpty();
            assertThat(get.apply("/api/search?q=alliance").body()).contains("\"problems\":").contains("why-terrorist-actors-cooperate.md:4");

            // Fixed, but another error made meanwhile: the pages list the new one, not the fixed one.
            Path organizations = content.resolve("organizations.yaml");
            String list = Files.readString(organizations, StandardCharsets.UTF_8);
            Files.writeString(organizations, list + "not: [valid\n", StandardCharsets.UTF_8);
            Files.writeString(md, good, StandardCharsets.UTF_8);
            eventually(() -> {
                String problems = org.jsoup.Jsoup.parse(get.apply("/").body()).select("pre.error-problems").text();
                return problems.contains("organizations.yaml") && !problems.contains("why-terrorist-actors-cooperate.md");
            }, "the pages list the problem found now");
            Files.writeString(organizations, list, StandardCharsets.UTF_8);
            eventually(() -> get.apply("/").statusCode() == 200, "the fixed library is served");
        } finally {
            broken.stop();
        }
    }

    /**
     * From the first {@code /healthz} that says a change is being read until the one naming the new
     * library, every answer says work is under way: a load balancer or script waiting for "ready
     * and not working" does not stop waiting between two stages (found by a new user's trial: about
     * one update in three answered "ready" with the old library and no work between stages).
     */
    @Test
    void healthSaysAChangeIsUnderWayUntilItsLibraryIsServed() throws Exception {
        String before = app.get("/healthz").body();
        java.util.List<String> answers = new java.util.ArrayList<>();
        replace("documents/why-terrorist-actors-cooperate.md", "title: Why Terrorist Actors Cooperate",
                "title: Why Terrorist Actors Cooperate, Again");
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        String now;
        do {
            now = app.get("/healthz").body();
            answers.add(now);
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the new library was not ready within " + PATIENCE.toSeconds() + " s: " + now);
            }
        } while (now.equals(before) || now.contains("\"working\""));
        int first = 0;
        while (first < answers.size() && !answers.get(first).contains("\"working\"")) {
            first++;
        }
        // Every answer after the first saying work is under way does so, until one names another library.
        for (String answer : answers.subList(Math.min(first, answers.size() - 1), answers.size() - 1)) {
            assertThat(answer).contains("\"working\"");
        }
        assertThat(now).isNotEqualTo(before).contains("\"status\":\"ready\"");
    }

    @Test
    void anAddedDocumentAppearsAndARemovedOneGoes() throws Exception {
        Files.writeString(file("sources/new-text.txt"), "A new text.", StandardCharsets.UTF_8);
        Files.writeString(file("documents/a-new-text.md"), """
                ---
                title: A New Text
                kind: document
                source: new-text.txt
                ---
                Hezbollah and Al Qaeda in a new text.
                """, StandardCharsets.UTF_8);
        eventually(() -> app.get("/documents/a-new-text").statusCode() == 200, "the added document is served");
        assertThat(app.page("/").text()).contains("A New Text");
        Files.delete(file("documents/a-new-text.md"));
        eventually(() -> app.get("/documents/a-new-text").statusCode() == 404, "the removed document is gone");
    }

    @Test
    void aContentFolderRemovedAndMadeAgainIsWatchedAgain() throws Exception {
        Path content = app.content();
        Path aside = content.resolveSibling(content.getFileName() + "-aside");
        TestApp.copy(content, aside);
        try (Stream<Path> all = Files.walk(content)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
        Thread.sleep(ContentWatcher.QUIET_MILLIS + 2_000);
        assertThat(title()).isEqualTo("Why Terrorist Actors Cooperate"); // nothing to read: the library stays

        TestApp.copy(aside, content); // as `cp -r` puts a copy back
        String md = "documents/why-terrorist-actors-cooperate.md";
        Thread.sleep(ContentWatcher.QUIET_MILLIS + 1_000);
        replace(md, "title: Why Terrorist Actors Cooperate", "title: Why Terrorist Actors Cooperate Again");
        eventually(() -> title().equals("Why Terrorist Actors Cooperate Again"), "an edit in the folder made again is served");
    }
}
