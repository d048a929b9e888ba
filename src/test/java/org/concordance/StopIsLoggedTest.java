package org.concordance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An operator who stops the app (SIGTERM, as a service manager or a load balancer's drain does)
 * sees it in the log: that it is stopping, and that it has stopped. Found by a trial: a stop logged
 * nothing, so a log could not tell a stop from a crash.
 */
class StopIsLoggedTest {
    @Test
    void aSigtermIsLoggedAsAStopThenAsStopped(@TempDir Path folder) throws Exception {
        ChildApp app = ChildApp.start(folder, 0, 1, "96m");
        try {
            for (int i = 0; i < 600 && !app.output().contains("ready: serving"); i++) {
                assertThat(app.process().isAlive()).as(app.output()).isTrue();
                Thread.sleep(100);
            }
            assertThat(app.output()).doesNotContain("stopping");

            app.process().destroy(); // SIGTERM
            assertThat(app.process().waitFor(30, TimeUnit.SECONDS)).as("the app stops").isTrue();

            String output = app.output();
            assertThat(output).contains("stopping: answering the requests in flight");
            assertThat(output.indexOf("INFO App - stopped")).as(output).isGreaterThan(output.indexOf("stopping:"));
        } finally {
            app.process().destroyForcibly();
        }
    }
}
