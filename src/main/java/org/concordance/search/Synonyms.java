package org.concordance.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.search.spell.LevenshteinDistance;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * Names that mean the same thing to a reader ("AQ", "Al Qaeda", "al-Qaeda"), applied when a query is
 * analysed, never when the texts are indexed, so an editor can extend them without a rebuild.
 *
 * <p>Case matters for one sort of member only: an all-capitals abbreviation whose lower-case form is an
 * English stop word ("IS", "AN", "IT", "US"). Such a member matches only when typed in capitals, and it is
 * one-way: "IS" finds "Islamic State", but "Islamic State" never searches for the word "is", which
 * would match nearly every paragraph. Every other member matches in any case and in both directions.
 *
 * <p>Two members that are the same words but one, spelled two ways ("al-Qaeda", "al-Qaida"), make
 * that word a synonym of the other on its own too, so "Qaida" finds "Al Qaeda": a transliteration
 * varies by one or two letters ({@link #SPELLING_DISTANCE}), which two different words of four letters
 * or more rarely do ("Iraq" and "Syria" are not spellings of one another, whatever group they are in).
 */
public final class Synonyms {
    private static final Synonyms NONE = new Synonyms(List.of());
    /** The most letters two spellings of one word differ by (Levenshtein distance): "Qaeda" and "Qaida" differ by one. */
    private static final int SPELLING_DISTANCE = 2;
    /** The fewest letters of a word taken as spelled two ways: "e" and "i" ("Lashkar-e-", "Lashkar-i-") are not words. */
    private static final int SPELLED_LENGTH = 4;

    private final List<List<String>> groups;
    private final Set<String> capitalsOnly;
    private final SynonymMap map;

    private Synonyms(List<List<String>> groups) {
        this.groups = groups.stream().map(List::copyOf).toList();
        Set<String> capitals = new HashSet<>();
        for (List<String> group : this.groups) {
            for (String member : group) {
                Objects.requireNonNull(member, "synonym");
                if (isCapitalsOnly(member.strip())) {
                    capitals.add(member.strip());
                }
            }
        }
        this.capitalsOnly = Set.copyOf(capitals);
        this.map = build();
    }

    /** Synonyms from groups of equivalent names; blank members and groups of one are ignored. */
    public static Synonyms of(List<List<String>> groups) {
        Objects.requireNonNull(groups, "groups");
        return groups.isEmpty() ? NONE : new Synonyms(groups);
    }

    public static Synonyms none() {
        return NONE;
    }

    public List<List<String>> groups() {
        return groups;
    }

    /** Abbreviations that stand for a name only when typed in capitals. */
    Set<String> capitalsOnly() {
        return capitalsOnly;
    }

    /** The map for SynonymGraphFilter, or null when there are no synonyms. */
    SynonymMap map() {
        return map;
    }

    private static boolean isCapitalsOnly(String member) {
        return Analysis.isCapitals(member) && Analysis.QUERY_STOP_WORDS.contains(member.toLowerCase(Locale.ROOT));
    }

    private SynonymMap build() {
        if (groups.isEmpty()) {
            return null;
        }
        try (Analyzer analyzer = Analysis.beforeSynonyms(capitalsOnly, false);
                Analyzer withoutStopWords = Analysis.beforeSynonyms(capitalsOnly, true)) {
            SynonymMap.Builder builder = new SynonymMap.Builder(true);
            boolean any = false;
            for (List<String> group : groups) {
                List<CharsRef> forms = new ArrayList<>();
                List<CharsRef> typed = new ArrayList<>();
                List<Boolean> oneWay = new ArrayList<>();
                for (String member : group) {
                    CharsRef form = analyze(analyzer, member.strip());
                    if (form.length > 0) {
                        forms.add(form);
                        typed.add(analyze(withoutStopWords, member.strip()));
                        oneWay.add(capitalsOnly.contains(member.strip()));
                    }
                }
                for (int i = 0; i < forms.size(); i++) {
                    for (int j = 0; j < forms.size(); j++) {
                        Optional<CharsRef[]> respelled = i == j || oneWay.get(i) || oneWay.get(j) ? Optional.empty()
                                : respelled(forms.get(i), forms.get(j));
                        if (respelled.isPresent()) {
                            builder.add(respelled.get()[0], respelled.get()[1], true);
                            any = true;
                        }
                    }
                    // Matched as a phrase keeps them, and as plain words without the stop words
                    // ("Popular Front Liberation Palestine"); replaced by the other names in full.
                    Set<CharsRef> inputs = new java.util.LinkedHashSet<>(List.of(forms.get(i)));
                    if (typed.get(i).length > 0) {
                        inputs.add(typed.get(i));
                    }
                    for (int j = 0; j < forms.size(); j++) {
                        if (i != j && !oneWay.get(j) && !forms.get(i).equals(forms.get(j))) {
                            for (CharsRef input : inputs) {
                                builder.add(input, forms.get(j), !oneWay.get(i));
                            }
                            any = true;
                        }
                    }
                }
            }
            return any ? builder.build() : null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the synonym map", e);
        }
    }

    /**
     * The one word {@code a} spells differently from {@code b} and its spelling there, when they are
     * the same words but that one; empty when they differ otherwise, or only in a short word.
     */
    private static Optional<CharsRef[]> respelled(CharsRef a, CharsRef b) {
        String[] first = a.toString().split(String.valueOf(SynonymMap.WORD_SEPARATOR));
        String[] second = b.toString().split(String.valueOf(SynonymMap.WORD_SEPARATOR));
        if (first.length != second.length || first.length < 2) {
            return Optional.empty(); // a one-word member is already a synonym of the others as it is
        }
        int differing = -1;
        for (int k = 0; k < first.length; k++) {
            if (!first[k].equals(second[k])) {
                if (differing >= 0) {
                    return Optional.empty();
                }
                differing = k;
            }
        }
        if (differing < 0) {
            return Optional.empty();
        }
        String one = first[differing];
        String other = second[differing];
        if (one.length() < SPELLED_LENGTH || other.length() < SPELLED_LENGTH
                || edits(one, other) > SPELLING_DISTANCE) {
            return Optional.empty();
        }
        return Optional.of(new CharsRef[] {new CharsRef(one), new CharsRef(other)});
    }

    /** The letters changed, added or taken out from one word to the other: Lucene gives it as a share of the longer's length. */
    private static int edits(String one, String other) {
        float similarity = new LevenshteinDistance().getDistance(one, other);
        return Math.round((1 - similarity) * Math.max(one.length(), other.length())); // in chars, as Lucene counts
    }

    private static CharsRef analyze(Analyzer analyzer, String text) throws IOException {
        CharsRefBuilder joined = new CharsRefBuilder();
        try (TokenStream stream = analyzer.tokenStream("synonym", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (joined.length() > 0) {
                    joined.append(SynonymMap.WORD_SEPARATOR);
                }
                joined.append(term.buffer(), 0, term.length());
            }
            stream.end();
        }
        return joined.get();
    }
}
