package org.concordance.search;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The entries an index is built from, made one at a time as the index takes them, so a large
 * library's entries (their text is most of it) are never all in memory at once: how many there
 * are, for the build's progress, and the entries themselves, in the order equally ranked hits are
 * listed. The stream is read once.
 *
 * @param count how many entries {@code stream} yields
 * @param stream the entries, each made when it is read
 */
public record Entries(int count, Stream<Searchable> stream) {
    public Entries {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative, was " + count);
        }
        Objects.requireNonNull(stream, "stream");
    }

    /** Entries already made. */
    public static Entries of(List<Searchable> entries) {
        return new Entries(entries.size(), entries.stream());
    }

    /** These entries, then {@code more}. */
    public Entries and(Entries more) {
        return new Entries(count + more.count, Stream.concat(stream, more.stream));
    }
}
