package org.concordance.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.concordance.bench.LibraryGenerator;
import org.concordance.content.ContentLoader;
import org.concordance.content.Library;
import org.concordance.content.Mention;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writing only what changed ({@link Catalog#update}): whatever the change, the catalog then reads
 * back exactly the library a whole write gives, and only the changed documents' rows were
 * written. A generated library of 40 documents in a temporary content folder, edited as an editor
 * would, in a real H2 catalog.
 */
class CatalogUpdateTest {
    @TempDir
    Path content;
    @TempDir
    Path data;
    private ContentLoader.Fingerprint fingerprint;
    private Library before;

    @BeforeEach
    void writeOnce() throws Exception {
        LibraryGenerator.generate(Path.of("content"), content, 40, 11);
        ContentLoader loader = new ContentLoader(content);
        fingerprint = loader.take();
        before = loader.load(fingerprint);
    }

    /** The content read again as the watcher reads it, sharing the unchanged documents with {@link #before}. */
    private Library readAgain() throws Exception {
        ContentLoader again = new ContentLoader(content).reusing(Optional.of(new ContentLoader.Earlier(before, fingerprint)));
        return again.load(again.take());
    }

    private List<Path> generated() throws IOException {
        try (Stream<Path> files = Files.list(content.resolve("documents"))) {
            return files.filter(file -> file.getFileName().toString().startsWith("generated-")).sorted().toList();
        }
    }

    private static void replaceIn(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from), to));
    }

    @Test
    void oneChangedDocumentIsWrittenAndTheCatalogReadsAsIfWrittenWhole() throws Exception {
        Path edited = generated().get(3);
        replaceIn(edited, "\n\n", "\n\nThe Taliban and Al Qaeda are named in a paragraph added here.\n\n");
        Library after = readAgain();
        try (Catalog catalog = Catalog.open(data)) {
            catalog.replace(before);

            assertThat(catalog.update(before, after)).isEqualTo(1);

            assertThat(catalog.read()).contains(after);
            assertThat(catalog.fingerprint()).contains(after.fingerprint());
        }
    }

    @Test
    void textOfAnyLengthTheContentTakesIsWrittenAndReadBack() throws Exception {
        // Bounded columns once refused what `check` passed: a fresh start failed writing its catalog.
        Path long_ = generated().get(5);
        String title = "A Title " + "word ".repeat(300);
        String heading = "A Heading " + "that goes on ".repeat(25);
        String name = "long-document-" + "x".repeat(220);
        replaceIn(long_, "title: ", "byline: " + "By ".repeat(400) + "someone.\ntitle: " + title.strip() + " ");
        replaceIn(long_, "\n\n", "\n\n## " + heading.strip() + "\n\n");
        Files.move(long_, long_.resolveSibling(name + ".md"));
        Library library = new ContentLoader(content).load();
        assertThat(library.document(name).orElseThrow().metadata().title().orElseThrow().plain()).hasSizeGreaterThan(1_500);
        try (Catalog catalog = Catalog.open(data)) {
            catalog.replace(library);
            assertThat(catalog.read()).contains(library);
        }
    }

    @Test
    void documentsAddedRemovedAndMovedInTheOrderAreFollowed() throws Exception {
        List<Path> files = generated();
        Files.copy(files.get(0), content.resolve("documents/generated-a-copy-added.md"));
        replaceIn(content.resolve("documents/generated-a-copy-added.md"), "title: \"", "title: \"Aaa first in the order ");
        Files.delete(files.get(5));
        replaceIn(files.get(8), "title: \"", "title: \"Zzz last in the order ");
        Library after = readAgain();
        try (Catalog catalog = Catalog.open(data)) {
            catalog.replace(before);

            assertThat(catalog.update(before, after)).isEqualTo(3);

            assertThat(catalog.read()).contains(after);
        }
    }

    @Test
    void aCatalogHoldingTheNewLibraryAlreadyIsLeftAsItIs() throws Exception {
        replaceIn(generated().get(4), "\n\n", "\n\nHamas is named in a paragraph added here.\n\n");
        Library after = readAgain();
        try (Catalog catalog = Catalog.open(data)) {
            catalog.replace(after); // a run that wrote it, then could not keep it

            assertThat(catalog.update(before, after)).isZero();

            assertThat(catalog.read()).contains(after);
        }
    }

    @Test
    void aCatalogHoldingAnotherLibraryIsWrittenWhole() throws Exception {
        replaceIn(generated().get(2), "\n\n", "\n\nA sentence on Hezbollah added here.\n\n");
        Library after = readAgain();
        try (Catalog catalog = Catalog.open(data)) {
            catalog.replace(after); // as if another run had written it
            replaceIn(generated().get(6), "\n\n", "\n\nA sentence on Hamas added here.\n\n");
            Library other = new ContentLoader(content).load();
            assertThat(catalog.update(before, other)).isEqualTo(other.documents().size());
            assertThat(catalog.read()).contains(other);
        }
    }

    /**
     * A description or definition edited changes no mention (they depend only on the entries'
     * names and phrases): the entries are written over and no document's rows or mentions are
     * (a whole write of 10,003 documents took minutes, after every edit of a definition).
     */
    @Test
    void aGlossaryEditThatChangesNoNameWritesTheEntriesAlone() throws Exception {
        replaceIn(content.resolve("people.yaml"), "  description: ", "  description: Edited. ");
        replaceIn(content.resolve("organizations.yaml"), "  description: ", "  description: Edited too. ");
        Library after = readAgain();
        assertThat(after.entities()).isNotEqualTo(before.entities());
        assertThat(after.mentionTable()).as("found alike, so taken from the library before").isEqualTo(before.mentionTable());
        try (Catalog catalog = Catalog.open(data)) {
            catalog.replace(before);

            assertThat(catalog.update(before, after)).isZero();

            assertThat(catalog.read()).contains(after);
        }
    }

    @Test
    void aGlossaryEditThatChangesOneDocumentWritesTheEntriesAndThatDocument() throws Exception {
        replaceIn(content.resolve("people.yaml"), "  description: ", "  description: Edited. ");
        replaceIn(generated().get(7), "\n\n", "\n\nHamas is named in a paragraph added here.\n\n");
        Library after = readAgain();
        try (Catalog catalog = Catalog.open(data)) {
            catalog.replace(before);

            assertThat(catalog.update(before, after)).isEqualTo(1);

            assertThat(catalog.read()).contains(after);
        }
    }

    @Test
    void aNameAddedToTheGlossaryWritesTheLibraryWhole() throws Exception {
        replaceIn(content.resolve("people.yaml"), "  variants: [Bacon]", "  variants: [Bacon, T. Bacon]");
        Library after = readAgain();
        try (Catalog catalog = Catalog.open(data)) {
            catalog.replace(before);

            assertThat(catalog.update(before, after)).isEqualTo(after.documents().size());

            assertThat(catalog.read()).contains(after);
        }
    }

    @Test
    void aFailedUpdateChangesNothing() throws Exception {
        Path edited = generated().get(1);
        replaceIn(edited, "\n\n", "\n\nAl Qaeda is named here.\n\n");
        Library after = readAgain();
        String slug = edited.getFileName().toString().replace(".md", "");
        try (Catalog catalog = Catalog.open(data)) {
            catalog.replace(before);
            Library broken = new Library(after.documents(), after.concepts(), after.entities(),
                    after.mentions().stream().map(m -> m.document().equals(slug) // a mention of an entry the catalog lacks
                            ? new Mention("no-such-entry", m.kind(), m.document(), m.paragraph(), m.note(), m.start(), m.end(),
                                    m.text(), m.byName())
                            : m).toList(),
                    after.relations(), after.references(), after.fingerprint());

            org.assertj.core.api.Assertions.assertThatThrownBy(() -> catalog.update(before, broken))
                    .isInstanceOf(CatalogException.class);

            assertThat(catalog.read()).contains(before);
        }
    }

    @Test
    void aCatalogFromBeforeMentionsWereNumberedByDocumentIsWrittenAgainAtTheNextStart() throws Exception {
        try (java.sql.Connection connection = catalogOfVersion("6");
                java.sql.Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO ingest (id, fingerprint, ingested_at) VALUES (1, 'abc', CURRENT_TIMESTAMP)");
            statement.executeUpdate("""
                    INSERT INTO document (slug, position, label, kind, summary, is_excerpt, begins_mid_sentence,
                        ends_mid_sentence, source_file) VALUES ('a', 0, 'A', 'article', 'S', FALSE, FALSE, FALSE, 'a.txt')""");
            statement.executeUpdate("INSERT INTO glossary_entry (slug, position, kind, name) VALUES ('e', 0, 'PERSON', 'E')");
            statement.executeUpdate("""
                    INSERT INTO mention (position, entry_slug, document_slug, paragraph_number, start_offset, end_offset,
                        surface) VALUES (7, 'e', 'a', 1, 0, 1, 'E')""");
        }
        try (Catalog catalog = Catalog.open(data)) {
            assertThat(catalog.fingerprint()).isEmpty(); // nothing ingested: the next start writes the library whole
            catalog.replace(before);
            assertThat(catalog.read()).contains(before);
        }
    }

    @Test
    void aCatalogFromBeforeTitlesKeptTheirItalicsHoldsItsPlainTitlesAsTheSameText() throws Exception {
        try (java.sql.Connection connection = catalogOfVersion("8");
                java.sql.Statement statement = connection.createStatement()) {
            statement.executeUpdate("""
                    INSERT INTO document (slug, position, title, label, kind, summary, is_excerpt, begins_mid_sentence,
                        ends_mid_sentence, source_file) VALUES ('a', 0, 'Tom & Jerry <i>x</i> &amp;', 'A', 'article', 'S',
                        FALSE, FALSE, FALSE, 'a.txt')""");
        }
        Catalog.open(data).close();
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(catalogUrl(), "sa", "");
                java.sql.ResultSet rows = connection.createStatement().executeQuery("SELECT title_html FROM document")) {
            assertThat(rows.next()).isTrue();
            assertThat(org.concordance.content.Title.fromMarkup(rows.getString(1)).runs())
                    .containsExactly(new org.concordance.content.Title.Run("Tom & Jerry <i>x</i> &amp;", false));
        }
    }

    private String catalogUrl() {
        return "jdbc:h2:file:" + data.toAbsolutePath().resolve("catalog");
    }

    /** A connection to a catalog in the data folder made by the migrations up to {@code version}, as an older build left it. */
    private java.sql.Connection catalogOfVersion(String version) throws java.sql.SQLException {
        org.flywaydb.core.Flyway.configure().dataSource(catalogUrl(), "sa", "").locations("classpath:db/migration")
                .target(version).load().migrate();
        return java.sql.DriverManager.getConnection(catalogUrl(), "sa", "");
    }
}
