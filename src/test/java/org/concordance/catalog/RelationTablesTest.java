package org.concordance.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.concordance.content.ContentLoader;
import org.concordance.content.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The relations in the catalog (V5): written with the rest of the library, read back as they went. */
class RelationTablesTest {
    @TempDir
    Path data;

    @Test
    void theRelationsComeBackFromTheCatalogInOrderWithTheirEvidence() throws Exception {
        Library loaded = new ContentLoader(Path.of("content")).load();
        try (Catalog catalog = Catalog.open(data)) {
            catalog.replace(loaded);
            Library stored = catalog.read().orElseThrow();
            assertThat(stored.relations()).hasSize(22).isEqualTo(loaded.relations());
            assertThat(stored.relations().get(0).evidence()).isEqualTo(loaded.relations().get(0).evidence());
        }
    }

    @Test
    void replacingTheLibraryReplacesItsRelations() throws Exception {
        Library loaded = new ContentLoader(Path.of("content")).load();
        try (Catalog catalog = Catalog.open(data)) {
            catalog.replace(loaded);
            catalog.replace(loaded);
            assertThat(catalog.read().orElseThrow().relations()).isEqualTo(loaded.relations());
            catalog.replace(new Library(loaded.documents(), "no-glossary"));
            assertThat(catalog.read().orElseThrow().relations()).isEmpty();
        }
    }
}
