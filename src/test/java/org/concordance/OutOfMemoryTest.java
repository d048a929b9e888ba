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
 * A library too large for the heap stops the app with a sentence saying so, rather than leaving a
 * server that answers 503 for ever (found at 10,000 documents under -Xmx512m: the start-up thread
 * died of an OutOfMemoryError and the server kept listening).
 */
class OutOfMemoryTest {
    @TempDir
    Path folder;

    @Test
    void aLibraryLargerThanTheHeapStopsTheAppAndSaysWhy() throws Exception {
        Path content = folder.resolve("content");
        LibraryGenerator.generate(Path.of("content"), content, 1_500, 3);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path log = folder.resolve("out.log");
        Process app = new ProcessBuilder(List.of(java.toString(), "-Xmx48m", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), App.class.getName(), "serve", "--port", "0",
                "--content", content.toString(), "--data", folder.resolve("data").toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            assertThat(app.waitFor(3, TimeUnit.MINUTES)).as("the app stops by itself").isTrue();
            String output = Files.readString(log, StandardCharsets.UTF_8);
            assertThat(app.exitValue()).as(output).isEqualTo(1);
            assertThat(output).contains("concordance: cannot start: The library does not fit in the Java heap (")
                    .contains("start Java with a larger -Xmx");
        } finally {
            app.destroyForcibly();
        }
    }
}
