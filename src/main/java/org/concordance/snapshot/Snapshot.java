package org.concordance.snapshot;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.KryoException;
import com.esotericsoftware.kryo.Registration;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.SerializerFactory;
import com.esotericsoftware.kryo.util.DefaultClassResolver;
import com.esotericsoftware.kryo.util.MapReferenceResolver;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import com.esotericsoftware.kryo.serializers.DefaultSerializers;
import com.esotericsoftware.kryo.serializers.ImmutableCollectionsSerializers;
import com.esotericsoftware.kryo.util.DefaultInstantiatorStrategy;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;
import org.concordance.content.Deferred;
import org.objenesis.strategy.StdInstantiatorStrategy;

/**
 * One value kept in one file under a key, the digest of what it was made from, written and read
 * with Kryo (field by field, shared objects kept shared). A value is read back only under the key
 * it was written with, only if its file is whole (a CRC-32C of everything before the trailer), and
 * only as classes of this app, of {@code java.util} and of {@code java.time}: a file naming any
 * other class is refused, so the file cannot make the app build objects it never keeps.
 *
 * <p>File: {@code CONCORDANCE-SNAPSHOT-1\n}, the key (Kryo string), the value (Kryo object of the
 * type asked for), the number of objects the value holds (4 bytes; reading makes room for them at
 * once rather than growing a table of millions step by step), then the trailer: the length of all
 * before it (8 bytes) and its CRC-32C (4 bytes).
 *
 * <p>A {@link Deferred} in the value is kept apart: its value is its own Kryo stream within the
 * file, which a read skips, and which is read when the {@code Deferred} is first asked for, from
 * the file as it was read (held open until then, and for as long as a releasable value read from it
 * lives). Objects within such a value are shared among
 * themselves only. A {@linkplain Deferred#releasable releasable} one (a document's text) is read
 * back as a value held softly and read again from the file when the collector has let it go; and
 * once written, the value in memory is handed over to the new file the same way. Writing such a
 * value that was read from a file and not asked for since copies its bytes from that file.
 *
 * <p>The file is made for one build of the app: the key must name the build (classes change
 * between builds, and Kryo writes no schema). Not for exchange between machines.
 */
public final class Snapshot {
    private static final byte[] MAGIC = "CONCORDANCE-SNAPSHOT-1\n".getBytes(StandardCharsets.US_ASCII);
    private static final int TRAILER = Long.BYTES + Integer.BYTES;
    private static final int BUFFER = 1 << 16;

    private Snapshot() {
    }

