package org.concordance.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A text analysed once and replayed into several fields gives each field what analysing the text
 * there would: the same terms, positions and offsets, for one text, for texts joined by newlines,
 * and for the words as written alone.
 */
class TokensTest {
    private static Analyzer prose;
    private static Analyzer words;

    @BeforeAll
    static void analyzers() {
        prose = Analysis.index();
        words = Analysis.words();
    }

    @AfterAll
    static void close() {
        prose.close();
        words.close();
    }

    /** One token as the index reads it. */
    record Token(String term, int increment, int start, int end) {
    }

    static Stream<List<String>> texts() {
        String longWord = "x".repeat(300);
        return Stream.of(
                List.of("Hezbollah's cooperation with Amal, 1982\u20131990"),
                List.of("", "", "", "", ""),
                List.of("Allies \u201Cpoised\u201D to help", "", "D. Byman\nAnna van de Velde", "", "co\u00ADoperation isn\u2019t"),
                List.of("Lashkar-e-Jhangvi \u2011 Tehrik\u2010i\u2010Taliban", "Section 2", "", "AQ\nal-Qa\u2019ida",
                        "The group\u2019s leaders pledged bay\u2019a: caf\u00E9 na\u00EFve \u00C5land."),
                List.of("\u062D\u0632\u0628 \u0627\u0644\u0644\u0647", "\u4E2D\u6587\u7684\u6587\u672C", "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 family",
                        "\u0394\u03B7\u03BC\u03BF\u03BA\u03C1\u03B1\u03C4\u03AF\u03B1 \u041C\u043E\u0441\u043A\u0432\u0430", ""),
                List.of("see https://example.org/reports/Byman_2012.pdf and www.rand.org", longWord + " after " + longWord,
                        "   ", "\t\n", "ends with a soft hyphen\u00AD"),
                List.of("", "only the last", "", "", "running running runs ran"),
                List.of("Hez\u200Ebollah \u202Ealliance\u202C", "al\u2066liance\u2069 \uFEFFrunning\u2060s",
                        "\u200F\u062D\u0632\u0628\u200C\u0627\u0644\u0644\u0647"));
    }

    @ParameterizedTest
    @MethodSource("texts")
    void aTextReplayedIsTheTextAnalysed(List<String> texts) throws IOException {
        for (String text : texts) {
            assertEquals(analysed(prose, text), read(Tokens.of(prose, Fields.BODY, text).replay()), text);
        }
    }

    @ParameterizedTest
    @MethodSource("texts")
    void textsReplayedTogetherAreTheirJoinAnalysed(List<String> texts) throws IOException {
        List<Tokens> kept = texts.stream().map(text -> Tokens.of(prose, Fields.ALL, text)).toList();
        String joined = String.join("\n", texts);
        assertEquals(analysed(prose, joined), read(Tokens.replay(kept, false)), joined);
        assertEquals(analysed(words, joined), read(Tokens.replay(kept, true)), joined);
    }

    @ParameterizedTest
    @MethodSource("texts")
    void theWordsAsWrittenAreFewerThanTheTokensWhenAWordHasAStem(List<String> texts) throws IOException {
        // Guards the test above against comparing two empty lists: stems are there, and are left out.
        List<Tokens> kept = texts.stream().map(text -> Tokens.of(prose, Fields.ALL, text)).toList();
        List<Token> all = read(Tokens.replay(kept, false));
        List<Token> asWritten = read(Tokens.replay(kept, true));
        if (String.join(" ", texts).contains("running")) {
            assertFalse(asWritten.isEmpty());
            assertTrue(all.size() > asWritten.size(), "stems are left out of the words as written");
        }
    }

    private static List<Token> analysed(Analyzer analyzer, String text) throws IOException {
        try (TokenStream stream = analyzer.tokenStream(Fields.ALL, text)) {
            return read(stream);
        }
    }

    private static List<Token> read(TokenStream stream) throws IOException {
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
        OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
        List<Token> tokens = new ArrayList<>();
        stream.reset();
        while (stream.incrementToken()) {
            tokens.add(new Token(term.toString(), increment.getPositionIncrement(), offset.startOffset(), offset.endOffset()));
        }
        stream.end();
        // What ends a field: where its last offset lies and any positions skipped at its end.
        tokens.add(new Token("(end)", increment.getPositionIncrement(), offset.startOffset(), offset.endOffset()));
        stream.close();
        return tokens;
    }
}
