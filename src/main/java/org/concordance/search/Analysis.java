package org.concordance.search;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.KeywordRepeatFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The analysis chains for English prose.
 *
 * <p>Indexing keeps every word, stop words included, and stores each word twice at one position: as
 * written (folded to lower-case ASCII) and stemmed. Stems let "cooperating" find "cooperation"; the
 * words as written let {@code cooperation*} and {@code Hezbolah~} match real words. Stop words stay in
 * the index so that phrases and multi-word names ("Revolutionary Armed Forces of Colombia") match
 * exactly; plain query words drop them instead.
 *
 * <p>The standard tokenizer splits hyphenated names into their parts, so "Jhangvi" finds
 * "Lashkar-e-Jhangvi"; the query parser searches a hyphenated word as a phrase of its parts, so the
 * whole name finds it too.
 */
final class Analysis {
    static final CharArraySet STOP_WORDS = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;

    /**
     * Words a plain query drops: Lucene's English stop words, and the words that make a question of
     * a reader's search ("how did the IRA raise money"), which no passage answers by repeating.
     * Lower-case, and matched case-sensitively, so the abbreviation "IS" is not the word "is".
     */
    static final CharArraySet QUERY_STOP_WORDS = queryStopWords();

    private static final NormalizeCharMap TYPOGRAPHY = typography();

    private Analysis() {
    }

    private static CharArraySet queryStopWords() {
        CharArraySet words = new CharArraySet(STOP_WORDS, false);
        words.addAll(List.of("what", "which", "who", "whom", "whose", "why", "how", "where", "when", "do", "does",
                "did", "done", "doing", "can", "could", "should", "would", "might", "must", "shall", "has", "have",
                "had", "having", "am", "been", "being", "i", "me", "my", "we", "us", "our", "you", "your", "he", "him",
                "his", "she", "her", "its", "them", "those", "from", "about", "so", "up"));
        return CharArraySet.unmodifiableSet(words);
    }

