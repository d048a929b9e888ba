package org.concordance.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The tokens of one text through one analysis chain, kept so that one analysis feeds several fields,
 * and so that texts can be analysed on other threads than the one that adds them to the index
 * ({@code IndexStore}). A passage's body is searched in three fields (its own, all its text, and its
 * words as written), and was analysed once for each. Each token keeps what the index reads of it:
 * its term, its position increment, its offsets in the text, and whether it is the word as written
 * ({@link KeywordAttribute}: the chain of {@link Analysis#index()} gives each word as written, then
 * its stem at the same position).
 *
 * <p>{@link #replay} gives back what analysing the texts joined by a newline would give, tokens,
 * positions and offsets alike: a newline always ends a word, so no token spans two texts.
 */
final class Tokens {
    private static final Tokens NONE = new Tokens(0, new char[0][], new int[0], new int[0], new int[0], new boolean[0]);

    /** The length of the text these are the tokens of, in chars. */
    private final int length;
    private final char[][] terms;
    private final int[] increments;
    private final int[] starts;
    private final int[] ends;
    private final boolean[] asWritten;

    private Tokens(int length, char[][] terms, int[] increments, int[] starts, int[] ends, boolean[] asWritten) {
        this.length = length;
        this.terms = terms;
        this.increments = increments;
        this.starts = starts;
        this.ends = ends;
        this.asWritten = asWritten;
    }

    /**
     * {@code text} through {@code analyzer} as field {@code field} analyses it.
     *
     * @throws UncheckedIOException never in practice: the text is in memory
     */
    static Tokens of(Analyzer analyzer, String field, String text) {
        if (text.isEmpty()) {
            return NONE;
        }
        int capacity = 16;
        char[][] terms = new char[capacity][];
        int[] increments = new int[capacity];
        int[] starts = new int[capacity];
        int[] ends = new int[capacity];
        boolean[] asWritten = new boolean[capacity];
        int count = 0;
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            KeywordAttribute keyword = stream.addAttribute(KeywordAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (count == capacity) {
                    capacity *= 2;
                    terms = Arrays.copyOf(terms, capacity);
                    increments = Arrays.copyOf(increments, capacity);
                    starts = Arrays.copyOf(starts, capacity);
                    ends = Arrays.copyOf(ends, capacity);
                    asWritten = Arrays.copyOf(asWritten, capacity);
                }
                terms[count] = Arrays.copyOf(term.buffer(), term.length());
                increments[count] = increment.getPositionIncrement();
                starts[count] = offset.startOffset();
                ends[count] = offset.endOffset();
                asWritten[count] = keyword.isKeyword();
                count++;
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse a text of " + text.length() + " characters", e);
        }
        return new Tokens(text.length(), Arrays.copyOf(terms, count), Arrays.copyOf(increments, count),
                Arrays.copyOf(starts, count), Arrays.copyOf(ends, count), Arrays.copyOf(asWritten, count));
    }

    /** The tokens of this text alone, as its own analysis gave them. */
    TokenStream replay() {
        return replay(List.of(this), false);
    }

    /**
     * The tokens of {@code texts} joined by a newline, as analysing the joined text would give them.
     *
     * @param onlyAsWritten only the words as written, without their stems: what {@link Analysis#words()}
     *     gives of the same text
     */
    static TokenStream replay(List<Tokens> texts, boolean onlyAsWritten) {
        return new Replay(texts, onlyAsWritten);
    }

    /** Reads the kept tokens back, each text's offsets moved by the length of the texts before it. */
    private static final class Replay extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final List<Tokens> texts;
        private final boolean onlyAsWritten;
        private int text;
        private int token;
        /** Where the current text starts in the joined one. */
        private int base;
        private int end;
        private int skipped;

        Replay(List<Tokens> texts, boolean onlyAsWritten) {
            this.texts = texts;
            this.onlyAsWritten = onlyAsWritten;
        }

        @Override
        public boolean incrementToken() {
            while (text < texts.size()) {
                Tokens current = texts.get(text);
                while (token < current.terms.length) {
                    int at = token++;
                    if (onlyAsWritten && !current.asWritten[at]) {
                        // A stem shares its word's position; should one ever move on, the next word keeps the gap.
                        skipped += current.increments[at];
                        continue;
                    }
                    clearAttributes();
                    term.copyBuffer(current.terms[at], 0, current.terms[at].length);
                    increment.setPositionIncrement(current.increments[at] + skipped);
                    skipped = 0;
                    offset.setOffset(base + current.starts[at], base + current.ends[at]);
                    return true;
                }
                base += current.length + 1;
                text++;
                token = 0;
            }
            return false;
        }

        @Override
        public void end() throws IOException {
            super.end();
            // As the tokenizer ends: at the end of the joined text.
            offset.setOffset(end, end);
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            text = 0;
            token = 0;
            base = 0;
            skipped = 0;
            int length = -1;
            for (Tokens one : texts) {
                length += one.length + 1;
            }
            end = Math.max(0, length);
        }
    }
}
