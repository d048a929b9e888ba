package org.concordance.search;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

/**
 * How hits are ordered, as one Lucene query, in tiers that each lift their hits above any score of
 * the tiers below:
 * <ol>
 *   <li>hits with every word of the query ({@link #ALL_WORDS}); a named entry's words count as there
 *       when the hit mentions the entry under any of its names, and a document with every word in its
 *       title, authors or venue is what the query is about and counts {@link #NAMED} more;
 *   <li>within a tier, the named entries themselves and, when the query is made of entry names, the
 *       passages that define the concepts it names ({@link #NAMED});
 *   <li>then BM25 over the words (a note's counting half, see {@link Searchable#weight()}), one word
 *       more for each named entry a passage mentions, and among the best {@link #RESCORED} hits, about
 *       one word more for the words standing near each other.
 * </ol>
 * Plain words find more than they say: every passage mentioning a named entry, whatever name it
 * uses; and a last word that is no word of the library finds the words it begins, worth less than a
 * whole word. Query syntax is taken as written. Thread-safe.
 */
final class Ranking {
    /** Hits with every word come before hits with some: this lifts them above any BM25 score. */
    static final float ALL_WORDS = 1000f;
    /** Above any BM25 score, below {@link #ALL_WORDS}: the defining passage, and the named entry itself. */
    static final float NAMED = 100f;
    /** A passage mentioning a named entry, as much as one matching word. */
    private static final float MENTIONS = 1f;
    /** A word's start matched: less than a whole word. */
    private static final float PREFIX = 0.5f;
    /** How far apart the words of a query may stand and still count as near. */
    private static final int NEAR = 4;
    /**
     * How many of the best hits have their words' nearness added: the only ones it can reorder (it is
     * worth one word, less than any tier), and few enough that it costs nothing to look.
     */
    static final int RESCORED = 50;

    private static final DoubleValuesSource WEIGHTS = DoubleValuesSource.fromFloatField(Fields.WEIGHT);
    private static final DoubleValuesSource ALL_WORDS_WEIGHTS = DoubleValuesSource.fromFloatField(Fields.ALL_WORDS_WEIGHT);

    private final Analyzer plain;
    private final Analyzer phrase;
    private final Analyzer loose = Analysis.query(Synonyms.none(), true);

    /**
     * @param plain the analyzer of plain query words, with the synonyms
     * @param phrase the analyzer of a name as a phrase, without synonyms
     */
    Ranking(Analyzer plain, Analyzer phrase) {
        this.plain = plain;
        this.phrase = phrase;
    }

    /**
     * How much an entry with every word of the query counts, times {@link #ALL_WORDS}: a document
     * counts as a named entry more; a relation as much less, so it follows the passages with every
     * word (among them the one that states it, which its page only quotes) and precedes those with
     * some. Stored with each entry at indexing, read back as a doc value.
     */
    static float allWordsWeight(Searchable entry) {
        return switch (entry.kind()) {
            case Searchable.DOCUMENT -> 1 + NAMED / ALL_WORDS;
            case Searchable.RELATION -> 1 - NAMED / ALL_WORDS;
            default -> 1;
        };
    }

    /**
     * What to run and what to mark.
     *
     * @param ranked the query that finds and orders the hits
     * @param near the words near each other, to add to the scores of the best hits ({@link #RESCORED})
     * @param allWords the score from which a hit has every word (0 when every hit has)
     * @param marked what snippets mark: the words, and the other names of the named concepts
     */
    record Plan(Query ranked, Optional<Query> near, float allWords, Query marked) {
    }

    /**
     * @param translation the parsed query
     * @param words the words asked for
     * @param named the entries the query names
     * @param prefix the last word read as a word's start, when it is no word of the library
     */
    Plan plan(QueryTranslator.Translation translation, QueryWords words, List<NamedEntries.Named> named,
            Optional<String> prefix) {
        Query any = translation.anyTerms();
        Query all = translation.allTerms();
        Optional<Query> near = Optional.empty();
        // One word (or one phrase): every hit has all the words, and counts as complete.
        boolean oneWord = any.equals(all);
        if (words.plain() && translation.notice().isEmpty()) {
            Optional<Query> start = prefix.map(p -> new PrefixQuery(new Term(Fields.ALL, p)));
            BooleanQuery.Builder found = new BooleanQuery.Builder().add(any, BooleanClause.Occur.SHOULD);
            for (NamedEntries.Named entry : named) {
                found.add(new BoostQuery(new ConstantScoreQuery(mentions(entry)), MENTIONS), BooleanClause.Occur.SHOULD);
            }
            start.ifPresent(q -> found.add(new BoostQuery(new ConstantScoreQuery(q), PREFIX), BooleanClause.Occur.SHOULD));
            any = found.build();
            all = allWords(words, named, start);
            near = near(words);
            oneWord = IntStream.range(0, words.words().size()).filter(words::content).count() == 1;
        }
        BooleanQuery.Builder ranked = new BooleanQuery.Builder()
                .add(FunctionScoreQuery.boostByValue(any, WEIGHTS), BooleanClause.Occur.MUST);
        // Even for one word, where every hit has all the words: the lift also sets documents before and relations after the rest.
        ranked.add(new BoostQuery(FunctionScoreQuery.boostByValue(new ConstantScoreQuery(all), ALL_WORDS_WEIGHTS),
                ALL_WORDS), BooleanClause.Occur.SHOULD);
        if (!named.isEmpty()) {
            List<BytesRef> ids = named.stream().map(n -> new BytesRef(n.id())).toList();
            ranked.add(new BoostQuery(new ConstantScoreQuery(new TermInSetQuery(Fields.ID, ids)), NAMED),
                    BooleanClause.Occur.SHOULD);
            if (madeOfNames(words, named)) {
                ranked.add(new BoostQuery(new ConstantScoreQuery(new TermInSetQuery(Fields.DEFINES, ids)), NAMED),
                        BooleanClause.Occur.SHOULD);
            }
        }
        // The least a hit with every word scores: a relation's share of the all-words lift.
        return new Plan(ranked.build(), near, oneWord ? 0 : ALL_WORDS - NAMED, marked(any, words, named));
    }

