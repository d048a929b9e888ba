package org.concordance.citations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The glossary's names as the works filter reads them. A work's text names an entry when it has one
 * of the entry's names as whole words, folded ({@link #fold}): "al-Qa'ida" in a title names Al Qaeda
 * by its variant "al-Qaida". A query word that is a word of any of the entry's names then finds the
 * work ("Qaeda", "AQ"), as any name of an entry finds the passages naming it in search. An
 * all-capitals abbreviation ("IS", "AQ") names an entry only when written in capitals, as the
 * mention finder reads it, so "What Is Terrorism" names no Islamic State. Immutable.
 */
public final class GlossaryNames {
    /** No glossary: a query word finds only the works that have it. */
    public static final GlossaryNames NONE = new GlossaryNames(List.of());

    /** Apostrophes and ayn/hamza signs inside a word, which do not split it: "al-Qa‘ida" is "al qaida". */
    private static final Pattern INNER_APOSTROPHE =
            Pattern.compile("(?<=\\p{L})['\u2018\u2019\u02BC\u02BB\u02BF\u02BE`](?=\\p{L})");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** A query word at least this long may be the start of a name's word, as the filter takes it of a work's. */
    private static final int PREFIX_LENGTH = 3;

    /**
     * One name of an entry.
     *
     * @param folded its words folded, space-separated
     * @param capitals its words as written, when it is an abbreviation in capitals; empty otherwise
     */
    private record Name(String folded, List<String> capitals) {
    }

    /** By entry, its names. */
    private final List<List<Name>> entries;
    /** By folded word of a name, the entries having it. */
    private final Map<String, Set<Integer>> byWord = new HashMap<>();

    private GlossaryNames(List<List<Name>> entries) {
        this.entries = entries;
        for (int i = 0; i < entries.size(); i++) {
            for (Name name : entries.get(i)) {
                for (String word : name.folded().split(" ")) {
                    byWord.computeIfAbsent(word, w -> new LinkedHashSet<>()).add(i);
                }
            }
        }
    }

    /** The names of the glossary's entries, each list the names of one entry (its main name and variants). */
    public static GlossaryNames of(List<List<String>> names) {
        List<List<Name>> entries = new ArrayList<>();
        for (List<String> entry : names) {
            List<Name> folded = new ArrayList<>();
            for (String name : entry) {
                String words = fold(Objects.requireNonNull(name, "name"));
                if (!words.isEmpty()) {
                    folded.add(new Name(words, capitals(name) ? List.of(NOT_WORD.split(name.strip())) : List.of()));
                }
            }
            entries.add(List.copyOf(folded));
        }
        return new GlossaryNames(List.copyOf(entries));
    }

    /**
     * {@code text} as the works filter compares it: lower case, accents dropped, apostrophes and
     * ayn/hamza signs inside a word dropped ("Qa'ida", "Qa‘ida" and "Qaʿida" are "qaida"), any other
     * punctuation a space between words.
     */
    public static String fold(String text) {
        return Text.normalize(withoutInnerApostrophes(text));
    }

    /**
     * {@code text} without the apostrophes and signs of {@link #INNER_APOSTROPHE}; the text itself when
     * it has none of them, as most do (the filter folds every work's text for each query).
     */
    private static String withoutInnerApostrophes(String text) {
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case '\'', '\u2018', '\u2019', '\u02BC', '\u02BB', '\u02BF', '\u02BE', '`':
                    return INNER_APOSTROPHE.matcher(text).replaceAll("");
                default:
                    break;
            }
        }
        return text;
    }

    /** The entries with a name having a word that {@code word} (folded) is, or begins from three letters. */
    Set<Integer> entriesWith(String word) {
        Set<Integer> found = new LinkedHashSet<>(byWord.getOrDefault(word, Set.of()));
        if (word.length() >= PREFIX_LENGTH) {
            byWord.forEach((known, having) -> {
                if (known.startsWith(word)) {
                    found.addAll(having);
                }
            });
        }
        return found;
    }

    /**
     * Whether {@code text} names entry {@code entry} by one of its names.
     *
     * @param folded the text {@linkplain #fold folded}
     */
    boolean names(int entry, String text, String folded) {
        String padded = " " + folded + " ";
        List<String> written = null;
        for (Name name : entries.get(entry)) {
            if (name.capitals().isEmpty()) {
                if (padded.contains(" " + name.folded() + " ")) {
                    return true;
                }
            } else {
                if (written == null) {
                    written = List.of(NOT_WORD.split(withoutInnerApostrophes(text)));
                }
                if (java.util.Collections.indexOfSubList(written, name.capitals()) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The words of every name of the entries {@code text} names, folded: what else finds a work of
     * that text in the filter. Empty when it names none.
     */
    public Set<String> namedWords(String text) {
        String folded = fold(text);
        Set<String> words = new LinkedHashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            if (names(i, text, folded)) {
                entries.get(i).forEach(name -> words.addAll(List.of(name.folded().split(" "))));
            }
        }
        return words;
    }

    /** An abbreviation in capitals: two letters or more, every letter a capital ("AQ", "ISIS-K"). */
    private static boolean capitals(String name) {
        int letters = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }
}
