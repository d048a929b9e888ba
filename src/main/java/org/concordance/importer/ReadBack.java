package org.concordance.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.concordance.content.ContentException;
import org.concordance.content.ContentLoader;
import org.concordance.content.Document;

/**
 * Reads a written document back through the content loader, alone in a scratch content folder: the
 * proof, before anything reaches the real folder, that {@code check} and the ingest accept it.
 */
final class ReadBack {
    private ReadBack() {
    }

    /**
     * The document as the library would read it.
     *
     * @throws ContentException with the loader's problems when it does not parse
     */
    static Document parse(String slug, String markdown, String sourceName) throws ContentException {
        Path scratch;
        try {
            scratch = Files.createTempDirectory("concordance-import");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a scratch folder to check the document", e);
        }
        try {
            Files.createDirectories(scratch.resolve("documents"));
            Files.createDirectories(scratch.resolve("sources"));
            Files.writeString(scratch.resolve("documents").resolve(slug + ".md"), markdown, StandardCharsets.UTF_8);
            // The source is named, not read: an empty stand-in satisfies a rule that it exists.
            Files.createFile(scratch.resolve("sources").resolve(sourceName));
            return new ContentLoader(scratch).load().document(slug).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to the scratch folder " + scratch, e);
        } finally {
            delete(scratch);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A scratch folder under the system's temporary directory; nothing depends on it.
        }
    }
}
