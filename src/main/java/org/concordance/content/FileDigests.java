package org.concordance.content;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SHA-256 of each content file as last read, kept with the file's state on disk, so that
 * fingerprinting unchanged content need not read it again: 10,003 documents are 84 MB, read and
 * hashed in about a second, where their states are read in a tenth of that.
 *
 * <p>A file's state is its size, its modification time, its change time and its file number, as
 * git's index keeps them: a write changes the change time even when the modification time is set
 * back (by {@code touch -d}, {@code cp -p} or {@code rsync -t}), and a file replaced by another
 * has another number. A digest is remembered only for a file last changed at least
 * {@link #SETTLED} before it was read, so a write in the same tick of a coarse clock as the read
 * (git's "racy" case) is never taken for no change. Where the file system does not give these
 * times (the {@code unix} attribute view: not on Windows), nothing is remembered and every file
 * is read.
 *
 * <p>Kept in one text file of the data folder, a line per file; a file that cannot be read is
 * ignored (every file is read again) and one that cannot be written costs the next start's time
 * only. Thread-safe: files are hashed on every core.
 */
public final class FileDigests {
    private static final Logger LOG = LoggerFactory.getLogger(FileDigests.class);
    private static final String HEADER = "concordance-file-digests-1";
    private static final String STATE = "unix:size,lastModifiedTime,ctime,ino";
    /**
     * How long before it is read a file must have last changed for its digest to be remembered: more
     * than the coarsest clock of a file system in use (FAT's two seconds).
     */
    static final Duration SETTLED = Duration.ofSeconds(2);

    /** A file's state on disk: times in nanoseconds since the epoch. */
    private record State(long size, long modified, long changed, long number) {
    }

    private record Known(State state, String digest) {
    }

    private final Optional<Path> keptIn;
    private final Duration settled;
    private final Map<String, Known> known = new ConcurrentHashMap<>();
    private final AtomicInteger reads = new AtomicInteger();
    private volatile boolean changed;

    private FileDigests(Optional<Path> keptIn, Duration settled) {
        this.keptIn = keptIn;
        this.settled = settled;
    }

    /** Remembers nothing: every file is read each time (the {@code check} command, tests). */
    public static FileDigests none() {
        return new FileDigests(Optional.empty(), SETTLED);
    }

    /**
     * The digests kept in {@code file} by an earlier run, if it holds any that can be read, and kept
     * there again by {@link #save()}.
     */
    public static FileDigests keptIn(Path file) {
        return keptIn(file, SETTLED);
    }

    /** {@link #keptIn(Path)}, remembering files last changed at least {@code settled} before they were read. */
    static FileDigests keptIn(Path file, Duration settled) {
        FileDigests digests = new FileDigests(Optional.of(Objects.requireNonNull(file, "file")), settled);
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            if (!HEADER.equals(lines.readLine())) {
                throw new IOException("it is not a list of file digests");
            }
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] fields = line.split(" ", 6);
                if (fields.length != 6 || !isDigest(fields[0])) {
                    throw new IOException("a line does not hold a digest, a state and a name");
                }
                digests.known.put(fields[5], new Known(new State(Long.parseLong(fields[1]), Long.parseLong(fields[2]),
                        Long.parseLong(fields[3]), Long.parseLong(fields[4])), fields[0]));
            }
        } catch (NoSuchFileException e) {
            return digests;
        } catch (IOException | RuntimeException e) { // cut short, edited by hand: every file is read again
            LOG.info("the content's file digests in {} cannot be read ({}); every file is read again", file, e.getMessage());
            digests.known.clear();
            digests.changed = true;
        }
        return digests;
    }

    /**
     * Whether {@code text} is a SHA-256 as {@link #hash} writes it: 64 lower-case hex digits. Checked
     * where it stands: a start reads a line per content file, and parsing each digest into bytes
     * only to count them was most of the time it took to read the list.
     */
    private static boolean isDigest(String text) {
        if (text.length() != 64) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    /**
     * The SHA-256 of {@code file}, in hex: remembered when its state is the one it had when it was
     * last read, else read now (and remembered when settled).
     *
     * @param name how the file is known (its path within the content folder)
     * @throws IOException when the file cannot be read
     */
    String digest(Path file, String name) throws IOException {
        Optional<State> before = state(file);
        if (before.isPresent()) {
            Known seen = known.get(name);
            if (seen != null && seen.state().equals(before.get())) {
                return seen.digest();
            }
        }
        Instant read = Instant.now();
        String digest = hash(file);
        reads.incrementAndGet();
        if (before.isPresent() && keptIn.isPresent() && settled(before.get(), read) && !name.contains("\n")
                && !name.contains("\r") && state(file).equals(before)) {
            known.put(name, new Known(before.get(), digest));
            changed = true;
        } else if (known.remove(name) != null) {
            changed = true;
        }
        return digest;
    }

    /** Forgets the files not in {@code names} (removed from the content), so the list does not grow. */
    void keepOnly(Collection<String> names) {
        if (known.keySet().retainAll(new HashSet<>(names))) {
            changed = true;
        }
    }

    /**
     * Writes the digests to the file they are kept in, when they changed; a failure is logged. One
     * save at a time: a start and a watcher's refresh may fingerprint the content at once.
     */
    public synchronized void save() {
        if (keptIn.isEmpty() || !changed) {
            return;
        }
        Path file = keptIn.get();
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            try (BufferedWriter out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                out.write(HEADER);
                out.write('\n');
                for (Map.Entry<String, Known> entry : new TreeMap<>(known).entrySet()) {
                    State state = entry.getValue().state();
                    out.write(entry.getValue().digest() + " " + state.size() + " " + state.modified() + " "
                            + state.changed() + " " + state.number() + " " + entry.getKey() + "\n");
                }
            }
            AtomicReplace.replace(temporary, file);
            changed = false;
        } catch (IOException e) {
            LOG.warn("the content's file digests could not be kept in {} ({}); the next start reads every file", file,
                    e.getMessage());
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // replaced by the next save
            }
        }
    }

    /** How many files were read (not found unchanged) since this was made. */
    int reads() {
        return reads.get();
    }

    private boolean settled(State state, Instant read) {
        long before = nanos(FileTime.from(read.minus(settled)));
        return state.modified() < before && state.changed() < before;
    }

    /** The file's state, or empty where the file system does not say it whole. */
    private static Optional<State> state(Path file) throws IOException {
        Map<String, Object> attributes;
        try {
            attributes = Files.readAttributes(file, STATE);
        } catch (UnsupportedOperationException | IllegalArgumentException notUnix) {
            return Optional.empty();
        }
        if (attributes.get("size") instanceof Long size && attributes.get("lastModifiedTime") instanceof FileTime modified
                && attributes.get("ctime") instanceof FileTime changed && attributes.get("ino") instanceof Long number) {
            return Optional.of(new State(size, nanos(modified), nanos(changed), number));
        }
        return Optional.empty();
    }

    private static long nanos(FileTime time) {
        return time.to(TimeUnit.NANOSECONDS);
    }

    private static String hash(Path file) throws IOException {
        MessageDigest digest = sha256();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
