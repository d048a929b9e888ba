package org.concordance.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.concordance.content.ContentLoader;
import org.concordance.content.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConceptTablesTest {
    @TempDir
    Path data;

    @Test
    void theGlossaryAndItsMentionsComeBackFromTheCatalogAsTheyWent() throws Exception {
        Library loaded = new ContentLoader(Path.of("content")).load();
        try (Catalog catalog = Catalog.open(data)) {
            catalog.replace(loaded);
            Library stored = catalog.read().orElseThrow();
            assertThat(stored.concepts()).isNotEmpty().isEqualTo(loaded.concepts());
            assertThat(stored.entities()).isNotEmpty().isEqualTo(loaded.entities());
            assertThat(stored.mentions()).isNotEmpty().isEqualTo(loaded.mentions());
            assertThat(stored.nameGroups()).isEqualTo(loaded.nameGroups());
        }
    }

    @Test
    void replacingTheLibraryAgainReplacesTheGlossaryToo() throws Exception {
        Library loaded = new ContentLoader(Path.of("content")).load();
        try (Catalog catalog = Catalog.open(data)) {
            catalog.replace(loaded);
            catalog.replace(loaded);
            assertThat(catalog.read().orElseThrow().mentions()).hasSameSizeAs(loaded.mentions());
            catalog.replace(new Library(loaded.documents(), "no-glossary"));
            Library bare = catalog.read().orElseThrow();
            assertThat(bare.entries()).isEmpty();
            assertThat(bare.mentions()).isEmpty();
            assertThat(bare.documents()).hasSameSizeAs(loaded.documents());
        }
    }

    @Test
    void theCatalogSurvivesAReopenWithTheGlossaryIntact() throws Exception {
        Library loaded = new ContentLoader(Path.of("content")).load();
        try (Catalog catalog = Catalog.open(data)) {
            catalog.replace(loaded);
        }
        try (Catalog catalog = Catalog.open(data)) {
            assertThat(catalog.read().orElseThrow().concept("pooled-alliance")).isEqualTo(loaded.concept("pooled-alliance"));
        }
    }

    @Test
    void anIngestServesTheGlossaryFromTheCatalog() {
        try (Catalog catalog = Catalog.open(data)) {
            Ingest ingest = new Ingest(new ContentLoader(Path.of("content")), () -> catalog, false);
            IngestOutcome first = ingest.run(Optional.empty());
            assertThat(first).isInstanceOf(IngestOutcome.Loaded.class);
            ingest.commit((IngestOutcome.Loaded) first, Optional.empty());
            IngestOutcome second = new Ingest(new ContentLoader(Path.of("content")), () -> catalog, false)
                    .run(Optional.empty());
            assertThat(second).isInstanceOf(IngestOutcome.Unchanged.class);
            assertThat(second.served().orElseThrow().mentions()).isEqualTo(first.served().orElseThrow().mentions())
                    .anyMatch(m -> m.entry().equals("pooled-alliance"));
        }
    }

    @Test
    void aReadWhileAnotherEditionIsWrittenGivesOneEditionWhole() throws Exception {
        Library withGlossary = new ContentLoader(Path.of("content")).load();
        Library without = new Library(withGlossary.documents(), "no-glossary");
        try (Catalog catalog = Catalog.open(data)) {
            catalog.replace(withGlossary);
            Thread writer = new Thread(() -> {
                for (int i = 0; i < 20; i++) {
                    catalog.replace(i % 2 == 0 ? without : withGlossary);
                }
            });
            writer.start();
            // Never one edition's documents with the other's glossary.
            while (writer.isAlive()) {
                Library read = catalog.read().orElseThrow();
                if (read.fingerprint().equals(without.fingerprint())) {
                    assertThat(read.mentions()).isEmpty();
                } else {
                    assertThat(read.mentions()).isEqualTo(withGlossary.mentions());
                }
            }
            writer.join();
        }
    }
}
