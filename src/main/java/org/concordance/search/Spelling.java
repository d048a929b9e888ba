package org.concordance.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.HashSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.QueryBuilder;

/**
 * Corrects the words of a query that are in no text of the library to the library's own spelling
 * ("Hezbolah" to "Hezbollah"), keeping the rest of what was typed as it was. A name's word spelled as
 * another variant of the name spells it ("Qaida", "Qaeda") is no misspelling: it is searched with its
 * other spellings ({@link NameSpellings}). Thread-safe.
 */
final class Spelling {
    /** Longer words are not words a reader misspelled, and are costly to correct. */
    private static final int MAX_SPELLED_LENGTH = 30;
    private static final float ACCURACY = 0.75f;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}'\u2019]*");

    private final Analyzer words = Analysis.words();
    /** The query's analysis of plain words, synonyms and all: a word "is in a text" as a search finds it. */
    private final Analyzer plain;
    /** How the texts spell the folded words a correction is made of: "café", not "cafe". */
    private final WrittenForms written;

    Spelling(Analyzer plain, WrittenForms written) {
        this.plain = plain;
        this.written = written;
    }

    /**
     * {@code text} in the library's spelling: each of the {@code asked} words in no text replaced by the
     * closest word of the index, in the case it was typed in. Empty when nothing is replaced, and
     * unless every word in no text has a close word.
     *
     * @param prefix the last word folded, when it is searched as a word's start: then it is no unknown word
     */
    Optional<String> correct(IndexSearcher searcher, String text, QueryWords asked, Optional<String> prefix)
            throws IOException {
        List<String> unknown = unknownWords(searcher, asked, prefix);
        return unknown.isEmpty() ? Optional.empty() : correct(searcher.getIndexReader(), text, unknown, asked.plain());
    }

    /** The entries of the index that have {@code word}, searched as a plain word is. */
    int hits(IndexSearcher searcher, String word) throws IOException {
        Query query = query(word);
        return query == null ? 0 : searcher.count(query);
    }

    /** {@code word} searched as a plain word is; null when it analyses to nothing (a stop word). */
    private Query query(String word) {
        return new QueryBuilder(plain).createBooleanQuery(Fields.ALL, word, BooleanClause.Occur.MUST);
    }

    /** The words asked that are in no text, neither whole nor (the last) as a word's start. */
    private List<String> unknownWords(IndexSearcher searcher, QueryWords asked, Optional<String> prefix) throws IOException {
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < asked.words().size(); i++) {
            String word = asked.words().get(i);
            if (!asked.content(i) || unknown.contains(word)) {
                continue;
            }
            boolean started = prefix.isPresent() && asked.last().orElse(-1) == i
                    && searcher.count(new PrefixQuery(new Term(Fields.ALL, prefix.get()))) > 0;
            if (!started && hits(searcher, word) == 0) {
                unknown.add(word);
            }
        }
        return unknown;
    }

    /**
     * {@code text} with each of {@code unknown} replaced by the closest word of the index, in the case it
     * was typed in; empty unless every one of {@code unknown} has a close word, and when nothing is left
     * to replace.
     *
     * @param plain whether the text is plain words: then a correction the query already has is dropped
     *     rather than repeated; in a query with syntax the word is kept as typed instead, since taking
     *     it out could leave an operator with nothing to join ("Qaeda OR")
     */
    private Optional<String> correct(IndexReader reader, String text, Collection<String> unknown, boolean plain)
            throws IOException {
        DirectSpellChecker spelling = new DirectSpellChecker();
        // One typing error in four letters or more: closer than Lucene's default, since a correction
        // may be searched at once. "Hezbolah" is Hezbollah; "Haram" is not "Hamas".
        spelling.setAccuracy(ACCURACY);
        Map<String, String> corrections = new LinkedHashMap<>();
        for (String word : unknown) {
            String folded = fold(word);
            if (folded.length() < spelling.getMinQueryLength() || folded.length() > MAX_SPELLED_LENGTH
                    || Analysis.QUERY_STOP_WORDS.contains(folded)) {
                continue;
            }
            SuggestWord[] best = spelling.suggestSimilar(new Term(Fields.WORDS, folded), 1, reader,
                    SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            if (best.length == 0) {
                // Half a correction leaves a word the library does not have: no better than none.
                return Optional.empty();
            }
            corrections.put(word, matchCase(word, written.of(best[0].string)));
        }
        return corrections.isEmpty() ? Optional.empty() : replace(text, corrections, plain);
    }

    /**
     * {@code text} with its words replaced by their {@code corrections}, none repeated: a correction to a
     * word the query already has ("Qaeda Qaida", "Hezbolah Hezbollah") or to the same word as an earlier
     * correction is dropped when the text is {@code plain} words, and left as typed otherwise, as a reader
     * who typed both spellings asked for the word once. Empty when that leaves the text as it was.
     */
    private Optional<String> replace(String text, Map<String, String> corrections, boolean plain) {
        Set<String> had = new HashSet<>();
        Matcher typed = WORD.matcher(text);
        while (typed.find()) {
            if (!corrections.containsKey(typed.group())) {
                had.add(fold(typed.group()));
            }
        }
        StringBuilder corrected = new StringBuilder();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            String word = matcher.group();
            String correction = corrections.get(word);
            String replacement = word;
            if (correction != null) {
                boolean repeated = !had.add(fold(correction));
                replacement = !repeated ? correction : plain ? "" : word;
            }
            matcher.appendReplacement(corrected, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(corrected);
        // A word dropped leaves its spaces: one between words, none at the ends.
        String result = plain ? corrected.toString().strip().replaceAll("\\s{2,}", " ") : corrected.toString();
        return result.equals(text) || result.isBlank() ? Optional.empty() : Optional.of(result);
    }

    private String fold(String word) {
        return words.normalize(Fields.WORDS, word).utf8ToString();
    }

    private static String matchCase(String typed, String suggestion) {
        if (Analysis.isCapitals(typed)) {
            return suggestion.toUpperCase(Locale.ROOT);
        }
        if (Character.isUpperCase(typed.codePointAt(0))) {
            return suggestion.substring(0, 1).toUpperCase(Locale.ROOT) + suggestion.substring(1);
        }
        return suggestion;
    }
}
