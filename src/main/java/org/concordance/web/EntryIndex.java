package org.concordance.web;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.concordance.content.Entry;
import org.concordance.content.EntryKind;

/** A list of concepts, organizations or people, A–Z, grouped under their initial letters. */
public final class EntryIndex {
    private final EntryKind kind;
    private final List<Letter> letters;

    EntryIndex(EntryKind kind, List<Entry> entries) {
        this.kind = kind;
        Map<String, List<Entry>> byLetter = new LinkedHashMap<>();
        entries.stream()
                .sorted((a, b) -> String.CASE_INSENSITIVE_ORDER.compare(sortKey(a), sortKey(b)))
                .forEach(entry -> byLetter.computeIfAbsent(sortKey(entry).substring(0, 1), l -> new ArrayList<>()).add(entry));
        List<Letter> groups = new ArrayList<>();
        byLetter.forEach((letter, group) -> groups.add(new Letter(letter, group)));
        this.letters = List.copyOf(groups);
    }

    /** The name folded to plain capitals, so "Émile" files under E. */
    private static String sortKey(Entry entry) {
        String folded = Normalizer.normalize(entry.name(), Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
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
        return letters.stream().mapToInt(l -> l.entries().size()).sum();
    }

    /** The entries under one initial letter; {@code id} is the fragment the letter navigation links to. */
    public record Letter(String letter, List<Entry> entries) {
        public Letter {
            entries = List.copyOf(entries);
        }

        public String id() {
            return "letter-" + letter.toLowerCase(Locale.ROOT);
        }
    }
}
