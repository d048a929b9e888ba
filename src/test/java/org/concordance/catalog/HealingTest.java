package org.concordance.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.concordance.App;
import org.concordance.Config;
import org.concordance.StartupException;
import org.concordance.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The data folder holds derived data only, so it heals: a damaged catalog or index is moved aside
 * (kept for inspection) and built again from the content; a data path that cannot be a data folder
 * stops the start with one clear sentence (issue #8).
 */
class HealingTest {
    private static final String DOC = "/documents/why-terrorist-actors-cooperate";
    private TestApp app;

    @BeforeEach
    void start() {
        app = TestApp.start();
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private Path catalogFile() {
        return app.data().resolve("catalog.mv.db");
    }

    /**
     * A restart on unchanged content serves the library the last run kept and never reads the
     * catalog ({@code RestartFromSnapshotTest}); without that snapshot (a run stopped before keeping
     * it, an older build) the catalog is read, and that is the start these tests damage.
     */
    private void removeSnapshot() throws Exception {
        Files.delete(app.data().resolve(DataFolder.SNAPSHOT));
    }

    private void assertServesAndKeptTheBrokenCopy() throws Exception {
        removeSnapshot();
        app.restart();
        assertThat(app.page(DOC).selectFirst("h1").text()).isEqualTo("Why Terrorist Actors Cooperate");
        try (Stream<Path> broken = Files.walk(app.data().resolve(DataFolder.BROKEN))) {
            assertThat(broken.filter(p -> p.getFileName().toString().startsWith("catalog."))).isNotEmpty();
        }
    }

    @Test
    void aTruncatedCatalogIsMovedAsideAndRebuilt() throws Exception {
        app.stop();
        try (RandomAccessFile file = new RandomAccessFile(catalogFile().toFile(), "rw")) {
            file.setLength(4096);
        }
        assertServesAndKeptTheBrokenCopy();
    }

    @Test
    void aCatalogWithGarbageOverItsHeaderIsMovedAsideAndRebuilt() throws Exception {
        app.stop();
        byte[] garbage = new byte[8192];
        new Random(8).nextBytes(garbage);
        try (RandomAccessFile file = new RandomAccessFile(catalogFile().toFile(), "rw")) {
            file.write(garbage);
        }
        assertServesAndKeptTheBrokenCopy();
    }

    @Test
    void aCatalogOverwrittenInTheMiddleStillServesTheLibrary() throws Exception {
        app.stop();
        long length = Files.size(catalogFile());
        byte[] garbage = new byte[16_384];
        new Random(9).nextBytes(garbage);
        try (RandomAccessFile file = new RandomAccessFile(catalogFile().toFile(), "rw")) {
            file.seek(length / 2);
            file.write(garbage);
        }
        removeSnapshot();
        app.restart();
        assertThat(app.page(DOC).selectFirst("h1").text()).isEqualTo("Why Terrorist Actors Cooperate");
    }

    @Test
    void aDeletedDataFolderIsBuiltAgain() throws Exception {
        app.stop();
        try (Stream<Path> walk = Files.walk(app.data())) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        app.restart();
        assertThat(app.page(DOC).selectFirst("h1").text()).isEqualTo("Why Terrorist Actors Cooperate");
    }

    @Test
    void anIndexFolderThatIsAFileIsMovedAsideAndRebuilt() throws Exception {
        app.stop();
        Path index = app.data().resolve("index");
        try (Stream<Path> walk = Files.walk(index)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        Files.writeString(index, "not a folder");
        app.restart();
        assertThat(app.get("/api/search?q=Hezbollah").body()).contains("\"total\":");
        assertThat(Files.isDirectory(index)).isTrue();
    }

    @Test
    void aDataPathThatIsAFileStopsTheStartWithOneSentence() throws Exception {
        Path file = Files.createTempFile("concordance-data", ".txt");
        try {
            assertThatThrownBy(() -> App.create(Config.serve(0, app.content(), file)).start())
                    .isInstanceOf(StartupException.class)
                    .hasMessage("The data folder " + file.toAbsolutePath() + " is a file, not a folder: remove it or give "
                            + "another --data folder.");
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void aSecondInstanceOnTheSameDataFolderIsToldSoInOneSentence() {
        assertThatThrownBy(() -> App.create(Config.serve(0, app.content(), app.data())).start())
                .isInstanceOf(StartupException.class)
                .hasMessage("The data folder " + app.data().toAbsolutePath().normalize() + " is in use by another running "
                        + "Concordance: stop that one, or give this one its own --data folder.");
        // The running one is unharmed.
        assertThat(app.page(DOC).selectFirst("h1").text()).isEqualTo("Why Terrorist Actors Cooperate");
    }

    /**
     * A heap too small is no damage: nothing is set aside (found at 1,000 documents under -Xmx96m: a
     * sound index went to broken/, was built again, and the start failed with "this IndexWriter is
     * closed" instead of saying the heap was too small).
     */
    @Test
    void aFailureCausedByTheHeapRunningOutSetsNothingAside(@org.junit.jupiter.api.io.TempDir Path folder) {
        OutOfMemoryError memory = new OutOfMemoryError("Java heap space");
        try (DataFolder data = DataFolder.open(folder)) {
            assertThatThrownBy(() -> data.healing("search index", () -> {
                throw new IllegalStateException("this IndexWriter is closed", memory);
            }, "index")).isSameAs(memory);
            assertThat(Files.exists(folder.resolve(DataFolder.BROKEN))).isFalse();
        }
    }

    /**
     * Nor is the app stopping while it updates the index: found at 10,003 documents, where a SIGTERM
     * during a watched edit's index update moved the sound index to broken/ and began building it
     * again (Lucene's writer, interrupted, says so with a {@code ThreadInterruptedException}, and
     * clears the thread's flag; the entries' maker, with a {@code CancellationException}).
     */
    @Test
    void anInterruptedBuildSetsNothingAside(@org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
        try (DataFolder data = DataFolder.open(folder)) {
            Files.createDirectories(folder.resolve("index"));
            RuntimeException lucene = new org.apache.lucene.util.ThreadInterruptedException(new InterruptedException());
            RuntimeException wrapped = new IllegalStateException("cannot build the search index", lucene);
            RuntimeException cancelled = new java.util.concurrent.CancellationException("interrupted while waiting");
            for (RuntimeException interrupted : java.util.List.of(lucene, wrapped, cancelled)) {
                assertThatThrownBy(() -> data.healing("search index", () -> {
                    throw interrupted;
                }, "index")).isSameAs(interrupted);
            }
            // The thread's flag alone is enough, whatever the failure says.
            Thread.currentThread().interrupt();
            try {
                RuntimeException closed = new IllegalStateException("this IndexWriter is closed");
                assertThatThrownBy(() -> data.healing("search index", () -> {
                    throw closed;
                }, "index")).isSameAs(closed);
            } finally {
                Thread.interrupted();
            }
            assertThat(Files.exists(folder.resolve(DataFolder.BROKEN))).isFalse();
            assertThat(folder.resolve("index")).isDirectory();
        }
    }
}
