package org.concordance.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.TermQuery;

/**
 * The words a query searches with their other spellings: a word of a name that the name's variants
 * spell two ways ({@link Respellings}: "al-Qaida", "al-Qaeda") finds the passages that spell it the
 * other way too, as the whole names already find each other ({@link Synonyms}), so that a reader
 * searching "Qaida" finds the dozens of passages that write "al-Qaeda" even once one passage writes
 * "al-Qaida".
 *
 * <p>Only where the library uses the word as that name's word and for nothing else: every passage,
 * note, relation and document that has the word has one of those names (a passage that also used
 * the word apart from the name would be missed; passages are short). "Columbia" is FARC's
 * "Colombia" in one variant, and also a word of its own in the texts ("Columbia University Press"):
 * it is searched as typed. One way: "Qaida" may take "Qaeda" while "Qaeda" is searched alone, if
 * the texts use "Qaeda" otherwise.
 */
final class NameSpellings {
    private NameSpellings() {
    }

    /**
     * For each word of {@code respellings} that {@code searcher}'s index has only inside the names it
     * is spelled in (or nowhere but in the entries' cards), its other spellings; words as
     * {@link Fields#WORDS} holds them. Sorted, so the synonyms made of them come out the same each time.
     */
    static Map<String, Set<String>> of(IndexSearcher searcher, Respellings respellings) throws IOException {
        Map<String, Set<String>> spelled = new TreeMap<>();
        for (String word : respellings.words()) {
            if (onlyInNames(searcher, word, respellings.names(word))) {
                spelled.put(word, respellings.of(word));
            }
        }
        return spelled;
    }

    /** Whether no entry but the cards has {@code word} outside the {@code names}. */
    private static boolean onlyInNames(IndexSearcher searcher, String word, Set<List<String>> names) throws IOException {
        BooleanQuery.Builder elsewhere = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.WORDS, word)), BooleanClause.Occur.MUST)
                .add(NamedEntries.CARDS, BooleanClause.Occur.MUST_NOT);
        for (List<String> name : names) {
            // The words as written are in Fields.ALL at their positions, beside their stems.
            elsewhere.add(new PhraseQuery(Fields.ALL, name.toArray(String[]::new)), BooleanClause.Occur.MUST_NOT);
        }
        return searcher.count(elsewhere.build()) == 0;
    }
}
