package org.concordance.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.spell.LevenshteinDistance;

/**
 * The words a name's variants spell two ways: "al-Qaeda" and "al-Qaida" are the same words but one,
 * so "qaida" is respelled "qaeda" and "qaeda" "qaida". Words as {@link Fields#WORDS} holds them
 * (folded, lower-cased, not stemmed). Immutable.
 *
 * <p>These are not synonyms as they stand: "Colombia" and "Columbia" are two variants' spellings of
 * one word of FARC's name, yet each is a word of its own in the texts ("Columbia University Press").
 * A query word is searched with its other spellings only where the library uses it as no more than
 * that word of the name ({@link NameSpellings}).
 */
final class Respellings {
    /** The most letters two spellings of one word differ by (Levenshtein distance): "Qaeda" and "Qaida" differ by one. */
    private static final int SPELLING_DISTANCE = 2;
    /** The fewest letters of a word taken as spelled two ways: "e" and "i" ("Lashkar-e-", "Lashkar-i-") are not words. */
    private static final int SPELLED_LENGTH = 4;

    private static final Respellings NONE = new Respellings(Map.of(), Map.of());

    private final Map<String, Set<String>> spellings;
    /** For each word that has other spellings, the names (their words) it is spelled so in. */
    private final Map<String, Set<List<String>>> names;

    private Respellings(Map<String, Set<String>> spellings, Map<String, Set<List<String>>> names) {
        this.spellings = spellings;
        this.names = names;
    }

    /**
     * The respellings of the names in {@code groups} (each a list of names of one entry): for every two
     * names of one group that have the same number of words (two or more) and differ in one of them,
     * spelled within {@value #SPELLING_DISTANCE} letters of the other and both of
     * {@value #SPELLED_LENGTH} letters or more, each spelling of that word is a respelling of the other.
     */
    static Respellings of(List<List<String>> groups) {
        Map<String, Set<String>> spellings = new HashMap<>();
        Map<String, Set<List<String>>> names = new HashMap<>();
        try (Analyzer words = Analysis.words()) {
            for (List<String> group : groups) {
                List<List<String>> analysed = new ArrayList<>();
                for (String name : group) {
                    analysed.add(List.copyOf(Analysis.terms(words, Fields.WORDS, name)));
                }
                for (List<String> one : analysed) {
                    for (List<String> other : analysed) {
                        int differing = differing(one, other);
                        if (differing >= 0 && spelledAlike(one.get(differing), other.get(differing))) {
                            spellings.computeIfAbsent(one.get(differing), k -> new LinkedHashSet<>()).add(other.get(differing));
                            names.computeIfAbsent(one.get(differing), k -> new LinkedHashSet<>()).add(one);
                        }
                    }
                }
            }
        }
        if (spellings.isEmpty()) {
            return NONE;
        }
        Map<String, Set<String>> frozen = new HashMap<>();
        spellings.forEach((word, others) -> frozen.put(word, Set.copyOf(others)));
        Map<String, Set<List<String>>> frozenNames = new HashMap<>();
        names.forEach((word, in) -> frozenNames.put(word, Set.copyOf(in)));
        return new Respellings(Map.copyOf(frozen), Map.copyOf(frozenNames));
    }

    /** The words that have other spellings. */
    Set<String> words() {
        return spellings.keySet();
    }

    /** The names, each as its words, that spell {@code word} so and another variant otherwise; empty when none. */
    Set<List<String>> names(String word) {
        return names.getOrDefault(word, Set.of());
    }

    /** The other spellings of {@code word} (as {@link Fields#WORDS} holds it) in the names; empty when none. */
    Set<String> of(String word) {
        return spellings.getOrDefault(word, Set.of());
    }

    /** The index of the one word the two names differ in; -1 when they differ in none, in more, or in their number. */
    private static int differing(List<String> one, List<String> other) {
        if (one.size() != other.size() || one.size() < 2) {
            return -1; // a one-word name is already a synonym of the others as it is
        }
        int differing = -1;
        for (int k = 0; k < one.size(); k++) {
            if (!one.get(k).equals(other.get(k))) {
                if (differing >= 0) {
                    return -1;
                }
                differing = k;
            }
        }
        return differing;
    }

    private static boolean spelledAlike(String one, String other) {
        if (one.codePointCount(0, one.length()) < SPELLED_LENGTH || other.codePointCount(0, other.length()) < SPELLED_LENGTH) {
            return false;
        }
        // Lucene gives the distance as a share of the longer word's length (in chars, as it counts them).
        float similarity = new LevenshteinDistance().getDistance(one, other);
        return Math.round((1 - similarity) * Math.max(one.length(), other.length())) <= SPELLING_DISTANCE;
    }
}
