package org.concordance.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;

/**
 * The words a reader asked for, in order, each with its comparable form: what tells which entries a
 * query names, which word may be typed half-way and which words are in no text.
 *
 * @param words the words typed, without those a query excludes ({@code -Hamas}, {@code NOT Hamas})
 *     and without field names
 * @param keys each word through {@link Analysis#names()}: usually one word, none for a stop word
 * @param plain whether the text is plain words, without any query syntax
 */
record QueryWords(List<String> words, List<List<String>> keys, boolean plain) {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}'\u2019]*");
    private static final Pattern SYNTAX = Pattern.compile(
            "[\"\u201C\u201D():*?~^\\[\\]{}\\\\/]|(?:^|\\s)[-+!]|\\b(?:AND|OR|NOT)\\b|&&|\\|\\|");
    /**
     * What a query excludes or only filters by: a word after a minus or NOT, a document named by
     * {@code doc:}, a field name before its colon.
     */
    private static final Pattern NOT_ASKED = Pattern.compile(
            "(?:^|(?<=\\s))-\"[^\"]*\"?|(?:^|(?<=\\s))-\\S+|\\bNOT\\s+(?:\"[^\"]*\"?|\\S+)"
                    + "|(?i:\\bdoc(?:ument)?):(?:\"[^\"]*\"?|\\S+)|[\\p{L}]+:");

    QueryWords {
        words = List.copyOf(words);
        keys = keys.stream().map(List::copyOf).toList();
    }

    static QueryWords of(String text, Analyzer names) {
        boolean plain = !SYNTAX.matcher(text).find();
        String asked = plain ? text : NOT_ASKED.matcher(text).replaceAll(" ");
        List<String> words = new ArrayList<>();
        List<List<String>> keys = new ArrayList<>();
        Matcher matcher = WORD.matcher(asked);
        while (matcher.find() && words.size() < QueryTranslator.MAX_LITERAL_WORDS) {
            String word = matcher.group();
            if (word.equals("AND") || word.equals("OR")) {
                continue;
            }
            words.add(word);
            keys.add(Analysis.nameWords(names, word));
        }
        return new QueryWords(words, keys, plain);
    }

    /** Whether the i-th word carries meaning (is not a stop word). */
    boolean content(int i) {
        return !keys.get(i).isEmpty();
    }

    /** The index of the last word, when it carries meaning: the one a reader may have typed half-way. */
    Optional<Integer> last() {
        int last = words.size() - 1;
        return last >= 0 && content(last) ? Optional.of(last) : Optional.empty();
    }
}