    /**
     * Writes {@code value} under {@code key} to {@code file}, replacing any file there only once the
     * new one is whole (written beside it, then moved over it).
     *
     * @throws SnapshotException when the value cannot be written (a class Kryo cannot copy, a full
     *     disk); the file there before, if any, is left as it was
     */
    public static void write(Path file, String key, Object value) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Path temporary = temporary(file);
        List<DeferredValues.Written> handovers;
        try {
            CRC32C crc = new CRC32C();
            long length;
            try (OutputStream stream = Files.newOutputStream(temporary)) {
                CountingOutputStream counted = new CountingOutputStream(new CheckedOutputStream(stream, crc));
                try (Output output = new Output(counted, BUFFER)) {
                    output.writeBytes(MAGIC);
                    output.writeString(key);
                    References references = new References(0);
                    DeferredValues apart = new DeferredValues(Optional.empty());
                    Kryos.kryo(references, apart).writeObject(output, value);
                    handovers = apart.written;
                    output.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(references.written()).array());
                    output.flush();
                    length = counted.count;
                    ByteBuffer trailer = ByteBuffer.allocate(TRAILER).putLong(length).putInt((int) crc.getValue());
                    stream.write(trailer.array());
                }
            }
            // Opened before it is moved over the name: what the values are handed over to is this
            // file, whatever is written under its name later.
            Optional<Region> written = handovers.isEmpty() ? Optional.empty() : Region.openQuietly(temporary, file);
            try {
                move(temporary, file);
            } catch (IOException | RuntimeException e) {
                written.ifPresent(Region::close);
                throw e;
            }
            written.ifPresent(region -> handOver(region, handovers));
        } catch (IOException | RuntimeException e) { // Kryo's, and the JDK's refusals to open a class's fields
            deleteQuietly(temporary);
            throw failure("the snapshot " + file + " could not be written", e);
        }
    }

    /**
     * Hands each releasable value just written apart over to the file it is now kept in
     * ({@link Deferred#keptAt}): held softly from now on, and read from this file when let go. The
     * file is opened once for them all and held open for them: a file written over it later is
     * another file, as for {@link #read}. If it could not be opened, the values stay held as they
     * were: nothing is lost but the room they take.
     */
    private static void handOver(Region region, List<DeferredValues.Written> written) {
        for (DeferredValues.Written one : written) {
            region.handOver(one.deferred(), one.position(), one.length());
        }
    }


    /** Where {@link #write} writes before the file is whole. */
    private static Path temporary(Path file) {
        return file.resolveSibling(file.getFileName() + ".tmp");
    }

    /**
     * The value written under {@code key} to {@code file}, read as {@code type}. What a write cut
     * short left beside the file (a process stopped while writing) is removed first: one process
     * uses a data folder at a time, so no write of it is under way.
     *
     * @return empty when there is no file, or its key is another (what it was made from has changed)
     * @throws SnapshotException when the file is there but cannot be read: not a snapshot, cut
     *     short, changed since it was written, or naming a class a snapshot may not hold
     */
    public static <T> Optional<T> read(Path file, String key, Class<T> type) {
        Objects.requireNonNull(key, "key");
        return read(file, key::equals, type).map(Keyed::value);
    }

    /** A value read back with the key it was written under. */
    public record Keyed<T>(String key, T value) {
        public Keyed {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * {@link #read(Path, String, Class)} for a value written under any key {@code accepted} takes,
     * with that key: a value made from other content may still be worth reading (what did not
     * change need not be made again).
     *
     * @return empty when there is no file, or its key is not accepted
     * @throws SnapshotException as {@link #read(Path, String, Class)}
     */
    public static <T> Optional<Keyed<T>> read(Path file, java.util.function.Predicate<String> accepted, Class<T> type) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(accepted, "accepted");
        Objects.requireNonNull(type, "type");
        deleteQuietly(temporary(file));
        FileChannel channel = null;
        boolean keptOpen = false;
        try {
            channel = FileChannel.open(file, StandardOpenOption.READ);
            long size = channel.size();
            if (size < MAGIC.length + TRAILER) {
                throw new SnapshotException("the snapshot " + file + " is cut short (" + size + " bytes)");
            }
            ByteBuffer trailer = readFully(channel, ByteBuffer.allocate(TRAILER), size - TRAILER);
            long length = trailer.getLong();
            int expected = trailer.getInt();
            if (length != size - TRAILER) {
                throw new SnapshotException("the snapshot " + file + " is cut short or has grown (" + size + " bytes)");
            }
            // The key first: a snapshot of other content is not worth checking whole.
            String key = key(channel, file, length);
            if (!accepted.test(key)) {
                return Optional.empty();
            }
            if (crc(channel, length) != expected) {
                throw new SnapshotException("the snapshot " + file + " has changed since it was written (its checksum differs)");
            }
            int objects = readFully(channel, ByteBuffer.allocate(Integer.BYTES), length - Integer.BYTES).getInt();
            Region region = new Region(file, channel);
            channel.position(0);
            InputStream stream = new Bounded(Channels.newInputStream(channel), length - Integer.BYTES);
            Input input = new Input(stream, BUFFER); // not closed: that would close the channel the region reads later
            input.skip(MAGIC.length);
            if (!key.equals(input.readString())) { // the checksum held, so it has not changed
                throw new SnapshotException("the snapshot " + file + " changed while it was read");
            }
            // Checked with the rest, and at most one object per byte: never more room than the file can fill.
            T value = Kryos.kryo(new References((int) Math.max(0, Math.min(objects, length))), Optional.of(region))
                    .readObject(input, type);
            keptOpen = region.heldOpen();
            return Optional.of(new Keyed<>(key, value));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (SnapshotException e) {
            throw e;
        } catch (IOException | RuntimeException e) { // Kryo's, and a record's constructor refusing what it was given
            throw failure("the snapshot " + file + " could not be read", e);
        } finally {
            // Left open only for the values deferred in it, which are read from it when asked for.
            if (channel != null && !keptOpen) {
                closeQuietly(channel);
            }
        }
    }

    /**
     * {@code what} failed because of {@code e}, in one line. A heap that ran out (which Kryo wraps) is
     * no fault of the file: it is thrown as it is, so the start can say the heap is too small.
     */
    static SnapshotException failure(String what, Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OutOfMemoryError memory) {
                throw memory;
            }
        }
        String reason = e instanceof java.nio.file.AccessDeniedException ? "access denied"
                : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
        return new SnapshotException(what + ": " + reason, e);
    }

    /** The key at the head of the file, after its magic. */
    private static String key(FileChannel channel, Path file, long length) throws IOException {
        ByteBuffer head = readFully(channel, ByteBuffer.allocate((int) Math.min(length, BUFFER)), 0);
        try (Input input = new Input(head.array(), 0, head.limit())) {
            if (!java.util.Arrays.equals(input.readBytes(MAGIC.length), MAGIC)) {
                throw new SnapshotException("the file " + file + " is not a snapshot of this app");
            }
            return input.readString();
        }
    }

    /** {@code buffer} filled from {@code position} on, and flipped for reading. */
    static ByteBuffer readFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
        while (buffer.hasRemaining()) {
            int read = channel.read(buffer, position + buffer.position());
            if (read < 0) {
                throw new IOException("the file ended at byte " + (position + buffer.position()));
            }
        }
        return buffer.flip();
    }

    private static int crc(FileChannel channel, long length) throws IOException {
        CRC32C crc = new CRC32C();
        ByteBuffer buffer = ByteBuffer.allocateDirect(BUFFER);
        long position = 0;
        while (position < length) {
            buffer.clear().limit((int) Math.min(BUFFER, length - position));
            int read = channel.read(buffer, position);
            if (read < 0) {
                throw new IOException("the file ended at byte " + position + " of " + length);
            }
            buffer.flip();
            crc.update(buffer);
            position += read;
        }
        return (int) crc.getValue();
    }

    static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // only read from
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover .tmp is replaced by the next write
        }
    }

    /** Counts what passes through, so the trailer can say how long the file is. */
    private static final class CountingOutputStream extends java.io.FilterOutputStream {
        private long count;

        CountingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
            count += length;
        }
    }

    /** Ends after {@code remaining} bytes, so Kryo's read-ahead never reads the trailer as data. */
    private static final class Bounded extends java.io.FilterInputStream {
        private long remaining;

        Bounded(InputStream in, long remaining) {
            super(in);
            this.remaining = remaining;
        }

        @Override
        public int read() throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int b = in.read();
            if (b >= 0) {
                remaining--;
            }
            return b;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int read = in.read(bytes, offset, (int) Math.min(length, remaining));
            if (read > 0) {
                remaining -= read;
            }
            return read;
        }
    }
}
