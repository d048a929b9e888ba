package org.concordance.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Which cards a query names. A query names an entry when its words include every word of one of the
 * entry's names (after folding, stemming and dropping stop words), in any order: "AQ affiliates"
 * names Al Qaeda and the concept of affiliation; "Al Qaeda Central" names Al Qaeda Central and not
 * also Al Qaeda, since a longer name claims its words first, as the mention finder does. Entries
 * whose names are the same words take the same query words together: "Hezbollah" names the
 * organization and Levitt's book of that short title, the glossary's entry first. The last word
 * may stand for the start of a name's word ("Hezbol"). Thread-safe.
 */
final class NamedEntries {
    /** How many cards matching some word are compared with the query. */
    private static final int CANDIDATES = 24;
    /** Longer words are no names a reader misspelled, and costly to compare. */
    private static final int MAX_CLOSE_LENGTH = 30;
    /** Closest names offered when nothing is found. */
    static final int CLOSE_NAMES = 5;
    /** The cards' kinds ({@link Searchable#CARD_KINDS}). */
    static final Query CARDS = new TermInSetQuery(Fields.KIND,
            Searchable.CARD_KINDS.stream().map(BytesRef::new).toList());
    /** The glossary's kinds: what a reader whose search found nothing may have meant. */
    private static final Query GLOSSARY = new TermInSetQuery(Fields.KIND, List.of(new BytesRef(Searchable.CONCEPT),
            new BytesRef(Searchable.ORGANIZATION), new BytesRef(Searchable.PERSON)));

    private NamedEntries() {
    }

    /**
     * An entry the query names.
     *
     * @param names every name it goes by, as written, its title first
     * @param nameWords the words of each name, through {@link Analysis#names()}
     * @param words the indexes of the query words its name takes up
     * @param first the index of the first of them, for ordering cards as the query reads
     */
    record Named(String id, String kind, String title, String url, String summary, List<String> names,
            List<List<String>> nameWords, BitSet words, int first) {
    }

