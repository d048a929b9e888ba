package org.concordance.content;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The raw files in {@code sources/} that documents name in their front matter's {@code source}, read
 * as the loader reads it (the YAML parsed, nothing else of the document): for the importer, which
 * deletes a source no document names once a forced import has replaced the document that did.
 */
public final class NamedSources {
    private NamedSources() {
    }

    /**
     * The source a document's text names.
     *
     * @param documentText a content file's whole text, front matter first
     * @return the {@code source} value as written; empty when the front matter does not parse or has none
     */
    public static Optional<String> of(String documentText) {
        List<ContentError> ignored = new ArrayList<>();
        Path file = Path.of("document.md");
        String text = documentText.startsWith("\uFEFF") ? documentText.substring(1) : documentText;
        return FrontMatter.split(file, text.replace("\r\n", "\n"), ignored)
                .flatMap(split -> FrontMatter.parse(file, split.yaml(), ignored))
                .flatMap(front -> front.text("source"));
    }

    /**
     * Every source named by a document in {@code root}'s {@code documents/}, when every document
     * could be read and names one.
     *
     * @param root a content folder
     * @return the names; empty when a document cannot be read or parsed, or names no source, since
     *     what it names is then unknown
     * @throws IOException when {@code documents/} cannot be listed
     */
    public static Optional<Set<String>> inFolder(Path root) throws IOException {
        Set<String> named = new HashSet<>();
        Path documents = root.resolve(ContentLoader.DOCUMENTS);
        if (!Files.isDirectory(documents)) {
            return Optional.of(named);
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(documents, "*.md")) {
            for (Path file : files) {
                Optional<String> source = SourceFile.read(file).text().flatMap(NamedSources::of);
                if (source.isEmpty()) {
                    return Optional.empty();
                }
                named.add(source.get());
            }
        }
        return Optional.of(named);
    }
}
