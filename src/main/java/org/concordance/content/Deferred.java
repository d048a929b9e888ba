package org.concordance.content;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value that may be made only when first asked for: either made already ({@link #of}), or made
 * once, by the first thread to ask, from a source that is then let go ({@link #later}). A value, as
 * the records holding it are: compared and hashed by what it holds, which makes it.
 *
 * <p>What a start reads from the library the last run kept holds the documents' text this way:
 * nearly all of the library's bytes, which no page needs before it is asked for
 * ({@code snapshot.Snapshot}).
 *
 * @param <T> the value's type; never null
 */
public final class Deferred<T> {
    private volatile T value;
    /** Null once the value is made. */
    private Supplier<? extends T> source;

    private Deferred(T value, Supplier<? extends T> source) {
        this.value = value;
        this.source = source;
    }

    /** {@code value}, made already. */
    public static <T> Deferred<T> of(T value) {
        return new Deferred<>(Objects.requireNonNull(value, "value"), null);
    }

    /**
     * The value {@code source} makes, made when first asked for.
     *
     * @param source called at most once, by the first {@link #get}; must not return null. If it
     *     throws, the exception reaches that caller and the next one asks the source again
     */
    public static <T> Deferred<T> later(Supplier<? extends T> source) {
        return new Deferred<>(null, Objects.requireNonNull(source, "source"));
    }

    /** The value, made now if it was not made yet. Thread-safe. */
    public T get() {
        T made = value;
        if (made != null) {
            return made;
        }
        synchronized (this) {
            if (value == null) {
                value = Objects.requireNonNull(source.get(), "a deferred value's source gave null");
                source = null;
            }
            return value;
        }
    }

    /** Whether the value is made (asked for, or given made). */
    public boolean isMade() {
        return value != null;
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
        return isMade() ? String.valueOf(value) : "(not read yet)";
    }
}
