package org.concordance.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymMap;
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
 */
public final class Synonyms {
    private static final Synonyms NONE = new Synonyms(List.of(), Map.of());

    private final List<List<String>> groups;
    /** One word to its other spellings, searched one way ({@link #withSpellings}). */
    private final Map<String, Set<String>> spellings;
    private final Set<String> capitalsOnly;
    private final SynonymMap map;

    private Synonyms(List<List<String>> groups, Map<String, Set<String>> spellings) {
        this.groups = groups.stream().map(List::copyOf).toList();
        this.spellings = spellings;
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
        return groups.isEmpty() ? NONE : new Synonyms(groups, Map.of());
    }

    /**
     * These synonyms, and each word of {@code spellings} (lower case, accents folded) searched with its
     * other spellings as well, one way: a query's "qaida" finds "qaeda" too ({@link NameSpellings}).
     */
    Synonyms withSpellings(Map<String, Set<String>> spellings) {
        Map<String, Set<String>> copy = new java.util.TreeMap<>();
        spellings.forEach((word, others) -> copy.put(word, Set.copyOf(others)));
        return spellings.isEmpty() ? this : new Synonyms(groups, java.util.Collections.unmodifiableMap(copy));
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
        if (groups.isEmpty() && spellings.isEmpty()) {
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
            for (Map.Entry<String, Set<String>> spelled : spellings.entrySet()) {
                for (String other : new java.util.TreeSet<>(spelled.getValue())) {
                    builder.add(new CharsRef(spelled.getKey()), new CharsRef(other), true);
                    any = true;
                }
            }
            return any ? builder.build() : null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the synonym map", e);
        }
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
