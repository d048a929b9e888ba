package org.concordance.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns what a reader typed into Lucene queries. Never throws for any text: whatever is not valid
 * syntax is searched as its literal words, with a notice saying so.
 *
 * <p>Thread-safe: a new parser is made for each query (the classic parser is not thread-safe).
 */
final class QueryTranslator {
    /** Longer text is not parsed: it is pasted prose, not a query, and would make huge queries. */
    static final int MAX_QUERY_CHARS = 500;
    static final int MAX_LITERAL_WORDS = 32;

    static final String NOT_SYNTAX = "Your search was not valid query syntax, so its words were searched as plain text.";
    static final String TOO_LONG = "Your search was long, so only its first " + MAX_LITERAL_WORDS
            + " words were searched.";
    static final String LONG = "Your search was long, so its words were searched as plain text.";

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}'\u2019]*");
    /** A hyphenated word standing alone, possibly after an operator or field: searched as a phrase. */
    private static final Pattern HYPHENATED = Pattern.compile(
            "(?<=^|[\\s(:+\\-])([\\p{L}\\p{N}]+(?:[-\u2010\u2011][\\p{L}\\p{N}]+)+)(?=$|[\\s)])");

    private final Analyzer plain;
    private final Analyzer phrase;

    QueryTranslator(Synonyms synonyms) {
        this.plain = Analysis.query(synonyms, true);
        this.phrase = Analysis.query(synonyms, false);
    }

    /**
     * A query in two forms: any of the words, and all of them; plus a notice when the text was not
     * searched as written.
     */
    record Translation(Query anyTerms, Query allTerms, Optional<String> notice, List<String> words) {
    }

    Translation translate(String text) {
        List<String> words = words(text);
        if (text.length() > MAX_QUERY_CHARS) {
            // Cut to its first words only when it had more; a long word or two was searched whole.
            return literal(words, words(text, MAX_LITERAL_WORDS + 1).size() > MAX_LITERAL_WORDS ? TOO_LONG : LONG);
        }
        if (text.codePoints().anyMatch(c -> Character.isISOControl(c) && !Character.isWhitespace(c))) {
            return literal(words, NOT_SYNTAX);
        }
        try {
            String prepared = quoteHyphenated(text.replace('\u201C', '"').replace('\u201D', '"'));
            Query any = parse(QueryParser.Operator.OR, prepared);
            Query all = parse(QueryParser.Operator.AND, prepared);
            return new Translation(any, all, Optional.empty(), words);
        } catch (ParseException | RuntimeException e) {
            // RuntimeException too: a wildcard can be too complex to build, a query too large.
            return literal(words, NOT_SYNTAX);
        }
    }

    /** The words of the text, ignoring all syntax, at most {@value #MAX_LITERAL_WORDS} distinct ones. */
    static List<String> words(String text) {
        return words(text, MAX_LITERAL_WORDS);
    }

    /** The words of the text, ignoring all syntax, at most {@code most} distinct ones. */
    private static List<String> words(String text, int most) {
        Set<String> words = new LinkedHashSet<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find() && words.size() < most) {
            String word = matcher.group();
            if (!word.equals("AND") && !word.equals("OR") && !word.equals("NOT")) {
                words.add(word);
            }
        }
        return List.copyOf(words);
    }

    Translation literal(List<String> words, String notice) {
        String text = String.join(" ", words);
        QueryBuilder builder = new QueryBuilder(plain);
        Query any = builder.createBooleanQuery(Fields.ALL, text, BooleanClause.Occur.SHOULD);
        Query all = builder.createBooleanQuery(Fields.ALL, text, BooleanClause.Occur.MUST);
        return new Translation(any == null ? new MatchNoDocsQuery() : any,
                all == null ? new MatchNoDocsQuery() : all, Optional.of(notice), words);
    }

    private static String quoteHyphenated(String text) {
        String[] parts = text.split("\"", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                out.append('"');
            }
            // Even parts are outside quotes.
            out.append(i % 2 == 0 ? HYPHENATED.matcher(parts[i]).replaceAll("\"$1\"") : parts[i]);
        }
        return out.toString();
    }

    /**
     * Parses the text; {@code doc:} clauses at the top level restrict the other clauses rather than
     * adding hits, as a reader who names a document expects.
     */
    private Query parse(QueryParser.Operator operator, String text) throws ParseException {
        Parser parser = parser(operator);
        Query query = parser.parse(text);
        if (query instanceof BooleanQuery bool && !parser.documentClauses.isEmpty()) {
            BooleanQuery.Builder restricted = new BooleanQuery.Builder();
            boolean other = false;
            boolean required = false;
            boolean optional = false;
            for (BooleanClause clause : bool.clauses()) {
                boolean document = parser.documentClauses.contains(clause.getQuery())
                        && clause.getOccur() != BooleanClause.Occur.MUST_NOT;
                other |= !document && clause.getOccur() != BooleanClause.Occur.MUST_NOT;
                restricted.add(clause.getQuery(), document ? BooleanClause.Occur.FILTER : clause.getOccur());
                required |= !document && (clause.getOccur() == BooleanClause.Occur.MUST
                        || clause.getOccur() == BooleanClause.Occur.FILTER);
                optional |= !document && clause.getOccur() == BooleanClause.Occur.SHOULD;
            }
            // Without a required clause the optional ones chose the hits; with the filter they still must.
            int minimum = bool.getMinimumNumberShouldMatch();
            restricted.setMinimumNumberShouldMatch(optional && !required ? Math.max(1, minimum) : minimum);
            return other ? restricted.build() : query;
        }
        return query;
    }

    private Parser parser(QueryParser.Operator operator) {
        Parser parser = new Parser();
        parser.setDefaultOperator(operator);
        parser.setSplitOnWhitespace(false);
        parser.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        parser.setAllowLeadingWildcard(false);
        parser.setFuzzyPrefixLength(1);
        // Expanded to plain words, so highlighting needs no second expansion per hit; a prefix of more
        // than 1024 words fails, and is then searched as a plain word.
        parser.setMultiTermRewriteMethod(MultiTermQuery.CONSTANT_SCORE_BOOLEAN_REWRITE);
        return parser;
    }

    /** The classic parser with the library's fields, and quoted phrases keeping their stop words. */
    private final class Parser extends QueryParser {
        /** The {@code doc:} queries made, compared by identity. */
        final Set<Query> documentClauses = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

        Parser() {
            super(Fields.ALL, plain);
        }

        @Override
        protected Query newFieldQuery(Analyzer analyzer, String field, String queryText, boolean quoted)
                throws ParseException {
            return super.newFieldQuery(quoted ? phrase : plain, field, queryText, quoted);
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
            if (field.equals(Fields.ALL)) {
                return super.getFieldQuery(field, queryText, quoted);
            }
            String name = field.toLowerCase(Locale.ROOT);
            if (name.equals("doc") || name.equals("document")) {
                // A slug, or words of the document's title.
                BooleanQuery.Builder either = new BooleanQuery.Builder();
                either.add(new TermQuery(new Term(Fields.DOC, queryText.strip().toLowerCase(Locale.ROOT))),
                        BooleanClause.Occur.SHOULD);
                Query title = super.getFieldQuery(Fields.DOC_TITLE, queryText, quoted);
                if (title != null) {
                    either.add(title, BooleanClause.Occur.SHOULD);
                }
                Query document = either.build();
                documentClauses.add(document);
                return document;
            }
            Optional<String> known = known(name);
            if (known.isPresent()) {
                return super.getFieldQuery(known.get(), queryText, quoted);
            }
            // "Note: something" was not meant as a field: search both words.
            return super.getFieldQuery(Fields.ALL, field + " " + queryText, quoted);
        }

        @Override
        protected Query getPrefixQuery(String field, String termStr) throws ParseException {
            return super.getPrefixQuery(multiTermField(field), termStr);
        }

        @Override
        protected Query getWildcardQuery(String field, String termStr) throws ParseException {
            return super.getWildcardQuery(multiTermField(field), termStr);
        }

        @Override
        protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
            return super.getFuzzyQuery(multiTermField(field), termStr, minSimilarity);
        }

        @Override
        protected Query getRegexpQuery(String field, String termStr) throws ParseException {
            throw new ParseException("regular expressions are not offered");
        }

        @Override
        protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
                boolean endInclusive) throws ParseException {
            throw new ParseException("ranges are not offered");
        }

        private String multiTermField(String field) {
            String name = field.toLowerCase(Locale.ROOT);
            if (name.equals("doc") || name.equals("document")) {
                return Fields.DOC_TITLE;
            }
            return known(name).orElse(Fields.ALL);
        }

        private Optional<String> known(String name) {
            return switch (name) {
                case "title" -> Optional.of(Fields.TITLE);
                case "author", "authors", "by" -> Optional.of(Fields.AUTHORS);
                case "all", "text" -> Optional.of(Fields.ALL);
                default -> Optional.empty();
            };
        }
    }
}
