package org.concordance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A library too large for the heap stops the app with a sentence saying so, rather than leaving a
 * server that answers 503 for ever (found at 10,000 documents under -Xmx512m: the start-up thread
 * died of an OutOfMemoryError and the server kept listening).
 */
class OutOfMemoryTest {
    @TempDir
    Path folder;

    @Test
    void aLibraryLargerThanTheHeapStopsTheAppAndSaysWhy() throws Exception {
        ChildApp app = ChildApp.start(folder, 1_500, 3, "48m");
        try {
            assertThat(app.process().waitFor(3, TimeUnit.MINUTES)).as("the app stops by itself").isTrue();
            String output = app.output();
            assertThat(app.process().exitValue()).as(output).isEqualTo(1);
            assertThat(output).contains("concordance: cannot start: The library does not fit in the Java heap (")
                    .contains("start Java with a larger -Xmx");
        } finally {
            app.process().destroyForcibly();
        }
    }
}
