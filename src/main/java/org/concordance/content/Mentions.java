package org.concordance.content;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;

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

    /** The mentions, in the order given; {@code mentions} made by {@link #asList()} gives its table back. */
    public static Mentions of(List<Mention> mentions) {
        Objects.requireNonNull(mentions, "mentions");
        if (mentions instanceof View view && view.positions == null) {
            return view.table;
        }
        if (mentions.isEmpty()) {
            return NONE;
        }
        int size = mentions.size();
        Map<String, Integer> numbers = new HashMap<>();
        int[] entry = new int[size];
        int[] document = new int[size];
        int[] paragraph = new int[size];
        int[] note = new int[size];
        int[] start = new int[size];
        int[] text = new int[size];
        byte[] flags = new byte[size];
        int i = 0;
        for (Mention mention : mentions) {
            entry[i] = number(numbers, mention.entry());
            document[i] = number(numbers, mention.document());
            paragraph[i] = mention.paragraph();
            note[i] = mention.note().map(label -> number(numbers, label)).orElse(-1);
            start[i] = mention.start();
            text[i] = number(numbers, mention.text());
            flags[i] = (byte) (mention.kind().ordinal() << 1 | (mention.byName() ? BY_NAME : 0));
            i++;
        }
        String[] strings = new String[numbers.size()];
        numbers.forEach((string, number) -> strings[number] = string);
        return new Mentions(strings, entry, document, paragraph, note, start, text, flags);
    }

    private static int number(Map<String, Integer> numbers, String string) {
        return numbers.computeIfAbsent(string, s -> numbers.size());
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
