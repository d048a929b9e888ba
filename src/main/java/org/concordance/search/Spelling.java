package org.concordance.search;

import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * Corrects the words of a query that are in no text of the library to the library's own spelling
 * ("Hezbolah" to "Hezbollah"), keeping the rest of what was typed as it was. Thread-safe.
 */
final class Spelling {
    /** Longer words are not words a reader misspelled, and are costly to correct. */
    private static final int MAX_SPELLED_LENGTH = 30;
    private static final float ACCURACY = 0.75f;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}'\u2019]*");

    private final Analyzer words = Analysis.words();

    /**
     * {@code text} with each of {@code unknown} replaced by the closest word of the index, in the
     * case it was typed in; empty unless every one of them has a close word.
     */
    Optional<String> correct(IndexReader reader, String text, Collection<String> unknown) throws IOException {
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
            corrections.put(word, matchCase(word, best[0].string));
        }
        if (corrections.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder corrected = new StringBuilder();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            matcher.appendReplacement(corrected,
                    Matcher.quoteReplacement(corrections.getOrDefault(matcher.group(), matcher.group())));
        }
        matcher.appendTail(corrected);
        return Optional.of(corrected.toString());
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
