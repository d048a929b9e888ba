package org.concordance.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.concordance.content.AtomicReplace;
import org.concordance.content.NamedSources;

/**
 * The content folder as the importer writes to it: a document into {@code documents/}, its raw file
 * into {@code sources/}. Both are written to hidden temporary files in their folders (which the
 * loader ignores) and moved into place, the source first; if the document cannot be moved, the
 * source is taken back, so a failed import leaves nothing behind. What a run wrote is remembered,
 * with the bytes of each document it replaced, so the whole run can be taken back ({@link #takeBack}).
 */
final class ContentFolder {
    private final Path root;
    private final Set<String> claimedSources = new HashSet<>();
    /** What this run wrote, in order. */
    private final List<Written> written = new ArrayList<>();

    /**
     * A document written: the bytes it replaced, if any, the source file it added, if any, and the
     * source the replaced document named, when it was another.
     */
    private record Written(Path document, Optional<byte[]> replaced, Optional<Path> sourceAdded,
            Optional<String> sourceReplaced) {
    }

    ContentFolder(Path root) {
        this.root = root;
    }

    Path documents() {
        return root.resolve("documents");
    }

    Path sources() {
        return root.resolve("sources");
    }

    Path document(String slug) {
        return documents().resolve(slug + ".md");
    }

    /**
     * The name the input's raw file is kept under in {@code sources/}: its own name, unless a
     * different file has it, then the name with "-2", "-3"… before the extension. The same file
     * imported again keeps its one copy.
     */
    String sourceName(Input input) throws ImportFailure {
        String name = input.fileName();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        for (int n = 1; ; n++) {
            String candidate = n == 1 ? name : stem + "-" + n + extension;
            Path existing = sources().resolve(candidate);
            try {
                if (Files.exists(existing) && Arrays.equals(Files.readAllBytes(existing), input.bytes())) {
                    return candidate;
                }
            } catch (IOException e) {
                throw new ImportFailure("cannot read " + existing + ": " + e.getMessage(), e);
            }
            if (!Files.exists(existing) && !claimedSources.contains(candidate)) {
                return candidate;
            }
        }
    }

