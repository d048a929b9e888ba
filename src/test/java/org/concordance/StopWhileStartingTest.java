package org.concordance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.concordance.bench.LibraryGenerator;
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
        Path content = folder.resolve("content");
        LibraryGenerator.generate(Path.of("content"), content, 600, 5);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path log = folder.resolve("out.log");
        Process app = new ProcessBuilder(List.of(java.toString(), "-Xmx512m", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), App.class.getName(), "serve", "--port", "0",
                "--content", content.toString(), "--data", folder.resolve("data").toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            // The documents are being read: the preparation holds what a stop used to wait for.
            while (!Files.readString(log, StandardCharsets.UTF_8).contains("reading documents")) {
                assertThat(app.isAlive()).as(Files.readString(log, StandardCharsets.UTF_8)).isTrue();
                Thread.sleep(20);
            }
            app.destroy(); // SIGTERM
            assertThat(app.waitFor(30, TimeUnit.SECONDS)).as("the app stops").isTrue();
            String output = Files.readString(log, StandardCharsets.UTF_8);
            assertThat(output).as("stopped before the library was ready")
                    .doesNotContain("ready: serving").doesNotContain("ingested ")
                    .doesNotContain("could not be prepared").doesNotContain("Exception");
            assertThat(app.exitValue()).as(output).isEqualTo(143);
        } finally {
            app.destroyForcibly();
        }
    }
}
