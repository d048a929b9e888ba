package org.concordance.snapshot;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.KryoException;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.serializers.DefaultSerializers;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.concordance.content.Deferred;

/**
 * The snapshot file a read found values kept apart in ({@link DeferredValues}), held open until
 * each is read: a file written later over the same name is another file, so what is read is
 * what was checked. Reads one value to be read once at a time, on any thread. A releasable value
 * ({@link Deferred#reread}) may be read any number of times, on any number of threads at once,
 * so a file holding one is held open for as long as the values read from it are (the JDK's
 * cleaner closes an unreachable channel), and so is a file a write handed values over to. An edit of a few documents leaves the other texts read from the file a start
 * found, so that file (removed from the folder by the next snapshot written) stays on the disk
 * until they are collected or handed over to a newer one.
 */
final class Region {
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
    private final ConcurrentLinkedQueue<Kryo> readers = new ConcurrentLinkedQueue<>();
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
        Snapshot.closeQuietly(channel);
    }

    synchronized Deferred<Object> deferred(long position, int length, boolean mayRelease) {
        if (position + length > channelSize()) {
            throw new KryoException("a value kept apart runs past the end of the file");
        }
        if (mayRelease) {
            releasable++;
            return Deferred.reread(new DeferredValues.Kept(this, position, length), () -> readAgain(position, length));
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
        deferred.keptAt(new DeferredValues.Kept(this, position, length), () -> readAgain(position, length));
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
            return Snapshot.readFully(channel, ByteBuffer.allocate(length), position).array();
        } catch (IOException e) {
            throw Snapshot.failure("the snapshot " + file + " could not be read again", e);
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
                kryo = Kryos.kryo(new References(0), Optional.of(WITHIN));
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
                    Snapshot.closeQuietly(channel);
                }
                kryo = null;
                strings = null;
            }
            return read;
        } catch (IOException | RuntimeException e) {
            throw Snapshot.failure("the snapshot " + file + " could not be read again", e);
        }
    }

    /** The releasable value kept at {@code position}, read as often as it is asked for, on any number of threads. */
    private Object readAgain(long position, int length) {
        Kryo reader = readers.poll();
        try {
            if (reader == null) {
                reader = Kryos.kryo(new References(0), Optional.of(WITHIN));
            }
            Object read = readWith(reader, position, length);
            readers.offer(reader);
            return read;
        } catch (IOException | RuntimeException e) {
            throw Snapshot.failure("the snapshot " + file + " could not be read again", e);
        }
    }

    private Object readWith(Kryo reader, long position, int length) throws IOException {
        byte[] value = new byte[length];
        // A channel read by a thread already interrupted closes the channel for every value it
        // holds (ClosedByInterruptException): read with the flag down, and put it back after.
        boolean interrupted = Thread.interrupted();
        try {
            Snapshot.readFully(channel, ByteBuffer.wrap(value), position);
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
