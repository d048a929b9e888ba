package org.concordance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM while the library is being prepared stops the app then, not once the preparation and the
 * catalog's write have finished (found with 1,000 documents: the port closed at once but the process
 * lived 12 s more, then logged "ready: serving the library on http://localhost:-2/").
 */
class StopWhileStartingTest {
    @TempDir
    Path folder;

    @Test
    void sigtermDuringThePreparationStopsWithoutWaitingForIt() throws Exception {
        ChildApp app = ChildApp.start(folder, 600, 5, "512m");
        try {
            // The documents are being read: the preparation holds what a stop used to wait for.
            while (!app.output().contains("reading documents")) {
                assertThat(app.process().isAlive()).as(app.output()).isTrue();
                Thread.sleep(20);
            }
            app.process().destroy(); // SIGTERM
            assertThat(app.process().waitFor(30, TimeUnit.SECONDS)).as("the app stops").isTrue();
            String output = app.output();
            assertThat(output).as("stopped before the library was ready")
                    .doesNotContain("ready: serving").doesNotContain("ingested ")
                    .doesNotContain("could not be prepared").doesNotContain("Exception");
            assertThat(app.process().exitValue()).as(output).isEqualTo(143);
        } finally {
            app.process().destroyForcibly();
        }
    }
}