    /**
     * Writes the document and keeps its source.
     *
     * @param overwrite whether an existing document of that slug may be replaced
     */
    void write(String slug, String markdown, Input input, String sourceName, boolean overwrite) throws ImportFailure {
        Path target = document(slug);
        Path source = sources().resolve(sourceName);
        Path documentTemp = null;
        Path sourceTemp = null;
        boolean sourceAdded = false;
        try {
            Files.createDirectories(documents());
            Files.createDirectories(sources());
            if (!overwrite && Files.exists(target)) {
                throw new ImportFailure(root.relativize(target) + " already exists: use --force to replace it, or --slug to "
                        + "name the new document differently");
            }
            Optional<byte[]> replaced = Files.isRegularFile(target) ? Optional.of(Files.readAllBytes(target)) : Optional.empty();
            documentTemp = temporary(documents());
            Files.writeString(documentTemp, markdown, StandardCharsets.UTF_8);
            if (!Files.exists(source)) {
                sourceTemp = temporary(sources());
                Files.write(sourceTemp, input.bytes());
                move(sourceTemp, source, false);
                sourceAdded = true;
                claimedSources.add(sourceName);
            }
            move(documentTemp, target, overwrite);
            Optional<String> sourceReplaced = replaced.flatMap(bytes -> NamedSources.of(new String(bytes, StandardCharsets.UTF_8)))
                    .filter(name -> !name.equals(sourceName));
            written.add(new Written(target, replaced, sourceAdded ? Optional.of(source) : Optional.empty(), sourceReplaced));
        } catch (FileAlreadyExistsException e) {
            undo(source, sourceAdded);
            throw new ImportFailure(root.relativize(target) + " already exists: use --force to replace it", e);
        } catch (IOException e) {
            undo(source, sourceAdded);
            throw new ImportFailure("cannot write to " + root + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(documentTemp);
            deleteQuietly(sourceTemp);
        }
    }

    /** Whether this run has written a document. */
    boolean wroteAny() {
        return !written.isEmpty();
    }

    /**
     * Deletes each source a document this run replaced had named, when it named another and no
     * document names it now: once the run is kept, so a run taken back finds them all still there.
     * Nothing is deleted when a document cannot be read (what it names is unknown), and no file that
     * is one a document names, under any spelling a case-blind file system takes for it.
     *
     * @return the sources deleted, and for each that could not be, why
     * @throws ImportFailure when the documents cannot be listed to know which sources they name
     */
    Retired retireSources() throws ImportFailure {
        List<Path> deleted = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        if (written.stream().allMatch(one -> one.sourceReplaced().isEmpty())) {
            return new Retired(deleted, failures);
        }
        Optional<Set<String>> named;
        try {
            named = NamedSources.inFolder(root);
        } catch (IOException e) {
            throw new ImportFailure("cannot list " + documents() + ": " + e.getMessage(), e);
        }
        if (named.isEmpty()) {
            return new Retired(deleted, List.of("a document in " + documents() + " cannot be read, so the sources no"
                    + " document names are not known; none was deleted"));
        }
        for (Written one : written) {
            Optional<Path> old = one.sourceReplaced().filter(name -> !named.get().contains(name)).flatMap(this::inSources);
            try {
                if (old.isPresent() && Files.isRegularFile(old.get()) && !isNamed(old.get(), named.get())
                        && Files.deleteIfExists(old.get())) {
                    deleted.add(old.get());
                }
            } catch (IOException e) {
                failures.add(root.relativize(old.get()) + ", which no document names now, could not be deleted: " + e.getMessage());
            }
        }
        return new Retired(deleted, failures);
    }

    /** The file of {@code sources/} a document's {@code source} names: a plain file name there, nothing else. */
    private Optional<Path> inSources(String name) {
        if (name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            return Optional.empty();
        }
        Path file;
        try {
            file = sources().resolve(name).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
        // "C:x" on Windows resolves elsewhere: only a file whose folder is sources/ itself.
        return sources().normalize().equals(file.getParent()) ? Optional.of(file) : Optional.empty();
    }

    /** Whether {@code file} is the very file one of {@code named} is, as a case-blind file system spells it otherwise. */
    private boolean isNamed(Path file, Set<String> named) throws IOException {
        for (String name : named) {
            Optional<Path> other = inSources(name);
            if (other.isPresent() && Files.exists(other.get()) && Files.isSameFile(other.get(), file)) {
                return true;
            }
        }
        return false;
    }

    /** The sources {@link #retireSources} deleted, and those it could not, each with why. */
    record Retired(List<Path> deleted, List<String> failures) {
    }

    /**
     * Takes back everything this run wrote, last first: a document it replaced is put back as it was
     * (moved into place whole, as it was written), one it added is deleted, as is each source it added.
     *
     * @return the files that could not be put back or deleted, each with why (empty when all were)
     */
    List<String> takeBack() {
        List<String> failures = new ArrayList<>();
        for (int i = written.size() - 1; i >= 0; i--) {
            Written one = written.get(i);
            Path temp = null;
            try {
                if (one.replaced().isPresent()) {
                    temp = temporary(documents());
                    Files.write(temp, one.replaced().get());
                    move(temp, one.document(), true);
                } else {
                    Files.deleteIfExists(one.document());
                }
            } catch (IOException e) {
                failures.add(root.relativize(one.document()) + ": " + e.getMessage());
            } finally {
                deleteQuietly(temp);
            }
            try {
                if (one.sourceAdded().isPresent()) {
                    Files.deleteIfExists(one.sourceAdded().get());
                    claimedSources.remove(one.sourceAdded().get().getFileName().toString());
                }
            } catch (IOException e) {
                failures.add(root.relativize(one.sourceAdded().get()) + ": " + e.getMessage());
            }
        }
        written.clear();
        return failures;
    }

    /**
     * A new hidden file in {@code folder}, which the loader ignores until it is renamed. Made with
     * the permissions any new file there gets (the user's umask), not those of
     * {@code Files.createTempFile}, which only its owner may read: the documents are read by the
     * app, which may run as another user, and shared as the library's content.
     */
    private static Path temporary(Path folder) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path candidate = folder.resolve(".import-" + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
            try {
                return Files.createFile(candidate);
            } catch (FileAlreadyExistsException taken) {
                if (attempt == 100) {
                    throw taken;
                }
            }
        }
    }

    /**
     * A rename within the folder, so the file appears whole or not at all. Without {@code replace}
     * it fails with {@link FileAlreadyExistsException} when the target exists.
     */
    private static void move(Path from, Path to, boolean replace) throws IOException {
        if (replace) {
            AtomicReplace.replace(from, to);
        } else {
            Files.move(from, to);
        }
    }

    private static void undo(Path source, boolean added) {
        if (added) {
            deleteQuietly(source);
        }
    }

    private static void deleteQuietly(Path path) {
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                // A hidden temporary file the loader ignores; nothing else depends on it.
            }
        }
    }
}
