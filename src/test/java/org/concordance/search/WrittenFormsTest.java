package org.concordance.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

class WrittenFormsTest {
    private static Searchable paragraph(int i, String body) {
        String slug = "doc-" + i;
        return new Searchable(Searchable.PARAGRAPH, "paragraph:" + slug + "#p-1", "Paragraph 1", "/documents/" + slug + "#p-1",
                Optional.of(slug), Optional.of("Document " + i), Optional.empty(), body, List.of());
    }

    /** Each spelling counted in the entries that have it: an entry writing "café" and "cafe" counts for both. */
    @Test
    void aFoldedWordIsShownAsMostEntriesSpellIt() throws IOException {
        List<String> bodies = List.of("Über alles.", "Das ist über.", "An uber ride.", "A café and a cafe.", "The cafe.",
                "Naïve.", "A naive reading.", "So naive.", "Façade's end.");
        try (Directory directory = new ByteBuffersDirectory(); Analyzer prose = Analysis.index(); Analyzer names = Analysis.names();
                Analyzer fields = EntryDocuments.analyzer()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(fields))) {
                for (int i = 0; i < bodies.size(); i++) {
                    writer.addDocument(EntryDocuments.of(paragraph(i, bodies.get(i)), i, prose, names));
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                WrittenForms written = WrittenForms.of(reader);
                assertThat(written.of("uber")).isEqualTo("über");
                assertThat(written.of("cafe")).isEqualTo("cafe");
                assertThat(written.of("naive")).isEqualTo("naive");
                assertThat(written.of("facade")).isEqualTo("façade");
                assertThat(written.of("ride")).isEqualTo("ride");
            }
        }
    }
}
