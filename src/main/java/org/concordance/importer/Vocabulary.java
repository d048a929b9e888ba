package org.concordance.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The words of the library's documents, lower-cased, read once and only when a hyphen at a line's
 * end needs them. Bounded, so a library of ten thousand documents costs a few megabytes at most.
 */
final class Vocabulary implements Supplier<Set<String>> {
    private static final long MAX_BYTES = 32L * 1024 * 1024;

    private final Path documents;
    private Set<String> words;

    Vocabulary(Path documents) {
        this.documents = documents;
    }

    /** A vocabulary of the given words only (for tests and for content folders without documents). */
    static Vocabulary of(Set<String> words) {
        Vocabulary vocabulary = new Vocabulary(Path.of(""));
        vocabulary.words = Set.copyOf(words);
        return vocabulary;
    }

    @Override
    public synchronized Set<String> get() {
        if (words == null) {
            words = read();
        }
        return words;
    }

    private Set<String> read() {
        Set<String> found = new HashSet<>();
        if (!Files.isDirectory(documents)) {
            return found;
        }
        long budget = MAX_BYTES;
        try (Stream<Path> files = Files.list(documents)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".md")).sorted()::iterator) {
                if (budget <= 0) {
                    break;
                }
                long size = Files.size(file);
                budget -= size;
                found.addAll(Hyphenation.vocabulary(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            // The vocabulary only helps decide hyphens; without it the importer joins and reports.
        }
        return found;
    }
}
