package org.concordance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.concordance.catalog.Catalog;
import org.concordance.catalog.DataFolder;
import org.concordance.content.Library;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A restart on unchanged content serves the library its last run kept ({@code library.snapshot}
 * in the data folder), not the catalog's, and every page it renders from it is the page a fresh
 * start renders, byte for byte. Content changed since, or a damaged snapshot, is prepared as
 * before. Tests run in one JVM, so the build is the same for every run here.
 */
class RestartFromSnapshotTest {
    private static final URI BASE = URI.create("https://library.example.org");
    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    /** Pages reached from the home page, searches and exports beside them. */
    private static final int PAGES = 120;

    @TempDir
    static Path folder;
    private static Path content;
    /** Each page's body as a start on a new data folder (no snapshot) renders it. */
    private static final Map<String, byte[]> FRESH = new LinkedHashMap<>();

    @BeforeAll
    static void freshPages() throws Exception {
        content = folder.resolve("content");
        TestApp.copy(Path.of("content"), content);
        App app = start(folder.resolve("fresh"));
        try {
            for (String path : crawl(app.port())) {
                FRESH.put(path, get(app.port(), path).body());
            }
        } finally {
            app.stop();
        }
        assertThat(FRESH).hasSizeGreaterThan(60);
    }

    @Test
    void unchangedContentIsServedFromTheSnapshotWithTheSamePages() throws Exception {
        Path data = folder.resolve("unchanged");
        start(data).stop();
        assertThat(data.resolve(DataFolder.SNAPSHOT)).isRegularFile();
        withoutRelations(data);

        assertServedAsFresh(data, content, FRESH.keySet());
        assertThat(FRESH.keySet()).contains("/network");
        assertThat(data.resolve("broken")).doesNotExist();
    }

    /**
     * A start stopped after keeping its library but before writing its catalog (minutes at 10,000
     * documents), or a catalog deleted: the next start serves the kept library and writes it to the
     * catalog, so content with errors later is refused and the last good library still served.
     */
    @Test
    void aKeptLibraryWithoutItsCatalogIsWrittenToIt() throws Exception {
        Path data = folder.resolve("uncataloged");
        Path edited = copyOfContent("uncataloged-content");
        start(data, edited).stop();
        try (Stream<Path> files = Files.list(data)) {
            for (Path file : files.filter(p -> p.getFileName().toString().startsWith("catalog.")).toList()) {
                Files.delete(file);
            }
        }

        start(data, edited).stop();
        try (Catalog catalog = Catalog.open(data)) {
            assertThat(catalog.read()).hasValueSatisfying(library -> assertThat(library.documents()).hasSize(3));
        }

        Path document = edited.resolve("documents/why-terrorist-actors-cooperate.md");
        Files.writeString(document, Files.readString(document).replaceFirst("\n\n([A-Z])", "\n\nA note that is not there.[^999] $1"));
        assertServedAsFresh(data, edited, List.of("/documents/why-terrorist-actors-cooperate"));
    }

    /**
     * The catalog is opened only once the kept library is served: one found damaged then is set
     * aside as at any start, and the kept library served and written to a new catalog.
     */
    @Test
    void aDamagedCatalogBesideTheKeptLibraryIsSetAsideAndWrittenAgain() throws Exception {
        Path data = folder.resolve("damaged-catalog");
        start(data).stop();
        byte[] garbage = new byte[8192];
        new java.util.Random(8).nextBytes(garbage);
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(data.resolve("catalog.mv.db").toFile(), "rw")) {
            file.write(garbage);
        }

