package org.concordance.snapshot;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.KryoException;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.concordance.content.Deferred;

/**
 * A {@link Deferred}'s value, kept apart: written as its own Kryo stream (whether it is
 * releasable, one byte; its length; then its bytes), which a read skips, leaving a {@code Deferred} that reads the value from the file when
 * first asked for ({@link Region}). So a value no page needs at once (a document's text and
 * notes: at 10,003 documents, nine tenths of the file's bytes and over a third of its objects) costs a
 * start nothing but the skip. Objects in such a value are not shared with those outside it, and
 * strings only among themselves.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
final class DeferredValues extends Serializer<Deferred> {
    /** Where values kept apart are read; empty when writing, and within a value kept apart. */
    private final Optional<Region> region;
    private final boolean writingApart;
    /** The Kryo and buffer a value kept apart is written with, made for the first one and reused. */
    private Kryo apart;
    private Output bytes;
    /** The releasable values written apart so far, where they are in the file: {@link Snapshot#write} hands them over to it. */
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
            apart = Kryos.kryo(new References(0), Optional.of(Region.WITHIN));
            bytes = new Output(1 << 12, -1);
        }
        bytes.reset();
        apart.writeClassAndObject(bytes, deferred.get()); // resets its table of references after each value
        output.writeVarInt(bytes.position(), true);
        remember(deferred, output.total(), bytes.position());
        output.writeBytes(bytes.getBuffer(), 0, bytes.position());
    }

    /** A releasable value's place in the file written, for {@link Snapshot#write}, which hands them over to the file. */
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

    /** A releasable value written apart at {@code position} (of the file), {@code length} bytes long. */
    record Written(Deferred<Object> deferred, long position, int length) {
    }

    /** Where a value read from a file is kept there: what {@link Deferred#origin} gives back, to copy it from. */
    record Kept(Region region, long position, int length) {
    }
}
