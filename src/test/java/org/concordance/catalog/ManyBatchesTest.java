package org.concordance.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.concordance.bench.LibraryGenerator;
import org.concordance.content.ContentLoader;
import org.concordance.content.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A library written in many batches (documents and mentions) comes back whole and in order. */
class ManyBatchesTest {
    @TempDir
    Path content;
    @TempDir
    Path data;

    @Test
    void aLibraryOfSeveralBatchesComesBackAsItWent() throws Exception {
        int count = 2 * DocumentTables.DOCUMENTS_PER_BATCH + 50;
        LibraryGenerator.generate(Path.of("content"), content, count, 7);
        Library loaded = new ContentLoader(content).load();
        assertThat(loaded.documents()).hasSizeGreaterThan(2 * DocumentTables.DOCUMENTS_PER_BATCH);
        assertThat(loaded.mentions()).hasSizeGreaterThan(2 * ConceptTables.MENTIONS_PER_BATCH);
        try (Catalog catalog = Catalog.open(data)) {
            catalog.replace(loaded);
            assertThat(catalog.read()).contains(loaded);
        }
    }
}
