package org.concordance.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.concordance.TestApp;
import org.concordance.content.ContentError;
import org.concordance.content.ContentLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ingest against the real catalog: skipped when nothing changed, redone when something did,
 * and refused (keeping the previous library served) when the content has an error.
 */
class IngestTest {
    private static final String MOGHADAM = "documents/why-terrorist-actors-cooperate.md";

    private TestApp app;

    @BeforeEach
    void start() {
        app = TestApp.start();
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private IngestOutcome ingestAgain() {
        app.stop();
        try (Catalog catalog = Catalog.open(app.data())) {
            return new Ingest(new ContentLoader(app.content()), () -> catalog, false).run(Optional.empty());
        }
    }

    @Test
    void unchangedContentIsNotIngestedAgain() {
        assertThat(ingestAgain()).isInstanceOf(IngestOutcome.Unchanged.class);
    }

    @Test
    void changedContentIsIngestedOnTheNextStart() throws Exception {
        edit(MOGHADAM, "title: Why Terrorist Actors Cooperate", "title: Why Terrorist Actors Cooperate (revised)");
        IngestOutcome outcome = ingestAgain();
        assertThat(outcome).isInstanceOf(IngestOutcome.Loaded.class);
        assertThat(outcome.served().orElseThrow().document("why-terrorist-actors-cooperate").orElseThrow()
                .metadata().displayTitle()).isEqualTo("Why Terrorist Actors Cooperate (revised)");
        app.restart();
        assertThat(app.page("/documents/why-terrorist-actors-cooperate").selectFirst("h1").text())
                .isEqualTo("Why Terrorist Actors Cooperate (revised)");
    }

    @Test
    void theCatalogGivesBackExactlyTheLibraryThatWasParsed() throws Exception {
        var parsed = new ContentLoader(app.content()).load();
        app.stop();
        try (Catalog catalog = Catalog.open(app.data())) {
            assertThat(catalog.read()).contains(parsed);
        }
    }

    @Test
    void badFrontMatterKeepsThePreviousLibraryServed() throws Exception {
        edit(MOGHADAM, "kind: blog-post", "kind: [blog-post");
        assertRejectedWithPreviousServed(MOGHADAM, 4, "front matter is not valid YAML: expected ',' or ']', but got : "
                + "(while parsing a flow sequence that starts on line 3)");
    }

    @Test
    void anUnknownKindIsRejectedWithItsLine() throws Exception {
        edit(MOGHADAM, "kind: blog-post", "kind: blog");
        assertRejectedWithPreviousServed(MOGHADAM, 3, "unknown kind 'blog'");
    }

    @Test
    void aNoteMarkerWithoutItsNoteIsRejected() throws Exception {
        edit(MOGHADAM, "In recent years, scholars", "In recent years,[^99] scholars");
        assertRejectedWithPreviousServed(MOGHADAM, lineOf(MOGHADAM, "In recent years,"), "note marker [^99] has no note");
    }

    @Test
    void aNoteNeverReferencedIsRejected() throws Exception {
        append(MOGHADAM, "\n[^orphan]: A note nobody cites.\n");
        assertRejectedWithPreviousServed(MOGHADAM, lineOf(MOGHADAM, "[^orphan]:"),
                "note [^orphan] is defined but no marker in the text refers to it");
    }

    @Test
    void aSlugKeyIsRejectedSinceTheFileNameIsTheSlug() throws Exception {
        Files.copy(app.content().resolve(MOGHADAM), app.content().resolve("documents/zz-copy.md"));
        edit("documents/zz-copy.md", "title: Why", "slug: why-terrorist-actors-cooperate\ntitle: Why");
        assertRejectedWithPreviousServed("documents/zz-copy.md", 2, "unknown front matter key 'slug'");
    }

    @Test
    void anUnreadableFileIsRejectedWithTheLineOfTheBadByte() throws Exception {
        Path file = app.content().resolve("documents/broken.md");
        Files.write(file, new byte[] {'-', '-', '-', '\n', 't', 'i', 't', 'l', 'e', ':', ' ', (byte) 0xC3, (byte) 0x28, '\n'});
        assertRejectedWithPreviousServed("documents/broken.md", 2, "not valid UTF-8");
    }

    @Test
    void aMisquotedRelationIsRejectedAndThePreviousNetworkStillServed() throws Exception {
        edit("relations.yaml", "Hezbollah famously transferred knowledge", "Hezbollah famously passed knowledge");
        assertRejectedWithPreviousServed("relations.yaml", lineOf("relations.yaml", "Hezbollah famously passed knowledge"),
                "the quoted text is not in paragraph 7 of 'why-terrorist-actors-cooperate'");
        assertThat(app.page("/network").select(".relation-table tbody tr")).hasSize(22);
    }

    @Test
    void withoutAnEarlierCatalogBrokenContentStopsTheStart(@TempDir Path fresh) throws Exception {
        edit(MOGHADAM, "kind: blog-post", "kind: blog");
        app.stop();
        try (Catalog catalog = Catalog.open(fresh)) {
            IngestOutcome outcome = new Ingest(new ContentLoader(app.content()), () -> catalog, false).run(Optional.empty());
            assertThat(outcome.served()).isEmpty();
        }
        org.concordance.App second = org.concordance.App.create(org.concordance.Config.serve(0, app.content(), fresh)).start();
        try {
            org.junit.jupiter.api.Assertions.assertThrows(org.concordance.StartupException.class,
                    () -> second.awaitReady(java.time.Duration.ofMinutes(1)));
        } finally {
            second.stop();
        }
    }

    /**
     * A new data folder: the content is read without the catalog being asked for, which start-up
     * makes only to write the library (App); content with errors has nothing to fall back on.
     */
    @Test
    void intoANewCatalogTheContentIsReadWithoutAskingForIt(@TempDir Path fresh) throws Exception {
        app.stop();
        java.util.function.Supplier<Catalog> notYet = () -> {
            throw new AssertionError("the catalog was asked for before the library was written");
        };
        IngestOutcome loaded = new Ingest(new ContentLoader(app.content()), notYet, true).run(Optional.empty());
        assertThat(loaded).isInstanceOf(IngestOutcome.Loaded.class);
        assertThat(Catalog.exists(fresh)).isFalse();
        try (Catalog catalog = Catalog.open(fresh)) {
            new Ingest(new ContentLoader(app.content()), () -> catalog, true).commit((IngestOutcome.Loaded) loaded, Optional.empty());
            assertThat(Catalog.exists(fresh)).isTrue();
            assertThat(new Ingest(new ContentLoader(app.content()), () -> catalog, false).run(Optional.empty()))
                    .isInstanceOf(IngestOutcome.Unchanged.class);
        }
        edit(MOGHADAM, "kind: blog-post", "kind: blog");
        IngestOutcome rejected = new Ingest(new ContentLoader(app.content()), notYet, true).run(Optional.empty());
        assertThat(rejected).isInstanceOf(IngestOutcome.Rejected.class);
        assertThat(rejected.served()).isEmpty();
    }

    private void assertRejectedWithPreviousServed(String relative, int line, String message) {
        IngestOutcome outcome = ingestAgain();
        assertThat(outcome).isInstanceOf(IngestOutcome.Rejected.class);
        List<ContentError> errors = ((IngestOutcome.Rejected) outcome).problems().errors();
        assertThat(errors).anySatisfy(error -> {
            assertThat(error.file().toString()).endsWith(relative);
            assertThat(error.line()).isEqualTo(line);
            assertThat(error.message()).contains(message);
        });
        app.restart();
        assertThat(app.page("/documents/why-terrorist-actors-cooperate").selectFirst("h1").text())
                .isEqualTo("Why Terrorist Actors Cooperate");
        assertThat(app.page("/").select(".document-card")).hasSize(3);
    }

    private void edit(String relative, String from, String to) throws Exception {
        Path file = app.content().resolve(relative);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
    }

    private void append(String relative, String text) throws Exception {
        Files.writeString(app.content().resolve(relative), text, java.nio.file.StandardOpenOption.APPEND);
    }

    private int lineOf(String relative, String text) throws Exception {
        List<String> lines = Files.readAllLines(app.content().resolve(relative));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + relative);
    }
}
