package org.concordance.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.concordance.content.ContentException;
import org.concordance.content.ContentLoader;
import org.concordance.content.Document;

/** Imports test files into a content folder and reads the result back as the library does. */
final class Imports {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private final Path content;
    private final Path inbox;

    Imports(Path folder) {
        this.content = folder.resolve("content");
        this.inbox = folder.resolve("inbox");
        try {
            Files.createDirectories(inbox);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path content() {
        return content;
    }

    /** Writes {@code bytes} as a file named {@code name} to import. */
    Path file(String name, byte[] bytes) {
        try {
            return Files.write(inbox.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path file(String name, String text) {
        return file(name, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    Importer.Outcome run(Path file) {
        return run(file, Given.NONE);
    }

    Importer.Outcome run(Path file, Given given) {
        return new Importer(content, TODAY, false).importFile(file, given);
    }

    /** Imports {@code file}, fails the test if it was not written, and reads the document back. */
    Written written(Path file) {
        return written(file, Given.NONE);
    }

    /** {@link #written(Path)} with what the reader states for the file. */
    Written written(Path file, Given given) {
        Importer.Outcome outcome = run(file, given);
        if (!(outcome instanceof Importer.Written written)) {
            throw new AssertionError("not written: " + outcome);
        }
        try {
            Document document = new ContentLoader(content).load().document(written.slug()).orElseThrow();
            return new Written(written, document);
        } catch (ContentException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    record Written(Importer.Written outcome, Document document) {
        Report report() {
            return outcome.report();
        }
    }
}