    /**
     * The entries {@code query} names, in the order the query names them.
     *
     * @param prefix the last word, when it may be typed half-way, folded and lower-cased
     */
    static List<Named> find(IndexSearcher searcher, QueryWords query, Optional<String> prefix) throws IOException {
        Set<String> keys = new LinkedHashSet<>();
        query.keys().forEach(keys::addAll);
        if (keys.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String key : keys) {
            any.add(new TermQuery(new Term(Fields.NAMES, key)), BooleanClause.Occur.SHOULD);
        }
        prefix.ifPresent(p -> any.add(new PrefixQuery(new Term(Fields.NAMES, p)), BooleanClause.Occur.SHOULD));
        Query candidates = new BooleanQuery.Builder()
                .add(any.build(), BooleanClause.Occur.MUST)
                .add(CARDS, BooleanClause.Occur.FILTER)
                .build();
        StoredFields stored = searcher.storedFields();
        record Covered(Document doc, List<List<String>> nameWords, BitSet words, Set<String> name, float score) {
            int size() {
                return name.size();
            }

            /** A glossary entry (a concept, an organization, a person) before a cited work named alike. */
            int rank() {
                return doc.get(Fields.KIND).equals(Searchable.WORK) ? 1 : 0;
            }
        }
        List<Covered> covered = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(candidates, CANDIDATES).scoreDocs) {
            Document doc = stored.document(hit.doc);
            BitSet best = null;
            List<String> bestName = List.of();
            List<List<String>> allNameWords = new ArrayList<>();
            for (String name : doc.get(Fields.NAME_WORDS).split(Fields.SEPARATOR, -1)) {
                List<String> nameWords = name.isBlank() ? List.of() : List.of(name.split(" "));
                allNameWords.add(nameWords);
                Optional<BitSet> words = cover(query, nameWords, prefix);
                if (words.isPresent() && nameWords.size() > bestName.size()) {
                    best = words.get();
                    bestName = nameWords;
                }
            }
            if (best != null) {
                covered.add(new Covered(doc, allNameWords, best, Set.copyOf(bestName), hit.score));
            }
        }
        // Longest name first claims its words; a shorter name whose words are all claimed is not named,
        // unless an entry already named took them with a name of the same words (a tie, not a part).
        covered.sort(Comparator.comparingInt(Covered::size).reversed()
                .thenComparingInt(Covered::rank)
                .thenComparing(Comparator.comparingDouble(Covered::score).reversed()));
        BitSet claimed = new BitSet();
        List<Covered> taken = new ArrayList<>();
        List<Named> named = new ArrayList<>();
        for (Covered c : covered) {
            BitSet fresh = (BitSet) c.words().clone();
            fresh.andNot(claimed);
            boolean tie = taken.stream().anyMatch(t -> t.words().equals(c.words()) && t.name().equals(c.name()));
            if (fresh.isEmpty() && !tie) {
                continue;
            }
            claimed.or(c.words());
            taken.add(c);
            Document doc = c.doc();
            named.add(new Named(doc.get(Fields.ID), doc.get(Fields.KIND), doc.get(Fields.TITLE), doc.get(Fields.URL),
                    doc.get(Fields.BODY), List.of(doc.get(Fields.NAME_LIST).split(Fields.SEPARATOR, -1)), c.nameWords(),
                    c.words(), c.words().nextSetBit(0)));
        }
        named.sort(Comparator.comparingInt(Named::first));
        return named;
    }

    /** The query words a name takes up, when the query has every word of it. */
    private static Optional<BitSet> cover(QueryWords query, List<String> nameWords, Optional<String> prefix) {
        if (nameWords.isEmpty()) {
            return Optional.empty();
        }
        BitSet used = new BitSet();
        int last = query.words().size() - 1;
        for (String word : nameWords) {
            int found = -1;
            for (int i = 0; i < query.keys().size() && found < 0; i++) {
                if (query.keys().get(i).contains(word)) {
                    found = i;
                }
            }
            if (found < 0 && prefix.isPresent() && word.startsWith(prefix.get()) && !used.get(last)) {
                found = last;
            }
            if (found < 0) {
                return Optional.empty();
            }
            used.set(found);
        }
        return Optional.of(used);
    }

    /** The cards for the named entries: at most {@code max}, with how many passages mention each. */
    static List<EntryCard> cards(IndexReader reader, List<Named> named, int max) throws IOException {
        List<EntryCard> cards = new ArrayList<>();
        for (Named entry : named.subList(0, Math.min(max, named.size()))) {
            int passages = reader.docFreq(new Term(Fields.MENTIONS, entry.id()));
            cards.add(new EntryCard(entry.kind(), entry.id(), entry.title(), entry.url(), entry.summary(), passages));
        }
        return cards;
    }

    /**
     * Concepts, organizations and people whose names are close to the query's words (within a typing
     * error or two, or beginning with one of them), best first: for a reader whose search found nothing.
     */
    static List<EntryCard> close(IndexSearcher searcher, QueryWords query) throws IOException {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        Set<String> seen = new HashSet<>();
        for (List<String> keys : query.keys()) {
            for (String key : keys) {
                if (seen.add(key) && key.length() >= 3 && key.length() <= MAX_CLOSE_LENGTH) {
                    // As many typing errors as a word of its length bears: one up to five letters, then two.
                    any.add(new FuzzyQuery(new Term(Fields.NAMES, key), key.length() <= 5 ? 1 : 2, 1),
                            BooleanClause.Occur.SHOULD);
                    any.add(new PrefixQuery(new Term(Fields.NAMES, key)), BooleanClause.Occur.SHOULD);
                }
            }
        }
        BooleanQuery words = any.build();
        if (words.clauses().isEmpty()) {
            return List.of();
        }
        Query close = new BooleanQuery.Builder().add(words, BooleanClause.Occur.MUST)
                .add(GLOSSARY, BooleanClause.Occur.FILTER).build();
        StoredFields stored = searcher.storedFields();
        List<EntryCard> cards = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(close, CLOSE_NAMES).scoreDocs) {
            Document doc = stored.document(hit.doc);
            cards.add(new EntryCard(doc.get(Fields.KIND), doc.get(Fields.ID), doc.get(Fields.TITLE), doc.get(Fields.URL),
                    doc.get(Fields.BODY), searcher.getIndexReader().docFreq(new Term(Fields.MENTIONS, doc.get(Fields.ID)))));
        }
        return cards;
    }
}
