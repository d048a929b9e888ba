package org.concordance.citations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.concordance.content.Document;
import org.concordance.snapshot.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bibliography written to a real snapshot file and read back: which notes cite what is kept
 * apart, read only when first asked for, and is then what it was.
 */
class KeptBibliographyTest {
    @TempDir
    Path folder;

    @Test
    void theNotesAreReadWhenFirstAskedForAndAreWhatWasWritten() {
        Path file = folder.resolve("library.snapshot");
        Bibliography written = Fixtures.BIBLIOGRAPHY;
        Snapshot.write(file, "key", written);

        Bibliography read = Snapshot.read(file, "key", Bibliography.class).orElseThrow();
        assertThat(read.notesRead()).as("the notes, before any is asked for").isFalse();
        assertThat(read.works()).isEqualTo(written.works());

        int notes = 0;
        for (Document document : Fixtures.LIBRARY.documents()) {
            assertThat(read.notes(document.slug())).as(document.slug()).isEqualTo(written.notes(document.slug()));
            notes += read.notes(document.slug()).size();
        }
        assertThat(notes).isPositive();
        assertThat(read.notesRead()).isTrue();
        for (Work work : written.works()) {
            assertThat(read.citationsOf(work.slug())).as(work.slug()).isEqualTo(written.citationsOf(work.slug()));
        }
        // The pages a work is cited at are among what it is found by.
        assertThat(read.find("Bacon 753")).isEqualTo(written.find("Bacon 753")).isNotEmpty();
    }

    @Test
    void readingTheNotesAheadLeavesThemAsAPageFindsThem() {
        Path file = folder.resolve("library.snapshot");
        Snapshot.write(file, "key", Fixtures.BIBLIOGRAPHY);
        Bibliography read = Snapshot.read(file, "key", Bibliography.class).orElseThrow();
        read.readNotes();
        assertThat(read.notesRead()).isTrue();
        String slug = Fixtures.LIBRARY.documents().get(0).slug();
        assertThat(read.notes(slug)).isEqualTo(Fixtures.BIBLIOGRAPHY.notes(slug));
    }
}
