package org.concordance.web;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.concordance.content.Entry;
import org.concordance.content.EntryKind;

/**
 * A list of concepts, organizations or people, A–Z, grouped under their initial letters. People are
 * listed as an index lists them, by family name and inverted ("Bacon, Tricia"), a particle such as
 * "al-" or "van de" not counted in the order ("al-Baghdadi, Abu Bakr" under B), as the Chicago
 * Manual alphabetizes (CMOS 16.71, 16.76).
 */
public final class EntryIndex {
    private final EntryKind kind;
    private final List<Letter> letters;

    EntryIndex(EntryKind kind, List<Entry> entries) {
        this.kind = kind;
        Map<String, List<Item>> byLetter = new LinkedHashMap<>();
        entries.stream().map(entry -> Item.of(kind, entry))
                .sorted(java.util.Comparator.comparing(Item::sortKey, String.CASE_INSENSITIVE_ORDER).thenComparing(Item::label))
                .forEach(item -> byLetter.computeIfAbsent(item.sortKey().substring(0, 1), l -> new ArrayList<>()).add(item));
        List<Letter> groups = new ArrayList<>();
        byLetter.forEach((letter, group) -> groups.add(new Letter(letter, group)));
        this.letters = List.copyOf(groups);
    }

    /**
     * One entry as the index lists it.
     *
     * @param label the name as listed: a person's inverted ("Bacon, Tricia"), else the entry's name
     * @param sortKey what the list is ordered by, folded to plain capitals, so "Émile" files under E
     */
    public record Item(Entry entry, String label, String sortKey) {
        static Item of(EntryKind kind, Entry entry) {
            if (kind != EntryKind.PERSON) {
                return new Item(entry, entry.name(), fold(entry.name()));
            }
            // A generational suffix follows the inverted name ("King, Martin Luther, Jr."; CMOS 16.41),
            // not the family name (Name#inverted); a ruler's name and number stays as it is ("Abdullah II").
            org.concordance.citations.Name name = org.concordance.citations.Name.parse(entry.name());
            if (name.suffix().isPresent() && name.given().isEmpty() && name.particle().isEmpty()) {
                return new Item(entry, entry.name(), fold(entry.name()));
            }
            String key = fold(name.family() + name.given().map(given -> " " + given).orElse(""));
            return new Item(entry, name.inverted(), key.isEmpty() ? fold(entry.name()) : key);
        }
    }

    private static String fold(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return folded.toUpperCase(Locale.ROOT);
    }

    public List<Letter> letters() {
        return letters;
    }

    public String heading() {
        return switch (kind) {
            case CONCEPT -> "Concepts";
            case ORGANIZATION -> "Organizations";
            case PERSON -> "People";
        };
    }

    public String intro() {
        return switch (kind) {
            case CONCEPT -> "The ideas the texts use to explain why terrorist groups cooperate, A to Z. Each page gives "
                    + "a short definition, the passage that defines it, and every passage in the library that discusses it.";
            case ORGANIZATION -> "The groups the texts name, A to Z. Each page lists every passage in the library that "
                    + "mentions the group, and the concepts discussed alongside it.";
            case PERSON -> "The people the texts name, authors and actors, A to Z. Each page lists every passage in the "
                    + "library that mentions them, and the concepts discussed alongside them.";
        };
    }

    public int size() {
        return letters.stream().mapToInt(l -> l.items().size()).sum();
    }

    /** The entries under one initial letter; {@code id} is the fragment the letter navigation links to. */
    public record Letter(String letter, List<Item> items) {
        public Letter {
            items = List.copyOf(items);
        }

        public String id() {
            return "letter-" + letter.toLowerCase(Locale.ROOT);
        }
    }
}
