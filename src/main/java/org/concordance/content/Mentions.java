package org.concordance.content;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.Set;

/**
 * The library's mentions in library order, kept as columns of numbers rather than as a million
 * objects: each {@link Mention} is made when it is asked for. At 10,003 documents the library holds
 * 1.1 million mentions; as records they were a third of the objects the next start read back from
 * its snapshot (about 1.2 s of a 3.6 s read), and a third of the live heap's objects for the
 * collector to trace. Here they are seven arrays and one table of the strings they share (slugs,
 * note labels, the words as they stand), whatever the library's size.
 *
 * <p>Immutable; equal to another when they hold equal mentions in the same order. A position is an
 * index into library order, from 0. Lists made here ({@link #asList()}, {@link #at(int[])}) are
 * views: keep the positions, not the lists, in what is kept for the next start.
 */
public final class Mentions {
    /** No mentions. */
    public static final Mentions NONE = new Mentions(new String[0], new int[0], new int[0], new int[0], new int[0],
            new int[0], new int[0], new byte[0]);

    private static final EntryKind[] KINDS = EntryKind.values();
    private static final int BY_NAME = 1;

    /** The strings the columns below point to: entries', documents' slugs, note labels, mentions' words. */
    private final String[] strings;
    private final int[] entry;
    private final int[] document;
    private final int[] paragraph;
    /** Position of the note's label in {@link #strings}, or -1 for a mention in the paragraph's text. */
    private final int[] note;
    private final int[] start;
    /** The words as they stand; the end offset is the start plus their length. */
    private final int[] text;
    /** The entry's kind (its ordinal, shifted left by one) and whether the words are one of its names (the low bit). */
    private final byte[] flags;

    private Mentions(String[] strings, int[] entry, int[] document, int[] paragraph, int[] note, int[] start,
            int[] text, byte[] flags) {
        this.strings = strings;
        this.entry = entry;
        this.document = document;
        this.paragraph = paragraph;
        this.note = note;
        this.start = start;
        this.text = text;
        this.flags = flags;
    }

    /**
     * Whether two glossaries find the same mentions in any text: a mention depends only on its text
     * and on each entry's slug, kind, names and phrases ({@code MentionFinder}), so a glossary whose
     * definitions, descriptions, quotations or links changed, and nothing else, finds what the other
     * found. Order within the lists counts, to be safe; the order of the entries does not.
     */
    public static boolean foundAlike(Collection<? extends Entry> before, Collection<? extends Entry> after) {
        return before.size() == after.size() && findingKeys(before).equals(findingKeys(after));
    }

    private static Set<List<Object>> findingKeys(Collection<? extends Entry> entries) {
        Set<List<Object>> keys = new HashSet<>();
        for (Entry entry : entries) {
            keys.add(List.of(entry.slug(), entry.kind(), entry.names(), entry.phrases()));
        }
        return keys;
    }

    /** The mentions, in the order given; {@code mentions} made by {@link #asList()} gives its table back. */
    public static Mentions of(List<Mention> mentions) {
        Objects.requireNonNull(mentions, "mentions");
        if (mentions instanceof View view && view.positions == null) {
            return view.table;
        }
        if (mentions.isEmpty()) {
            return NONE;
        }
        return new Builder(mentions.size()).addAll(mentions).build();
    }

    public int size() {
        return entry.length;
    }

    /**
     * The mention at {@code position}, made anew.
     *
     * @throws IndexOutOfBoundsException unless {@code 0 <= position < size()}
     */
    public Mention get(int position) {
        Objects.checkIndex(position, size());
        String words = strings[text[position]];
        int at = start[position];
        return new Mention(strings[entry[position]], KINDS[flags[position] >> 1], strings[document[position]],
                paragraph[position], note[position] < 0 ? Optional.empty() : Optional.of(strings[note[position]]),
                at, at + words.length(), words, (flags[position] & BY_NAME) != 0);
    }

    /** The slug of the entry the mention at {@code position} names, without making the mention. */
    public String entry(int position) {
        return strings[entry[position]];
    }

    /** The slug of the document the mention at {@code position} stands in, without making the mention. */
    public String document(int position) {
        return strings[document[position]];
    }

