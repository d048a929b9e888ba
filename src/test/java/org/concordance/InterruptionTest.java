package org.concordance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import org.concordance.content.FileDigests;
import org.concordance.content.Interruption;
import org.concordance.content.Library;
import org.concordance.content.Progress;
import org.junit.jupiter.api.Test;

/**
 * The app stopping while it reads a change interrupts the thread reading it: that is no fault of
 * the content (found by a new user's trial: a SIGTERM during a watched edit logged "the content was
 * not ingested ... building the library was interrupted" as an error).
 */
class InterruptionTest {
    @Test
    void buildingALibraryInterruptedIsAStopNotAContentProblem() throws Exception {
        Path content = Path.of("content");
        Library library = Librarian.contentLoader(content, Progress.NONE, FileDigests.none()).load();
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> Librarian.derive(library, content, Progress.NONE, Optional.empty(), Optional.empty()))
                    .isInstanceOf(CancellationException.class).hasMessageContaining("building the library was interrupted");
            assertThat(Thread.currentThread().isInterrupted()).as("the flag kept for the caller").isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void anInterruptionIsToldFromAFault() {
        assertThat(Interruption.of(new IllegalStateException("cannot build",
                new org.apache.lucene.util.ThreadInterruptedException(new InterruptedException())))).isTrue();
        assertThat(Interruption.of(new java.io.UncheckedIOException(new java.nio.channels.ClosedByInterruptException()))).isTrue();
        assertThat(Interruption.of(new IllegalStateException("this IndexWriter is closed"))).isFalse();
        assertThat(Interruption.of(new java.io.UncheckedIOException(new java.io.IOException("No space left on device")))).isFalse();
    }
}
