package org.concordance.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import org.concordance.content.AtomicReplace;
import org.concordance.content.Build;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pages kept for one edition of the site, on disk in the data folder, each as the bytes sent
 * (a {@link CachedPage}: its codings and entity tag). A page rendered once is never rendered again
 * for the same edition, not even after a restart, and a restart with unchanged content serves the
 * pages kept by the run before at once, while the library is prepared again.
 *
 * <p>An edition is everything a page's bytes depend on: the content's fingerprint, the base URL
 * and the build of the app (see {@link #edition}). Each has a folder of its own, named by its
 * digest; opening one for a new edition deletes the others. Files are written whole to a temporary
 * name and moved into place, so a reader sees a page completely or not at all; a file that does not
 * read back whole (cut short, changed on disk, foreign, another key behind the same name: each file
 * ends with a checksum of the rest) is treated as absent and the page is rendered again. Derived data only: deleting the folder costs renders, nothing else.
 * Thread-safe.
 */
final class PageStore {
    private static final Logger LOG = LoggerFactory.getLogger(PageStore.class);
    /** "CPG1": the format of a page file; another value is not ours, or an older format. */
    private static final int MAGIC = 0x43504731;
    private static final String SUFFIX = ".page";
    /** Beyond this many bytes written in one edition, pages are kept in memory only. */
    static final long MAX_BYTES = 1L << 30;

    private final Path folder;
    private final AtomicLong written = new AtomicLong();

    private PageStore(Path folder) {
        this.folder = folder;
    }

    /**
     * The name of the edition whose pages are made from content with {@code contentFingerprint},
     * with absolute URLs starting {@code baseUrl}, by this build: 32 hex digits.
     */
    static String edition(String contentFingerprint, String baseUrl) {
        return digest(Build.identity() + "\n" + baseUrl + "\n" + contentFingerprint);
    }

    /**
     * The store of {@code edition} under {@code root}, created if needed; the folders of other
     * editions are deleted, as are a file where a folder belongs and pages left half written by a
     * run that was killed.
     *
     * @throws IOException when the folder cannot be created
     */
    static PageStore open(Path root, String edition) throws IOException {
        Path folder = root.resolve(edition);
        // Derived data: a file where a folder belongs (left by hand, or by another program) goes.
        for (Path path : List.of(root, folder)) {
            if (Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(path)) {
                LOG.warn("{} is not a folder of kept pages; removing it", path);
                Files.delete(path);
            }
        }
        Files.createDirectories(folder);
        try (Stream<Path> editions = Files.list(root)) {
            for (Path other : editions.filter(p -> !p.equals(folder)).toList()) {
                deleteQuietly(other);
            }
        }
        // Pages half written when a run was killed.
        try (Stream<Path> pages = Files.list(folder)) {
            for (Path unfinished : pages.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList()) {
                deleteQuietly(unfinished);
            }
        }
        return new PageStore(folder);
    }

    /** The store of {@code edition} if an earlier run kept pages for it; nothing is created or deleted. */
    static Optional<PageStore> existing(Path root, String edition) {
        Path folder = root.resolve(edition);
        return Files.isDirectory(folder) ? Optional.of(new PageStore(folder)) : Optional.empty();
    }

    /** The page kept under {@code key}, if this edition has it and it reads back whole. */
    Optional<CachedPage> read(String key) {
        Path file = fileOf(key);
        try {
            byte[] whole = Files.readAllBytes(file);
            int length = whole.length - Long.BYTES;
            if (length < 0 || checksum(whole, length) != ByteBuffer.wrap(whole, length, Long.BYTES).getLong()) {
                return Optional.empty();
            }
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(whole, 0, length));
            if (in.readInt() != MAGIC || !in.readUTF().equals(key)) {
                return Optional.empty();
            }
            String contentType = in.readUTF();
            String tag = in.readUTF();
            Optional<String> attachment = in.readBoolean() ? Optional.of(in.readUTF()) : Optional.empty();
            byte[] identity = bytes(in);
            Optional<byte[]> gzip = in.readBoolean() ? Optional.of(bytes(in)) : Optional.empty();
            Optional<byte[]> brotli = in.readBoolean() ? Optional.of(bytes(in)) : Optional.empty();
            if (in.read() != -1) {
                return Optional.empty();
            }
            return Optional.of(new CachedPage(contentType, identity, gzip, brotli, tag, attachment));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            LOG.debug("the kept page {} could not be read; it will be rendered again", file, e);
            return Optional.empty();
        }
    }

    /**
     * Keeps {@code page} under {@code key}, replacing what was kept; nothing when the edition has
     * reached {@link #MAX_BYTES} or the disk refuses (the page is still served from memory).
     */
    void write(String key, CachedPage page) {
        Objects.requireNonNull(page, "page");
        Path file = fileOf(key);
        Path temporary = file.resolveSibling(file.getFileName() + "." + Thread.currentThread().getId() + ".tmp");
        try {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(page.weight());
            try (DataOutputStream out = new DataOutputStream(buffer)) {
                out.writeInt(MAGIC);
                out.writeUTF(key);
                out.writeUTF(page.contentType());
                out.writeUTF(page.tag());
                out.writeBoolean(page.attachment().isPresent());
                if (page.attachment().isPresent()) {
                    out.writeUTF(page.attachment().get());
                }
                out.writeInt(page.identity().length);
                out.write(page.identity());
                optional(out, page.gzip());
                optional(out, page.brotli());
            }
            if (written.addAndGet(buffer.size()) > MAX_BYTES) {
                return;
            }
            byte[] body = buffer.toByteArray();
            byte[] whole = Arrays.copyOf(body, body.length + Long.BYTES);
            ByteBuffer.wrap(whole, body.length, Long.BYTES).putLong(checksum(body, body.length));
            Files.write(temporary, whole);
            AtomicReplace.replace(temporary, file);
        } catch (IOException | RuntimeException e) {
            LOG.debug("the page {} could not be kept in {}", key, folder, e);
            deleteQuietly(temporary);
        }
    }

    /** A key's file: the digest of the key, so any key (a path, a query) names a plain file. */
    private Path fileOf(String key) {
        return folder.resolve(digest(key) + SUFFIX);
    }

    private static void optional(DataOutputStream out, Optional<byte[]> bytes) throws IOException {
        out.writeBoolean(bytes.isPresent());
        if (bytes.isPresent()) {
            out.writeInt(bytes.get().length);
            out.write(bytes.get());
        }
    }

    /** CRC-32C of the first {@code length} bytes: a file cut short or changed on disk does not pass. */
    private static long checksum(byte[] bytes, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, length);
        return crc.getValue();
    }

    private static byte[] bytes(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            throw new IOException("negative length " + length);
        }
        return in.readNBytes(length);
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static void deleteQuietly(Path path) {
        try (Stream<Path> all = Files.walk(path)) {
            List<Path> deepestFirst = all.sorted(Comparator.reverseOrder()).toList();
            for (Path each : deepestFirst) {
                Files.deleteIfExists(each);
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("could not delete {}", path, e);
        }
    }
}
