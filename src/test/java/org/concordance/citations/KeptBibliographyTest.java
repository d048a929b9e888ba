package org.concordance.citations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.concordance.TestApp;
import org.concordance.content.ContentLoader;
import org.concordance.content.Document;
import org.concordance.content.Library;
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

    /** What a run keeps for the next: the library and its bibliography, in one snapshot. */
    record Kept(Library library, Bibliography bibliography) {
    }

    /**
     * An edit that changes what a note cites, read after a restart against the library the last run
     * kept: the bibliography is built again from the one kept, without reading the text of any
     * document that did not change (the texts are let go once read, and a build that read them all
     * read 10,003 back from the snapshot: the books a document's text names are kept with it).
     */
    @Test
    void aBuildAfterARestartReadsNoTextOfADocumentThatDidNotChange() throws Exception {
        Path content = folder.resolve("content");
        TestApp.copy(Path.of("content"), content);
        ContentLoader loader = new ContentLoader(content);
        ContentLoader.Fingerprint fingerprint = loader.take();
        Library first = loader.load(fingerprint);
        Path file = folder.resolve("library.snapshot");
        Snapshot.write(file, "key", new Kept(first, Bibliography.build(first, References.of(first, content))));
        Kept kept = Snapshot.read(file, "key", Kept.class).orElseThrow();
        assertThat(kept.library().documents()).noneMatch(document -> document.body().isMade());

        String edited = "journal-excerpt-on-terrorist-affiliations";
        Path path = content.resolve("documents/" + edited + ".md");
        String text = Files.readString(path);
        assertThat(text).contains("Terrorist Affiliations in Context");
        Files.writeString(path, text.replace("Terrorist Affiliations in Context", "Terrorist Affiliations Revisited"));
        ContentLoader again = loader.reusing(Optional.of(new ContentLoader.Earlier(kept.library(), fingerprint)));
        Library next = again.load(again.take());
        Bibliography rebuilt = Bibliography.build(next, References.of(next, content),
                Optional.of(new Bibliography.Earlier(kept.library(), kept.bibliography())));

        for (Document document : kept.library().documents()) {
            if (!document.slug().equals(edited)) {
                assertThat(next.document(document.slug())).containsSame(document);
                assertThat(document.body().isMade()).as(document.slug()).isFalse();
            }
        }
        assertThat(rebuilt.works()).anyMatch(work -> work.title().map(t -> t.plain().contains("Revisited")).orElse(false));
        // As built from nothing (compared last: that reads every text).
        assertThat(rebuilt.works()).isEqualTo(Bibliography.build(next, References.of(next, content)).works());
    }
}
