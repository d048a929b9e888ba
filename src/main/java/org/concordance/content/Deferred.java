package org.concordance.content;

import java.lang.ref.SoftReference;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A value that may be made only when first asked for: either made already ({@link #of}), or made
 * once, by the first thread to ask, from a source that is then let go ({@link #later}), or read
 * again each time it has been let go ({@link #releasable}, {@link #reread}). A value, as the
 * records holding it are: compared and hashed by what it holds, which makes it (or reads it again,
 * which for a value kept in a snapshot can fail as reading it does).
 *
 * <p>What a start reads from the library the last run kept holds the documents' text this way:
 * nearly all of the library's bytes, which no page needs before it is asked for
 * ({@code snapshot.Snapshot}).
 *
 * <p>A value may also be <em>releasable</em> ({@link #releasable}): one a snapshot keeps apart and
 * that, once kept in one, is held only softly ({@link #reread}) and read again from the file when
 * the collector has let it go. A document's text is such a value: at 10,003 documents the texts are
 * about 100 MB of a 512 MB heap, which a reader needs a few of at a time, and which held whole left
 * an edit's rebuild of the library too little room (README, Performance, Scale).
 *
 * @param <T> the value's type; never null
 */
public final class Deferred<T> {
    /** The value held strongly: given, or made by a once-only source; null while not made, and always for a re-read one. */
    private volatile T value;
    /** Null once the value is made; for a re-read value, never null: it reads the value again. */
    private volatile Supplier<? extends T> source;
    /** Whether the value may be held softly once it is kept elsewhere ({@link #releasable}). */
    private final boolean releasable;
    /** For a re-read value: the value as last read, held softly; else null. */
    private volatile SoftReference<T> soft;
    /** For a re-read value: where it is kept, as its keeper names it ({@link #origin}); else null. */
    private volatile Object origin;

    private Deferred(T value, Supplier<? extends T> source, boolean releasable) {
        this.value = value;
        this.source = source;
        this.releasable = releasable;
    }

    /** {@code value}, made already. */
    public static <T> Deferred<T> of(T value) {
        return new Deferred<>(Objects.requireNonNull(value, "value"), null, false);
    }

    /**
     * {@code value}, made already and held as {@link #of} holds it until it is kept elsewhere and
     * {@linkplain #keptAt handed over} to where it is kept; one read back from where it was kept is
     * a {@link #reread} value.
     */
    public static <T> Deferred<T> releasable(T value) {
        return new Deferred<>(Objects.requireNonNull(value, "value"), null, true);
    }

    /**
     * The value {@code source} makes, made when first asked for.
     *
     * @param source called at most once, by the first {@link #get}; must not return null. If it
     *     throws, the exception reaches that caller and the next one asks the source again
     */
    public static <T> Deferred<T> later(Supplier<? extends T> source) {
        return new Deferred<>(null, Objects.requireNonNull(source, "source"), false);
    }

    /**
     * A releasable value kept at {@code origin}, which {@code source} reads: read when asked for,
     * held softly (the collector lets it go when the heap needs the room, and if it has not been asked
     * for a while: {@link SoftReference}), and read again when asked for after that.
     *
     * @param origin where the value is kept, as its keeper names it: what {@link #origin} gives back,
     *     so that a keeper can copy what it kept rather than the value
     * @param source reads the value; called again each time it has been let go; must not return null
     */
    public static <T> Deferred<T> reread(Object origin, Supplier<? extends T> source) {
        Deferred<T> deferred = new Deferred<>(null, Objects.requireNonNull(source, "source"), true);
        deferred.origin = Objects.requireNonNull(origin, "origin");
        return deferred;
    }

    /** The value, made (or read again) now if it is not held. Thread-safe. */
    public T get() {
        T made = value;
        if (made != null) {
            return made;
        }
        SoftReference<T> held = soft;
        T kept = held == null ? null : held.get();
        if (kept != null) {
            return kept;
        }
        synchronized (this) {
            if (value != null) {
                return value;
            }
            if (origin == null) {
                value = Objects.requireNonNull(source.get(), "a deferred value's source gave null");
                source = null;
                return value;
            }
            kept = soft == null ? null : soft.get();
            if (kept == null) {
                kept = Objects.requireNonNull(source.get(), "a deferred value's source gave null");
                soft = new SoftReference<>(kept);
            }
            return kept;
        }
    }

    /** Whether the value is held now (asked for, or given made, and not let go since). */
    public boolean isMade() {
        return held() != null;
    }

    /** The value as held now, strongly or softly, without making or reading it; null when it is not held. */
    private T held() {
        T made = value;
        if (made != null) {
            return made;
        }
        SoftReference<T> kept = soft;
        return kept == null ? null : kept.get();
    }

    /** Whether the value may be held softly once kept elsewhere: {@link #releasable} and {@link #reread} values. */
    public boolean isReleasable() {
        return releasable;
    }

    /** Where a {@link #reread} value is kept, as its keeper named it; empty for any other. */
    public Optional<Object> origin() {
        return Optional.ofNullable(origin);
    }

    /**
     * Hands a {@link #releasable} value over to where it has just been kept: from now on it is held
     * softly and read by {@code source} when it has been let go, as a {@link #reread} value is.
     * What is held now stays held until the collector needs the room; what is not is not read.
     *
     * @throws IllegalStateException when the value is not releasable
     */
    public synchronized void keptAt(Object origin, Supplier<? extends T> source) {
        if (!releasable) {
            throw new IllegalStateException("only a releasable value is kept elsewhere");
        }
        T now = held(); // not read if it is not held
        this.source = Objects.requireNonNull(source, "source");
        this.soft = now == null ? null : new SoftReference<>(now);
        this.origin = Objects.requireNonNull(origin, "origin");
        this.value = null;
    }

    /**
     * Lets a value kept elsewhere go now, as the collector does when it needs the room: the next
     * {@link #get} reads it again. Does nothing to any other value. For tests of the reading again:
     * the app leaves it to the collector.
     */
    public void letGo() {
        SoftReference<T> held = soft;
        if (held != null) {
            held.clear();
        }
    }

    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof Deferred<?> deferred && get().equals(deferred.get());
    }

    @Override
    public int hashCode() {
        return get().hashCode();
    }

    @Override
    public String toString() {
        T now = held(); // never read for a log line
        return now != null ? String.valueOf(now) : "(not read yet)";
    }
}
