package org.concordance.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which segments a build and an update merge, so that segments stay in the order of their positions. */
class SegmentsTest {
    @TempDir
    Path folder;

    private static Segments.Span span(String name, long first, long last) {
        return new Segments.Span(name, first, last, false);
    }

    private static final List<Segments.Span> BEFORE = List.of(span("_0", 0, 99), span("_1", 100, 199),
            span("_2", 200, 299), new Segments.Span("_3", 300, 399, true), span("_4", 400, 499));

    @Test
    void aNewSegmentMergesWithTheSegmentItsPositionsFallIn() {
        assertThat(Segments.groups(BEFORE, List.of(span("_a", 120, 130)))).containsExactly(List.of("_1", "_a"),
                List.of("_3"));
    }

    @Test
    void aNewSegmentAcrossSegmentsMergesWithEveryOneBetween() {
        assertThat(Segments.groups(BEFORE, List.of(span("_a", 150, 250), span("_b", 290, 310))))
                .containsExactly(List.of("_1", "_2", "_3", "_a", "_b"));
    }

    @Test
    void positionsBetweenSegmentsOrBeforeTheFirstGoToTheNearestBefore() {
        assertThat(Segments.groups(List.of(span("_0", 10, 99), span("_1", 200, 299)),
                List.of(span("_a", 0, 5), span("_b", 150, 160), span("_c", 900, 901))))
                .containsExactly(List.of("_0", "_a", "_b"), List.of("_1", "_c"));
    }

    @Test
    void withNoSegmentBeforeTheNewOnesMergeTogether() {
        assertThat(Segments.groups(List.of(), List.of(span("_a", 0, 5), span("_b", 6, 9))))
                .containsExactly(List.of("_a", "_b"));
        assertThat(Segments.groups(BEFORE.subList(0, 3), List.of())).isEmpty();
    }

    @Test
    void aBuildsFlushesAreMergedInConsecutiveRuns() throws IOException {
        try (FSDirectory directory = FSDirectory.open(folder);
                IndexWriter writer = new IndexWriter(directory, IndexStore.config(new StandardAnalyzer(),
                        IndexWriterConfig.OpenMode.CREATE, 10))) {
            for (int i = 0; i < 100; i++) {
                Document doc = new Document();
                doc.add(new NumericDocValuesField(Fields.POSITION, i));
                writer.addDocument(doc);
            }
            Segments.mergeRuns(writer, 35);
            writer.commit();
        }
        try (FSDirectory directory = FSDirectory.open(folder); DirectoryReader reader = DirectoryReader.open(directory)) {
            // Flushes of ten: those beginning at 0 to 30, at 40 to 60, and at 70 to 90.
            assertThat(Segments.spans(reader)).extracting(span -> span.first() + "-" + span.last())
                    .containsExactly("0-39", "40-69", "70-99");
        }
    }
}