    /** An abbreviation typed in capitals ("IS", "AQ"): never dropped as a stop word, whatever its lower case. */
    static boolean isCapitals(CharSequence word) {
        if (word.length() < 2) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isUpperCase(c) && !Character.isDigit(c)) {
                return false;
            }
        }
        return Character.isUpperCase(word.charAt(0));
    }

    private static NormalizeCharMap typography() {
        NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
        for (String apostrophe : new String[] {"\u2019", "\u2018", "\u201B", "\u02BC", "\u2032", "\uFF07"}) {
            map.add(apostrophe, "'");
        }
        for (String quote : new String[] {"\u201C", "\u201D", "\u201E", "\u201F", "\u2033", "\u00AB", "\u00BB"}) {
            map.add(quote, "\"");
        }
        for (String hyphen : new String[] {"\u2010", "\u2011"}) {
            map.add(hyphen, "-");
        }
        map.add("\u00AD", "");
        // Directional marks, embeddings, overrides and isolates, the word joiner and the byte-order
        // mark change how a word is shown, never which word it is: a name pasted from a right-to-left
        // page ("Hez\u200Ebollah") or a query typed after an override finds the word without them.
        // Joiners (U+200C, U+200D) stay: Persian and Indic spellings differ by them.
        for (int invisible : new int[] {0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2060,
                0x2066, 0x2067, 0x2068, 0x2069, 0xFEFF}) {
            map.add(Character.toString(invisible), "");
        }
        return map.build();
    }

    static Reader normalizeTypography(Reader reader) {
        return new MappingCharFilter(TYPOGRAPHY, reader);
    }

    /** The start of every chain: possessives dropped ("group's" is "group"), accents folded ("café" is "cafe"). */
    private static TokenStream folded(Tokenizer source) {
        return new ASCIIFoldingFilter(new EnglishPossessiveFilter(source));
    }

    /** The chain every indexed prose field uses. */
    static Analyzer index() {
        return new ProseAnalyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = folded(source);
                stream = new LowerCaseFilter(stream);
                stream = new KeywordRepeatFilter(stream);
                stream = new PorterStemFilter(stream);
                stream = new RemoveDuplicatesTokenFilter(stream);
                return new TokenStreamComponents(source, stream);
            }
        };
    }

    /**
     * Words as written, folded and lower-cased: what {@link Fields#WORDS} holds, for "did you mean" and
     * frequent terms. The index takes them from {@link #index()}'s words as written ({@link Tokens}),
     * analysing each text once; {@code TokensTest} checks that the two agree.
     */
    static Analyzer words() {
        return new ProseAnalyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = folded(source);
                stream = new LowerCaseFilter(stream);
                return new TokenStreamComponents(source, stream);
            }
        };
    }

    /**
     * Words as the texts write them, before folding and lower-casing, possessives dropped: what
     * {@link WrittenForms} keeps of the words that {@link #words()} folds.
     */
    static Analyzer spelled() {
        return new ProseAnalyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new EnglishPossessiveFilter(source));
            }
        };
    }

    /**
     * The chain for query text.
     *
     * @param dropStopWords true for plain words, false inside a quoted phrase
     */
    static Analyzer query(Synonyms synonyms, boolean dropStopWords) {
        Set<String> capitals = synonyms.capitalsOnly();
        SynonymMap map = synonyms.map();
        return new ProseAnalyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = folded(source);
                stream = new LowerCaseExcept(stream, capitals);
                if (dropStopWords) {
                    // Before the synonyms, and case-sensitive, so "is" goes and "IS" stays to be expanded.
                    stream = new StopFilter(stream, QUERY_STOP_WORDS);
                }
                if (map != null) {
                    stream = new SynonymGraphFilter(stream, map, false);
                }
                stream = new LowerCaseFilter(stream);
                stream = new PorterStemFilter(stream);
                return new TokenStreamComponents(source, stream);
            }
        };
    }

    /**
     * The words of a name, or of a query, as they are compared to tell whether a query names an
     * entry: folded, stemmed, and without stop words, except abbreviations in capitals ("IS" is kept,
     * "is" dropped). "Pledges of allegiance" and "pledge of allegiance" give the same words.
     */
    static Analyzer names() {
        return new ProseAnalyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = folded(source);
                stream = new StopUnlessCapitals(stream);
                stream = new LowerCaseFilter(stream);
                stream = new PorterStemFilter(stream);
                return new TokenStreamComponents(source, stream);
            }
        };
    }

    /** The words of {@code text} through {@link #names()}: the comparable words of a name or query. */
    static List<String> nameWords(Analyzer names, String text) {
        return terms(names, Fields.NAMES, text);
    }

    /** The terms {@code analyzer} makes of {@code text} for {@code field}, in order. */
    static List<String> terms(Analyzer analyzer, String field, String text) {
        List<String> words = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse " + text, e);
        }
        return words;
    }

    /**
     * What a synonym group member goes through to become a key of the synonym map: as a phrase keeps
     * it, or as plain query words leave it ({@code dropStopWords}).
     */
    static Analyzer beforeSynonyms(Set<String> capitals, boolean dropStopWords) {
        return new ProseAnalyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = folded(source);
                stream = new LowerCaseExcept(stream, capitals);
                if (dropStopWords) {
                    stream = new StopFilter(stream, QUERY_STOP_WORDS);
                }
                return new TokenStreamComponents(source, stream);
            }
        };
    }

    /** Shared by every chain: typographic marks normalised first, and the same for wildcard terms. */
    private abstract static class ProseAnalyzer extends Analyzer {
        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return normalizeTypography(reader);
        }

        @Override
        protected Reader initReaderForNormalization(String fieldName, Reader reader) {
            return normalizeTypography(reader);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LowerCaseFilter(new ASCIIFoldingFilter(in));
        }
    }

    /** Drops stop words, unless typed as an abbreviation in capitals. */
    private static final class StopUnlessCapitals extends org.apache.lucene.analysis.FilteringTokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        StopUnlessCapitals(TokenStream input) {
            super(input);
        }

        @Override
        protected boolean accept() {
            return isCapitals(term) || !QUERY_STOP_WORDS.contains(term.toString().toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** Lower-cases every token but the capitals-only abbreviations, which must keep their case. */
    private static final class LowerCaseExcept extends TokenFilter {
        private final Set<String> keep;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        LowerCaseExcept(TokenStream input, Set<String> keep) {
            super(input);
            this.keep = keep;
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            if (keep.isEmpty() || !keep.contains(term.toString())) {
                char[] buffer = term.buffer();
                for (int i = 0; i < term.length(); ) {
                    int code = Character.codePointAt(buffer, i, term.length());
                    i += Character.toChars(Character.toLowerCase(code), buffer, i);
                }
            }
            return true;
        }
    }
}
