package org.concordance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.concordance.bench.LibraryGenerator;
import org.concordance.content.ContentException;

/**
 * The app in a Java process of its own (for what only a process shows: its exit status, the heap
 * it is given, signals), serving a library of generated documents from {@code folder}, its output
 * in a log file.
 */
record ChildApp(Process process, Path log) {
    /**
     * Writes {@code documents} generated documents (and the bundled ones) with {@code seed} under
     * {@code folder} and starts the app on them with a heap of {@code heap} (e.g. {@code "48m"}).
     */
    static ChildApp start(Path folder, int documents, int seed, String heap) throws IOException, ContentException {
        Path content = folder.resolve("content");
        LibraryGenerator.generate(Path.of("content"), content, documents, seed);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path log = folder.resolve("out.log");
        Process app = new ProcessBuilder(List.of(java.toString(), "-Xmx" + heap, "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), App.class.getName(), "serve", "--host", Config.LOOPBACK, "--port", "0",
                "--content", content.toString(), "--data", folder.resolve("data").toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new ChildApp(app, log);
    }

    String output() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }
}
