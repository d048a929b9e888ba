package org.concordance.search;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The entries an index is built from, made one at a time as the index takes them, so a large
 * library's entries (their text is most of it) are never all in memory at once: how many there
 * are, for the build's progress, and the entries themselves, in the order equally ranked hits are
 * listed, in groups ({@link Group}). Read once.
 *
 * <p>An update of the index made from an earlier library ({@link #since}) need not make the
 * entries of a group that is as it was then: it keeps the ones the index holds ({@code IndexUpdate}).
 */
public final class Entries {
    /**
     * A run of entries made together. Only a group of one document's entries (the document, its
     * passages and notes, all of them, as {@code Searchables} makes it) is ever as before; others
     * are any run of entries.
     *
     * @param count how many entries the group has
     * @param asBefore whether its entries are those the index of {@link Entries#since} holds at the
     *     same place: a document of the library that index was made from, the very same object at
     *     the same place in the library, tagged alike
     * @param entries the entries, made; empty when {@code asBefore} and made for an update
     *     ({@link Entries#groups})
     */
    record Group(int count, boolean asBefore, List<Searchable> entries) {
        Group {
            if (count < 0) {
                throw new IllegalArgumentException("count must not be negative, was " + count);
            }
            Objects.requireNonNull(entries, "entries");
            if (entries.size() != count && !(asBefore && entries.isEmpty())) {
                throw new IllegalArgumentException("a group of " + count + " entries holds " + entries.size());
            }
        }

        /** Whether its entries were left unmade, as an update needs none of them. */
        boolean unmade() {
            return asBefore && count > 0 && entries.isEmpty();
        }
    }

    /** Makes the groups when they are read: with {@code skipAsBefore}, the entries of groups as before are not made. */
    interface Maker {
        Stream<Group> groups(boolean skipAsBefore);
    }

    private final int count;
    private final Optional<String> since;
    private final Maker maker;

    private Entries(int count, Optional<String> since, Maker maker) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative, was " + count);
        }
        this.count = count;
        this.since = Objects.requireNonNull(since, "since");
        this.maker = Objects.requireNonNull(maker, "maker");
    }

    /** Entries already made. */
    public static Entries of(List<Searchable> entries) {
        List<Searchable> made = List.copyOf(entries);
        return new Entries(made.size(), Optional.empty(), skip -> Stream.of(new Group(made.size(), false, made)));
    }

    /**
     * {@code count} entries made as {@code stream} is read, as one run (the groups of the index's
     * order are told apart by the entries' documents and kinds).
     */
    public static Entries made(int count, Stream<Searchable> stream) {
        Objects.requireNonNull(stream, "stream");
        return new Entries(count, Optional.empty(), skip -> stream.map(entry -> new Group(1, false, List.of(entry))));
    }

    /**
     * Entries in groups, some of them as they were in the index made from the library of search
     * fingerprint {@code since}.
     */
    static Entries grouped(int count, Optional<String> since, Maker maker) {
        return new Entries(count, since, maker);
    }

    /** How many entries there are. */
    public int count() {
        return count;
    }

    /**
     * The search fingerprint of the library an index must have been made from for an update to
     * keep the entries of the groups {@link Group#asBefore}; empty when none is.
     */
    public Optional<String> since() {
        return since;
    }

    /** Every entry, each made as it is read. */
    public Stream<Searchable> stream() {
        return maker.groups(false).flatMap(group -> group.entries().stream());
    }

    /**
     * The groups, each made as it is read; with {@code skipAsBefore} (an update of the index made
     * from {@link #since}), the entries of those as before are not made.
     */
    Stream<Group> groups(boolean skipAsBefore) {
        return maker.groups(skipAsBefore);
    }

    /** These entries, then {@code more}; as before only against the same library. */
    public Entries and(Entries more) {
        if (since.isPresent() && more.since.isPresent() && !since.equals(more.since)) {
            throw new IllegalArgumentException("entries as before two different libraries: " + since.get() + ", " + more.since.get());
        }
        return new Entries(count + more.count, since.or(() -> more.since),
                skip -> Stream.concat(maker.groups(skip), more.maker.groups(skip)));
    }
}
