package org.concordance.catalog;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.concordance.content.Interruption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The data folder: derived data only (the catalog, the search index, the rendered pages, the
 * library's snapshot, the content files' digests), so anything in it that cannot be read is moved aside, kept for inspection
 * under {@code broken/}, and built again from the content. One running Concordance owns a data folder at a time, which a lock file enforces;
 * a second one is told so in one sentence.
 */
public final class DataFolder implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DataFolder.class);
    private static final String LOCK = ".lock";
    static final String BROKEN = "broken";
    /** The name of {@link #snapshot()}, also the prefix by which a damaged one is set aside. */
    public static final String SNAPSHOT = "library.snapshot";
    /** The content files' digests as last read ({@code content.FileDigests}). */
    public static final String CONTENT_DIGESTS = "content.digests";

    private final Path root;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private DataFolder(Path root, FileChannel lockChannel, FileLock lock) {
        this.root = root;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /**
     * Opens (creating it if needed) and locks the data folder.
     *
     * @throws DataFolderException with one sentence an operator can act on: the path is a file, it
     *     cannot be created or written, or another running Concordance holds it
     */
    public static DataFolder open(Path path) {
        Path root = Objects.requireNonNull(path, "path").toAbsolutePath().normalize();
        if (Files.exists(root) && !Files.isDirectory(root)) {
            throw new DataFolderException("The data folder " + root + " is a file, not a folder: remove it or give "
                    + "another --data folder.");
        }
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new DataFolderException("The data folder " + root + " cannot be created (" + reason(e)
                    + "): give a --data folder this user can write to.");
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(root.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw inUse(root);
            }
            return new DataFolder(root, channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw inUse(root);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new DataFolderException("The data folder " + root + " cannot be written (" + reason(e)
                    + "): give a --data folder this user can write to.");
        }
    }

    private static DataFolderException inUse(Path root) {
        return new DataFolderException("The data folder " + root + " is in use by another running Concordance: "
                + "stop that one, or give this one its own --data folder.");
    }

    public Path root() {
        return root;
    }

    /** Where the search index lives. */
    public Path index() {
        return root.resolve("index");
    }

    /** Where the rendered pages of the library served are kept, one edition at a time. */
    public Path pages() {
        return root.resolve("pages");
    }

    /**
     * Where the library served last is kept with what is derived from it, read back by a restart on
     * the same content and build (see {@code org.concordance.snapshot}).
     */
    public Path snapshot() {
        return root.resolve(SNAPSHOT);
    }

    /** Where the content files' digests are kept between runs ({@code content.FileDigests}). */
    public Path contentDigests() {
        return root.resolve(CONTENT_DIGESTS);
    }

    /** Whether a catalog was ever made here; false for a new data folder (or one whose catalog was set aside). */
    public boolean hasCatalog() {
        return Catalog.exists(root);
    }

    /**
     * Opens the catalog; if it cannot be opened (truncated, overwritten, from an unknown version),
     * moves its files aside and opens a new, empty one, which the ingest then fills from the content.
     */
    public Catalog openCatalog() {
        return healing("catalog", () -> Catalog.open(root), "catalog.");
    }

    /**
     * Runs {@code open} on derived data named {@code what}; when it fails, moves the files whose
     * names start with {@code prefix} aside and runs it once more. A second failure is not a
     * damaged file but a problem of the machine, and is thrown; so is a failure caused by the heap
     * running out (Lucene reports it as a closed writer), which no file set aside would mend, and
     * one caused by the thread being interrupted (the app stopping while it builds or updates the
     * index): the files hold the last commit, which the next start reads.
     */
    public <T> T healing(String what, Supplier<T> open, String prefix) {
        try {
            return open.get();
        } catch (RuntimeException first) {
            for (Throwable cause = first; cause != null; cause = cause.getCause()) {
                if (cause instanceof OutOfMemoryError memory) {
                    throw memory;
                }
            }
            if (Interruption.of(first)) {
                throw first;
            }
            setAside(what, prefix, first);
            return open.get();
        }
    }


    /**
     * Moves the damaged {@code what} (every entry whose name starts with {@code prefix}) into
     * {@code broken/<time>/}, saying so in the log with the reason, so it is built again.
     */
    public void setAside(String what, String prefix, Exception reason) {
        Path aside = moveAside(prefix);
        LOG.warn("the {} in {} could not be read ({}); moved it to {}; it is made again",
                what, root, reason.getMessage(), aside);
    }

    private Path moveAside(String prefix) {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS", Locale.ROOT));
        Path target = root.resolve(BROKEN).resolve(stamp);
        try (Stream<Path> children = Files.list(root)) {
            Files.createDirectories(target);
            for (Path child : children.filter(p -> p.getFileName().toString().startsWith(prefix)).toList()) {
                Files.move(child, target.resolve(child.getFileName()));
            }
            return target;
        } catch (IOException e) {
            throw new DataFolderException("The damaged " + prefix + "* files in " + root + " cannot be moved aside ("
                    + reason(e) + "): remove them by hand; they hold only derived data.");
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            LOG.debug("could not release the lock on {}", root, e);
        }
        closeQuietly(lockChannel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                LOG.debug("could not close {}", channel, e);
            }
        }
    }

    private static String reason(IOException e) {
        return e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT)
                + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
