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
    /** Package prefixes of the classes a snapshot may hold; arrays of them too. */
    private static final List<String> ALLOWED = List.of("org.concordance.", "java.util.", "java.time.");
    /** The values of {@code java.lang} a snapshot may hold. */
    private static final Set<Class<?>> JAVA_LANG = Set.of(String.class, Boolean.class, Byte.class, Character.class,
            Short.class, Integer.class, Long.class, Float.class, Double.class);

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
        List<Written> handovers;
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
                    kryo(references, apart).writeObject(output, value);
                    handovers = apart.written;
                    output.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(references.written).array());
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
    private static void handOver(Region region, List<Written> written) {
        for (Written one : written) {
            region.handOver(one.deferred(), one.position(), one.length());
        }
    }

    /** A releasable value written apart at {@code position} (of the file), {@code length} bytes long. */
    private record Written(Deferred<Object> deferred, long position, int length) {
    }

    /** Where a value read from a file is kept there: what {@link Deferred#origin} gives back, to copy it from. */
    private record Kept(Region region, long position, int length) {
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
            T value = kryo(new References((int) Math.max(0, Math.min(objects, length))), Optional.of(region))
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
    private static SnapshotException failure(String what, Exception e) {
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
    private static ByteBuffer readFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
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

    /**
     * A Kryo for one write or read: not thread-safe, and cheap next to the value it copies.
     *
     * @param region the file read, for a {@link Deferred}'s value to be kept in it and read when
     *     asked for; empty when writing, and within such a value, where a {@code Deferred} is
     *     written as its value and read back made
     */
    private static Kryo kryo(References references, Optional<Region> region) {
        return kryo(references, new DeferredValues(region));
    }

    /** {@link #kryo(References, Optional)} with the serializer of {@link Deferred} values given. */
    private static Kryo kryo(References references, DeferredValues deferred) {
        Kryo kryo = new Kryo(new AllowedClasses(), references);
        kryo.setRegistrationRequired(false); // classes are named in the file, and checked on reading
        kryo.setReferences(true); // the library's objects are shared (mentions, works, canonical strings)
        // Classes other than records through a no-argument constructor, else without one.
        kryo.setInstantiatorStrategy(new DefaultInstantiatorStrategy(new StdInstantiatorStrategy()));
        ImmutableCollectionsSerializers.addDefaultSerializers(kryo); // List.of, Map.of, Set.of
        // Records through their canonical constructor, primitives written as such (RecordComponents).
        kryo.addDefaultSerializer(Record.class, new SerializerFactory.BaseSerializerFactory<RecordComponents<?>>() {
            @Override
            @SuppressWarnings({"unchecked", "rawtypes"})
            public RecordComponents<?> newSerializer(Kryo kryo, Class type) {
                return new RecordComponents<>(kryo, (Class<? extends Record>) type);
            }
        });
        kryo.addDefaultSerializer(Deferred.class, deferred);
        return kryo;
    }

    /**
     * A {@link Deferred}'s value, kept apart: written as its own Kryo stream (whether it is
     * releasable, one byte; its length; then its bytes), which a read skips, leaving a {@code Deferred} that reads the value from the file when
     * first asked for ({@link Region}). So a value no page needs at once (a document's text and
     * notes: at 10,003 documents, nine tenths of the file's bytes and over a third of its objects) costs a
     * start nothing but the skip. Objects in such a value are not shared with those outside it, and
     * strings only among themselves.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static final class DeferredValues extends Serializer<Deferred> {
        /** Where values kept apart are read; empty when writing, and within a value kept apart. */
        private final Optional<Region> region;
        private final boolean writingApart;
        /** The Kryo and buffer a value kept apart is written with, made for the first one and reused. */
        private Kryo apart;
        private Output bytes;
        /** The releasable values written apart so far, where they are in the file ({@link #handOver}). */
        final List<Written> written = new ArrayList<>();

        DeferredValues(Optional<Region> region) {
            super(false, true);
            this.region = region;
            // A top-level write keeps values apart; within one, a value is written as itself.
            this.writingApart = region.isEmpty();
        }

        @Override
        public void write(Kryo kryo, Output output, Deferred deferred) {
            if (!writingApart) {
                kryo.writeClassAndObject(output, deferred.get());
                return;
            }
            output.writeBoolean(deferred.isReleasable());
            if (deferred.origin().orElse(null) instanceof Kept kept) {
                // Read from a snapshot and not changed since (it cannot be): its bytes copied, not the
                // value read again and written (a value kept apart is its own Kryo stream, whole).
                byte[] copied = kept.region().bytes(kept.position(), kept.length());
                output.writeVarInt(copied.length, true);
                remember(deferred, output.total(), copied.length);
                output.writeBytes(copied);
                return;
            }
            if (apart == null) {
                apart = kryo(new References(0), Optional.of(Region.WITHIN));
                bytes = new Output(1 << 12, -1);
            }
            bytes.reset();
            apart.writeClassAndObject(bytes, deferred.get()); // resets its table of references after each value
            output.writeVarInt(bytes.position(), true);
            remember(deferred, output.total(), bytes.position());
            output.writeBytes(bytes.getBuffer(), 0, bytes.position());
        }

        /** A releasable value's place in the file written, for {@link #handOver}. */
        private void remember(Deferred deferred, long position, int length) {
            if (deferred.isReleasable()) {
                written.add(new Written(deferred, position, length));
            }
        }

        @Override
        public Deferred read(Kryo kryo, Input input, Class<? extends Deferred> type) {
            Region from = region.orElseThrow(() -> new KryoException("a value kept apart cannot be read here"));
            if (from == Region.WITHIN) {
                return Deferred.of(kryo.readClassAndObject(input));
            }
            boolean releasable = input.readBoolean();
            int length = input.readVarInt(true);
            long position = input.total();
            input.skip(length);
            return from.deferred(position, length, releasable);
        }
    }

    /**
     * The snapshot file a read found values kept apart in ({@link DeferredValues}), held open until
     * each is read: a file written later over the same name is another file, so what is read is
     * what was checked. Reads one value to be read once at a time, on any thread. A releasable value
     * ({@link Deferred#reread}) may be read any number of times, on any number of threads at once,
     * so a file holding one is held open for as long as the values read from it are (the JDK's
     * cleaner closes an unreachable channel), and so is a file a write {@linkplain #handOver handed
     * values over} to. An edit of a few documents leaves the other texts read from the file a start
     * found, so that file (removed from the folder by the next snapshot written) stays on the disk
     * until they are collected or handed over to a newer one.
     */
    private static final class Region {
        /** Stands for no file: within a value kept apart, where a {@code Deferred} is written as its value. */
        static final Region WITHIN = new Region(null, null);
        private final Path file;
        private final FileChannel channel;
        private Kryo kryo;
        /**
         * The readers of the releasable values, each used by one thread at a time: such values are
         * read on many threads at once (a changed glossary looks for every mention in every text),
         * and a read needs no lock (the file is read at a position). Without {@link #strings},
         * which would keep every string ever read.
         */
        private final java.util.concurrent.ConcurrentLinkedQueue<Kryo> readers = new java.util.concurrent.ConcurrentLinkedQueue<>();
        /**
         * The strings read from the values kept apart so far, each kept once: the same short strings
         * recur in every document (labels, anchors), which one snapshot would have kept as one
         * object each, and values kept apart share nothing among themselves. Let go with the file.
         */
        private Map<String, String> strings = new HashMap<>();
        /** Values to be read once that are not read yet. */
        private int unread;
        /**
         * How many releasable values were found in the file or handed over to it (never fewer: a
         * value does not say when it is gone). While there are any, the channel is not closed here;
         * it is closed by the JDK's own cleaner of an unreachable {@code FileChannel} once this
         * region and every value that reads from it are gone.
         */
        private int releasable;
        private long size = -1;

        Region(Path file, FileChannel channel) {
            this.file = file;
            this.channel = channel;
        }

        /**
         * A region of the file written at {@code written}, to be moved to {@code file}, for values to
         * be handed over to; empty when it cannot be opened.
         */
        static Optional<Region> openQuietly(Path written, Path file) {
            try {
                return Optional.of(new Region(file, FileChannel.open(written, StandardOpenOption.READ)));
            } catch (IOException e) {
                return Optional.empty();
            }
        }

        void close() {
            closeQuietly(channel);
        }

        synchronized Deferred<Object> deferred(long position, int length, boolean mayRelease) {
            if (position + length > channelSize()) {
                throw new KryoException("a value kept apart runs past the end of the file");
            }
            if (mayRelease) {
                releasable++;
                return Deferred.reread(new Kept(this, position, length), () -> readAgain(position, length));
            }
            unread++;
            return Deferred.later(() -> read(position, length));
        }

        /** Hands {@code deferred}, written at {@code position}, over to this file ({@link Deferred#keptAt}). */
        void handOver(Deferred<Object> deferred, long position, int length) {
            synchronized (this) {
                releasable++;
            }
            // Not under this region's lock: a value asked for holds its own lock while it reads from a region.
            deferred.keptAt(new Kept(this, position, length), () -> readAgain(position, length));
        }

        /** Whether the file must stay open: values in it are yet to be read, or may be read again. */
        synchronized boolean heldOpen() {
            return unread > 0 || releasable > 0;
        }

        /**
         * The file's size, asked once: the file held open does not change, and asking for each value
         * kept apart was a system call each, tens of thousands at a start.
         */
        private long channelSize() {
            if (size < 0) {
                try {
                    size = channel.size();
                } catch (IOException e) {
                    throw new KryoException(e);
                }
            }
            return size;
        }

        /**
         * The bytes of the value kept at {@code position}, as they are in the file: for a write to copy.
         *
         * @throws SnapshotException when they cannot be read (only a failing disk can cause this)
         */
        synchronized byte[] bytes(long position, int length) {
            try {
                return readFully(channel, ByteBuffer.allocate(length), position).array();
            } catch (IOException e) {
                throw failure("the snapshot " + file + " could not be read again", e);
            }
        }

        /**
         * The value kept at {@code position}, to be read once.
         *
         * @throws SnapshotException when it cannot be read (the file was checked whole when the
         *     snapshot was read and is held open since, so only a failing disk can cause this)
         */
        private synchronized Object read(long position, int length) {
            try {
                if (kryo == null) {
                    kryo = kryo(new References(0), Optional.of(WITHIN));
                    kryo.register(String.class, new DefaultSerializers.StringSerializer() {
                        @Override
                        public String read(Kryo kryo, Input input, Class<? extends String> type) {
                            return strings.computeIfAbsent(super.read(kryo, input, type), string -> string);
                        }
                    });
                }
                Object read = readWith(kryo, position, length);
                if (--unread == 0) {
                    if (releasable == 0) {
                        closeQuietly(channel);
                    }
                    kryo = null;
                    strings = null;
                }
                return read;
            } catch (IOException | RuntimeException e) {
                throw failure("the snapshot " + file + " could not be read again", e);
            }
        }

        /** The releasable value kept at {@code position}, read as often as it is asked for, on any number of threads. */
        private Object readAgain(long position, int length) {
            Kryo reader = readers.poll();
            try {
                if (reader == null) {
                    reader = kryo(new References(0), Optional.of(WITHIN));
                }
                Object read = readWith(reader, position, length);
                readers.offer(reader);
                return read;
            } catch (IOException | RuntimeException e) {
                throw failure("the snapshot " + file + " could not be read again", e);
            }
        }

        private Object readWith(Kryo reader, long position, int length) throws IOException {
            byte[] value = new byte[length];
            // A channel read by a thread already interrupted closes the channel for every value it
            // holds (ClosedByInterruptException): read with the flag down, and put it back after.
            boolean interrupted = Thread.interrupted();
            try {
                readFully(channel, ByteBuffer.wrap(value), position);
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
            Input input = new Input(value);
            Object read = reader.readClassAndObject(input);
            if (input.position() != length) {
                throw new KryoException("a value kept apart ended at byte " + input.position() + " of " + length);
            }
            return read;
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // only read from
        }
    }

    /**
     * Kryo's table of the objects met so far, counting them as they are written, sized for them when
     * read. Strings are met by value, not only by identity: an equal string written before is
     * written as a reference to it, so it is read back as one object. A library parsed file by file
     * holds the same short strings many times over (note labels, their markers' anchors, slugs, the
     * same citation's words): at 10,003 documents, a third of its strings.
     */
    private static final class References extends MapReferenceResolver {
        private final int expected;
        private final Map<String, Integer> strings = new HashMap<>();
        private int written;

        References(int expected) {
            this.expected = expected;
        }

        @Override
        @SuppressWarnings("rawtypes") // Kryo's interface takes a raw Class
        public int nextReadId(Class type) {
            if (readObjects.isEmpty()) { // Kryo may reset the table before the first object, so room is made here
                readObjects.ensureCapacity(expected);
            }
            return super.nextReadId(type);
        }

        @Override
        public int addWrittenObject(Object object) {
            written++;
            int id = super.addWrittenObject(object);
            if (object instanceof String string) {
                strings.putIfAbsent(string, id);
            }
            return id;
        }

        @Override
        public int getWrittenId(Object object) {
            if (object instanceof String string) {
                Integer id = strings.get(string);
                return id == null ? -1 : id;
            }
            return super.getWrittenId(object);
        }

        @Override
        public void reset() {
            super.reset();
            strings.clear();
        }
    }

    /**
     * Resolves the classes a file names as Kryo does, and refuses any a snapshot may not hold before
     * an object of it is made. (A class loader cannot do this: Kryo falls back to its own.)
     */
    private static final class AllowedClasses extends DefaultClassResolver {
        /**
         * The registrations already allowed: a file names a class once and then refers to it by
         * number, so the same registration comes back for each of its objects (millions, in a
         * large library), and checking its name each time was a tenth of a read.
         */
        private final Set<Registration> allowed = Collections.newSetFromMap(new IdentityHashMap<>());

        @Override
        public Registration readClass(Input input) {
            Registration registration = super.readClass(input);
            if (registration != null && !allowed.contains(registration)) {
                if (!allowed(registration.getType())) {
                    throw new KryoException(registration.getType().getName() + " is not a class a snapshot may hold");
                }
                allowed.add(registration);
            }
            return registration;
        }

        private static boolean allowed(Class<?> type) {
            Class<?> component = type;
            while (component.isArray()) {
                component = component.getComponentType();
            }
            if (component.isPrimitive() || JAVA_LANG.contains(component)) {
                return true;
            }
            String name = component.getName();
            return ALLOWED.stream().anyMatch(name::startsWith);
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