        assertServedAsFresh(data, content, List.of("/", "/documents/why-terrorist-actors-cooperate", "/search?q=alliance"));
        try (Stream<Path> aside = Files.walk(data.resolve("broken"))) {
            assertThat(aside.map(p -> p.getFileName().toString())).anyMatch(name -> name.startsWith("catalog."));
        }
        try (Catalog catalog = Catalog.open(data)) {
            assertThat(catalog.read()).hasValueSatisfying(library -> assertThat(library.documents()).hasSize(3));
        }
    }

    /**
     * A restart on changed content reads only the changed files, taking the others from the
     * library the last run kept, and writes only them to the catalog: every page is then the page
     * a start on a new data folder renders from the same content, and the catalog holds the
     * library such a start writes.
     */
    @Test
    void contentChangedSinceIsServedAsAFreshStartServesIt() throws Exception {
        Path data = folder.resolve("changed-in-part");
        Path changed = copyOfContent("changed-in-part-content");
        start(data, changed).stop();
        Path document = changed.resolve("documents/allies-poised-to-help-the-islamic-state-recover.md");
        Files.writeString(document, Files.readString(document).replaceFirst("\n\n([A-Z])",
                "\n\nHezbollah and the Islamic State are named in a paragraph added here. $1"));
        Path retitled = changed.resolve("documents/why-terrorist-actors-cooperate.md"); // and so moved in the order
        Files.writeString(retitled, Files.readString(retitled).replace("Why Terrorist Actors Cooperate",
                "Why Terrorist Actors Cooperate, Again"));

        Path fresh = folder.resolve("changed-in-part-fresh");
        Map<String, byte[]> expected = new LinkedHashMap<>();
        App first = start(fresh, changed);
        try {
            for (String path : crawl(first.port())) {
                expected.put(path, get(first.port(), path).body());
            }
        } finally {
            first.stop();
        }
        App again = start(data, changed);
        try {
            String moved = new String(get(again.port(), "/documents/why-terrorist-actors-cooperate").body(), StandardCharsets.UTF_8);
            assertThat(Jsoup.parse(moved).selectFirst("h1").text()).contains("Again");
            for (Map.Entry<String, byte[]> page : expected.entrySet()) {
                assertThat(new String(get(again.port(), page.getKey()).body(), StandardCharsets.UTF_8)).as(page.getKey())
                        .isEqualTo(new String(page.getValue(), StandardCharsets.UTF_8));
            }
        } finally {
            again.stop();
        }
        try (Catalog updated = Catalog.open(data); Catalog whole = Catalog.open(fresh)) {
            assertThat(updated.read()).isPresent().isEqualTo(whole.read());
        }
    }

    /**
     * A restart on content changed since the last run serves the library that run kept, then reads
     * the content as a watched change is: content with errors is refused then, and the kept library
     * stays served. The catalog, holding the library without its relations under the same
     * fingerprint, tells the two apart: a start that fell back on it would draw an empty network.
     */
    @Test
    void contentWithErrorsSinceTheLastRunLeavesTheKeptLibraryServed() throws Exception {
        Path data = folder.resolve("broken-since");
        Path edited = copyOfContent("broken-since-content");
        start(data, edited).stop();
        withoutRelations(data);
        Path document = edited.resolve("documents/why-terrorist-actors-cooperate.md");
        Files.writeString(document, Files.readString(document).replaceFirst("\n\n([A-Z])", "\n\nA note that is not there.[^999] $1"));

        App app = start(data, edited);
        try {
            assertThat(new String(get(app.port(), "/network").body(), StandardCharsets.UTF_8))
                    .isEqualTo(new String(FRESH.get("/network"), StandardCharsets.UTF_8));
            assertThat(new String(get(app.port(), "/documents/why-terrorist-actors-cooperate").body(), StandardCharsets.UTF_8))
                    .isEqualTo(new String(FRESH.get("/documents/why-terrorist-actors-cooperate"), StandardCharsets.UTF_8))
                    .doesNotContain("A note that is not there");
        } finally {
            app.stop();
        }
    }

    /**
     * A run that wrote its library to the catalog but could not keep it (a full disk, a heap too
     * small): the next start finds a kept library of older content and a catalog of the content as
     * it is, and serves the catalog's.
     */
    @Test
    void aKeptLibraryOlderThanTheCatalogGivesWayToIt() throws Exception {
        Path data = folder.resolve("older-kept");
        Path changed = copyOfContent("older-kept-content");
        start(data, changed).stop();
        Path older = folder.resolve("older.snapshot");
        Files.copy(data.resolve(DataFolder.SNAPSHOT), older);
        Path document = changed.resolve("documents/why-terrorist-actors-cooperate.md");
        Files.writeString(document, Files.readString(document).replace("But why do these groups cooperate in the first place?",
                "But why do these groups cooperate with Al Qaeda in the first place?"));
        start(data, changed).stop();
        Files.copy(older, data.resolve(DataFolder.SNAPSHOT), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        App app = start(data, changed);
        try {
            String page = new String(get(app.port(), "/documents/why-terrorist-actors-cooperate").body(),
                    StandardCharsets.UTF_8);
            assertThat(Jsoup.parse(page).text()).contains("cooperate with Al Qaeda in the first place?");
        } finally {
            app.stop();
        }
        try (Catalog catalog = Catalog.open(data)) {
            assertThat(catalog.read()).hasValueSatisfying(library -> assertThat(library.documents().stream()
                    .flatMap(d -> d.paragraphs().stream()).map(p -> p.text()))
                    .anyMatch(text -> text.contains("cooperate with Al Qaeda in the first place?")));
        }
    }

    @Test
    void aDamagedSnapshotIsSetAsideAndTheLibraryPreparedAsBefore() throws Exception {
        Path data = folder.resolve("damaged");
        start(data).stop();
        Path snapshot = data.resolve(DataFolder.SNAPSHOT);
        byte[] bytes = Files.readAllBytes(snapshot);
        bytes[bytes.length / 2] ^= 0x20;
        Files.write(snapshot, bytes);

        assertServedAsFresh(data, content, List.of("/", "/documents/why-terrorist-actors-cooperate", "/search?q=alliance"));
        try (Stream<Path> aside = Files.walk(data.resolve("broken"))) {
            assertThat(aside.map(p -> p.getFileName().toString())).contains(DataFolder.SNAPSHOT);
        }
        // The start that set it aside kept its library again, whole.
        assertThat(Files.readAllBytes(snapshot)).isNotEqualTo(bytes);
    }

    /** Something at the snapshot's place that is not a file is moved aside, and a file kept there. */
    @Test
    void aFolderWhereTheSnapshotGoesIsSetAside() throws Exception {
        Path data = folder.resolve("folder-in-place");
        Files.createDirectories(data.resolve(DataFolder.SNAPSHOT).resolve("inside"));
        start(data).stop();
        assertThat(data.resolve(DataFolder.SNAPSHOT)).isRegularFile();
        try (Stream<Path> aside = Files.walk(data.resolve("broken"))) {
            assertThat(aside.map(p -> p.getFileName().toString())).contains("inside");
        }
    }

    /**
     * A damaged snapshot that cannot be moved aside (here a file stands where {@code broken/} would
     * be made; in the field, a folder this user may not write) is left unread: it is only a copy.
     */
    @Test
    void aDamagedSnapshotThatCannotBeMovedIsLeftUnread() throws Exception {
        Path data = folder.resolve("stuck");
        start(data).stop();
        Files.write(data.resolve(DataFolder.SNAPSHOT), new byte[100]);
        Files.writeString(data.resolve("broken"), "not a folder");

        assertServedAsFresh(data, content, List.of("/documents/why-terrorist-actors-cooperate"));
    }

    /** Starts the app on {@code data} and {@code from}: each of {@code paths} is the page a fresh start rendered. */
    private static void assertServedAsFresh(Path data, Path from, Iterable<String> paths) throws Exception {
        App app = start(data, from);
        try {
            for (String path : paths) {
                HttpResponse<byte[]> again = get(app.port(), path);
                assertThat(again.statusCode()).as(path).isEqualTo(200);
                assertThat(new String(again.body(), StandardCharsets.UTF_8)).as(path)
                        .isEqualTo(new String(FRESH.get(path), StandardCharsets.UTF_8));
            }
        } finally {
            app.stop();
        }
    }

    /**
     * Leaves the catalog in {@code data} holding its library without its relations, under the same
     * fingerprint: a start that read the catalog rather than the kept library would draw an empty network.
     */
    private static void withoutRelations(Path data) {
        try (Catalog catalog = Catalog.open(data)) {
            Library full = catalog.read().orElseThrow();
            assertThat(full.relations()).isNotEmpty();
            catalog.replace(new Library(full.documents(), full.concepts(), full.entities(), full.mentions(), List.of(),
                    full.references(), full.fingerprint()));
        }
    }

    /** A copy of the bundled content, for a test to edit. */
    private static Path copyOfContent(String name) throws IOException {
        Path copy = folder.resolve(name);
        TestApp.copy(content, copy);
        return copy;
    }

    private static App start(Path data) {
        return start(data, content);
    }

    private static App start(Path data, Path from) {
        return App.create(Config.serve(0, from, data).withBaseUrl(BASE)).start().awaitReady(Duration.ofMinutes(2));
    }

    /** Same-site pages linked from the home page, breadth first, with searches and their JSON. */
    private static Set<String> crawl(int port) throws Exception {
        Set<String> seen = new LinkedHashSet<>(java.util.List.of("/", "/search?q=alliance", "/search?q=Hezbollah+training",
                "/search?q=allainces", "/api/search?q=alliance"));
        Deque<String> queue = new ArrayDeque<>(java.util.List.of("/"));
        while (!queue.isEmpty() && seen.size() < PAGES) {
            String path = queue.poll();
            HttpResponse<byte[]> response = get(port, path);
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (response.statusCode() != 200 || !type.startsWith("text/html")) {
                continue;
            }
            for (Element link : Jsoup.parse(new String(response.body(), StandardCharsets.UTF_8), BASE + path).select("a[href]")) {
                String href = link.absUrl("href");
                if (href.startsWith(BASE + "/") && !href.contains("#") && !href.startsWith(BASE + "/static/")) {
                    String next = href.substring(BASE.toString().length());
                    if (seen.size() < PAGES && seen.add(next)) {
                        queue.add(next);
                    }
                }
            }
        }
        return seen;
    }

    private static HttpResponse<byte[]> get(int port, String path) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