    /** The kind of entry the mention at {@code position} names, without making the mention. */
    public EntryKind kind(int position) {
        return KINDS[flags[position] >> 1];
    }

    /** The paragraph number of the mention at {@code position}, without making the mention. */
    public int paragraph(int position) {
        return paragraph[position];
    }

    /** Whether the mention at {@code position} is in a note, without making the mention. */
    public boolean inNote(int position) {
        return note[position] >= 0;
    }

    /** The slugs of the entries mentioned at least once, each once. */
    public Set<String> entries() {
        boolean[] named = new boolean[strings.length];
        for (int number : entry) {
            named[number] = true;
        }
        Set<String> slugs = new HashSet<>();
        for (int number = 0; number < strings.length; number++) {
            if (named[number]) {
                slugs.add(strings[number]);
            }
        }
        return slugs;
    }

    /** The positions of the mentions, by the slug of the document they stand in, each group in library order. */
    public Map<String, int[]> positionsByDocument() {
        return grouped(document);
    }

    /** The positions of the mentions, by the slug of the entry they name, each group in library order. */
    public Map<String, int[]> positionsByEntry() {
        return grouped(entry);
    }

    /** The positions by the string a column names, counted first so each group is made at its size. */
    private Map<String, int[]> grouped(int[] column) {
        int[] counts = new int[strings.length];
        for (int number : column) {
            counts[number]++;
        }
        int[][] groups = new int[strings.length][];
        for (int number = 0; number < strings.length; number++) {
            if (counts[number] > 0) {
                groups[number] = new int[counts[number]];
            }
        }
        int[] filled = new int[strings.length];
        for (int position = 0; position < column.length; position++) {
            int number = column[position];
            groups[number][filled[number]++] = position;
        }
        Map<String, int[]> byString = new HashMap<>();
        for (int number = 0; number < strings.length; number++) {
            if (groups[number] != null) {
                byString.put(strings[number], groups[number]);
            }
        }
        return byString;
    }

    /** Every mention, in order: a view, each mention made when it is read. */
    public List<Mention> asList() {
        return new View(this, null);
    }

    /**
     * The mentions at {@code positions}, in that order: a view, each mention made when it is read.
     * The array is not copied; the caller gives up changing it.
     *
     * @throws IndexOutOfBoundsException on reading a position outside {@code 0 <= position < size()}
     */
    public List<Mention> at(int[] positions) {
        return new View(this, Objects.requireNonNull(positions, "positions"));
    }

    @Override
    public boolean equals(Object other) {
        if (other == this) {
            return true;
        }
        if (!(other instanceof Mentions that) || that.size() != size()) {
            return false;
        }
        if (Arrays.equals(strings, that.strings)) { // the same table: the columns say it all
            return Arrays.equals(entry, that.entry) && Arrays.equals(document, that.document)
                    && Arrays.equals(paragraph, that.paragraph) && Arrays.equals(note, that.note)
                    && Arrays.equals(start, that.start) && Arrays.equals(text, that.text) && Arrays.equals(flags, that.flags);
        }
        return asList().equals(that.asList());
    }

    @Override
    public int hashCode() {
        return asList().hashCode();
    }

    @Override
    public String toString() {
        return "Mentions[" + size() + "]";
    }

    /**
     * Makes a table in order, from mentions and from lists {@link #at(int[])} or {@link #asList()}
     * made of other tables. A list of another table is copied column by column, its strings
     * numbered again once each: a library read again after one file changed takes the mentions of
     * every other document this way, a million of them at 10,003 documents, without making one.
     * Not thread-safe; used once.
     */
    public static final class Builder {
        private final Map<String, Integer> numbers = new HashMap<>();
        /** For each table copied from, its string numbers in this one's, -1 until first used. */
        private final Map<Mentions, int[]> renumbered = new IdentityHashMap<>();
        private int size;
        private int[] entry;
        private int[] document;
        private int[] paragraph;
        private int[] note;
        private int[] start;
        private int[] text;
        private byte[] flags;
        /** Set by {@link #build}, which may hand the columns over: nothing is added after. */
        private boolean built;