    /** The words, and the other names of the concepts named: a passage may name one otherwise than typed. */
    private Query marked(Query any, QueryWords words, List<NamedEntries.Named> named) {
        BooleanQuery.Builder marked = new BooleanQuery.Builder().add(any, BooleanClause.Occur.SHOULD);
        Set<String> typed = new HashSet<>();
        words.keys().forEach(typed::addAll);
        QueryBuilder names = new QueryBuilder(phrase);
        for (NamedEntries.Named entry : named) {
            // An actor's other names are already synonyms of the words typed; a concept's are not.
            if (!entry.kind().equals(Searchable.CONCEPT)) {
                continue;
            }
            for (int i = 0; i < entry.names().size(); i++) {
                Query query = typed.containsAll(entry.nameWords().get(i)) ? null
                        : names.createPhraseQuery(Fields.ALL, entry.names().get(i));
                if (query != null) {
                    marked.add(query, BooleanClause.Occur.SHOULD);
                }
            }
        }
        return marked.build();
    }

    /** The query's words near each other, in order, as a reader would write them: scored like one more word. */
    private Optional<Query> near(QueryWords words) {
        List<String> content = new ArrayList<>();
        for (int i = 0; i < words.words().size(); i++) {
            if (words.content(i)) {
                content.add(words.words().get(i));
            }
        }
        if (content.size() < 2) {
            return Optional.empty();
        }
        return Optional.ofNullable(new QueryBuilder(loose).createPhraseQuery(Fields.ALL, String.join(" ", content), NEAR));
    }

    /** A named entry's passages: those that mention it, and the entry itself. */
    private static Query mentions(NamedEntries.Named entry) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.MENTIONS, entry.id())), BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term(Fields.ID, entry.id())), BooleanClause.Occur.SHOULD)
                .build();
    }

    /**
     * Every word there: each named entry by one of its names or a mention, each other word as itself
     * (or, for the last, its start).
     */
    private Query allWords(QueryWords words, List<NamedEntries.Named> named, Optional<Query> start) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        BitSet claimed = new BitSet();
        QueryBuilder builder = new QueryBuilder(plain);
        for (NamedEntries.Named entry : named) {
            List<String> typed = new ArrayList<>();
            entry.words().stream().forEach(i -> typed.add(words.words().get(i)));
            BooleanQuery.Builder either = new BooleanQuery.Builder()
                    .add(mentions(entry), BooleanClause.Occur.SHOULD);
            Query asTyped = builder.createBooleanQuery(Fields.ALL, String.join(" ", typed), BooleanClause.Occur.MUST);
            if (asTyped != null) {
                either.add(asTyped, BooleanClause.Occur.SHOULD);
            }
            all.add(either.build(), BooleanClause.Occur.MUST);
            claimed.or(entry.words());
        }
        int last = words.words().size() - 1;
        for (int i = 0; i < words.words().size(); i++) {
            if (claimed.get(i) || !words.content(i)) {
                continue;
            }
            Query word = builder.createBooleanQuery(Fields.ALL, words.words().get(i), BooleanClause.Occur.MUST);
            if (i == last && start.isPresent()) {
                BooleanQuery.Builder either = new BooleanQuery.Builder().add(start.get(), BooleanClause.Occur.SHOULD);
                if (word != null) {
                    either.add(word, BooleanClause.Occur.SHOULD);
                }
                word = either.build();
            }
            if (word != null) {
                all.add(word, BooleanClause.Occur.MUST);
            }
        }
        BooleanQuery built = all.build();
        return built.clauses().isEmpty() ? new MatchNoDocsQuery() : built;
    }

    /** Whether every word that carries meaning belongs to a named entry's name. */
    private static boolean madeOfNames(QueryWords words, List<NamedEntries.Named> named) {
        BitSet claimed = new BitSet();
        named.forEach(n -> claimed.or(n.words()));
        for (int i = 0; i < words.words().size(); i++) {
            if (words.content(i) && !claimed.get(i)) {
                return false;
            }
        }
        return true;
    }
}
