package org.concordance.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.concordance.bench.LibraryGenerator;
import org.concordance.content.ContentLoader;
import org.concordance.content.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A catalog written whole leaves most of its file unused; compacting it gives the space back and
 * keeps the library, and the catalog goes on being read and written after it.
 */
class CompactionTest {
    @TempDir
    Path content;
    @TempDir
    Path data;

    private Path file() {
        return data.resolve("catalog.mv.db");
    }

    @Test
    void aCatalogWrittenWholeIsCompactedAndKeepsItsLibrary() throws Exception {
        LibraryGenerator.generate(Path.of("content"), content, 200, 11);
        Library library = new ContentLoader(content).load();
        try (Catalog catalog = Catalog.open(data)) {
            catalog.replace(library);
            catalog.replace(library); // a second whole write: the first one's rows are all space unused
            long before = Files.size(file());

            assertThat(catalog.compact(0)).isTrue();

            assertThat(Files.size(file())).isLessThan(before / 2);
            assertThat(catalog.read()).contains(library);
            assertThat(catalog.fingerprint()).contains(library.fingerprint());
            // Compacted, the file is in use throughout: nothing more to do.
            assertThat(catalog.compact(0)).isFalse();
            // And it is written and read as before.
            Library fewer = new Library(library.documents().subList(1, library.documents().size()), library.concepts(),
                    library.entities(), library.mentions().stream().filter(m -> !m.document().equals(library.documents().get(0).slug()))
                            .toList(), library.relations(), library.references(), "fewer");
            assertThat(catalog.update(library, fewer)).isEqualTo(1);
            assertThat(catalog.read()).contains(fewer);
        }
        try (Catalog again = Catalog.open(data)) {
            assertThat(again.fingerprint()).contains("fewer");
        }
    }

    @Test
    void aRewriteLeftByAStopDuringACompactionIsReplaced() throws Exception {
        LibraryGenerator.generate(Path.of("content"), content, 200, 11);
        Library library = new ContentLoader(content).load();
        // What a stop during a compaction leaves beside the catalog: H2's rewrite, cut short.
        Path leftover = data.resolve("catalog.mv.db.tempFile");
        try (Catalog catalog = Catalog.open(data)) {
            catalog.replace(library);
            catalog.replace(library);
            Files.write(leftover, new byte[4096]);

            assertThat(catalog.compact(0)).isTrue();

            assertThat(leftover).doesNotExist();
            assertThat(catalog.read()).contains(library);
        }
    }

    @Test
    void aFolderWhereH2RewritesTheFileStopsTheCompactionNotTheCatalog() throws Exception {
        Library library = new ContentLoader(Path.of("content")).load();
        try (Catalog catalog = Catalog.open(data)) {
            catalog.replace(library);
            // Made while the catalog is open (H2 refuses to open one beside it; the start sets it aside).
            Files.createDirectories(data.resolve("catalog.mv.db.tempFile").resolve("inside"));
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> catalog.compact(0)).isInstanceOf(CatalogException.class)
                    .hasMessageContaining("is not a file");
            assertThat(catalog.read()).contains(library);
            assertThat(catalog.fingerprint()).contains(library.fingerprint());
        }
    }

    @Test
    void aSmallCatalogIsNotCompacted() throws Exception {
        Library library = new ContentLoader(Path.of("content")).load();
        try (Catalog catalog = Catalog.open(data)) {
            catalog.replace(library);
            catalog.replace(library);
            long before = Files.size(file());
            assertThat(before).isLessThan(Catalog.COMPACT_FROM_BYTES);
            assertThat(catalog.compact()).isFalse();
            assertThat(Files.size(file())).isEqualTo(before);
        }
    }

    @Test
    void aClosedCatalogIsNotCompacted() throws Exception {
        Library library = new ContentLoader(Path.of("content")).load();
        Catalog catalog = Catalog.open(data);
        catalog.replace(library);
        catalog.replace(library);
        catalog.close();
        assertThat(catalog.compact(0)).isFalse();
        try (Catalog again = Catalog.open(data)) {
            assertThat(again.read()).contains(library);
        }
    }
}