        /** @param expected how many mentions are likely to be added (the table grows past it) */
        public Builder(int expected) {
            int capacity = Math.max(expected, 16);
            entry = new int[capacity];
            document = new int[capacity];
            paragraph = new int[capacity];
            note = new int[capacity];
            start = new int[capacity];
            text = new int[capacity];
            flags = new byte[capacity];
        }

        /** Adds {@code mention} after those added so far. */
        public Builder add(Mention mention) {
            room(1);
            entry[size] = number(mention.entry());
            document[size] = number(mention.document());
            paragraph[size] = mention.paragraph();
            note[size] = mention.note().map(this::number).orElse(-1);
            start[size] = mention.start();
            text[size] = number(mention.text());
            flags[size] = (byte) (mention.kind().ordinal() << 1 | (mention.byName() ? BY_NAME : 0));
            size++;
            return this;
        }

        /**
         * Adds {@code mentions} in their order: copied from their table when they are a view of one,
         * else one by one.
         */
        public Builder addAll(List<Mention> mentions) {
            if (!(mentions instanceof View view)) {
                mentions.forEach(this::add);
                return this;
            }
            Mentions from = view.table;
            int count = view.size();
            room(count);
            int[] numbered = renumbered.computeIfAbsent(from, table -> {
                int[] none = new int[table.strings.length];
                Arrays.fill(none, -1);
                return none;
            });
            for (int i = 0; i < count; i++) {
                int position = view.positions == null ? i : view.positions[i];
                entry[size] = renumber(from, numbered, from.entry[position]);
                document[size] = renumber(from, numbered, from.document[position]);
                paragraph[size] = from.paragraph[position];
                note[size] = from.note[position] < 0 ? -1 : renumber(from, numbered, from.note[position]);
                start[size] = from.start[position];
                text[size] = renumber(from, numbered, from.text[position]);
                flags[size] = from.flags[position];
                size++;
            }
            return this;
        }

        /** The table of the mentions added, in the order added. */
        public Mentions build() {
            if (size == 0) {
                return NONE;
            }
            String[] strings = new String[numbers.size()];
            numbers.forEach((string, number) -> strings[number] = string);
            built = true;
            if (size == entry.length) {
                // Made at the size expected, as the library's table is: its columns are handed over,
                // not copied (about 25 MB at 10,003 documents, on every watched edit).
                return new Mentions(strings, entry, document, paragraph, note, start, text, flags);
            }
            return new Mentions(strings, Arrays.copyOf(entry, size), Arrays.copyOf(document, size),
                    Arrays.copyOf(paragraph, size), Arrays.copyOf(note, size), Arrays.copyOf(start, size),
                    Arrays.copyOf(text, size), Arrays.copyOf(flags, size));
        }

        private int renumber(Mentions from, int[] numbered, int number) {
            int renumbered = numbered[number];
            if (renumbered < 0) {
                renumbered = number(from.strings[number]);
                numbered[number] = renumbered;
            }
            return renumbered;
        }

        private int number(String string) {
            return numbers.computeIfAbsent(string, s -> numbers.size());
        }

        private void room(int more) {
            if (built) {
                throw new IllegalStateException("the table is built: a builder makes one");
            }
            if (size + more <= entry.length) {
                return;
            }
            int capacity = Math.max(size + more, entry.length * 2);
            entry = Arrays.copyOf(entry, capacity);
            document = Arrays.copyOf(document, capacity);
            paragraph = Arrays.copyOf(paragraph, capacity);
            note = Arrays.copyOf(note, capacity);
            start = Arrays.copyOf(start, capacity);
            text = Arrays.copyOf(text, capacity);
            flags = Arrays.copyOf(flags, capacity);
        }
    }

    /** A list of mentions read from the columns; all of them when {@code positions} is null. */
    private static final class View extends AbstractList<Mention> implements RandomAccess {
        private final Mentions table;
        private final int[] positions;

        View(Mentions table, int[] positions) {
            this.table = table;
            this.positions = positions;
        }

        @Override
        public Mention get(int index) {
            return table.get(positions == null ? index : positions[Objects.checkIndex(index, positions.length)]);
        }

        @Override
        public int size() {
            return positions == null ? table.size() : positions.length;
        }
    }
}
