package org.concordance.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thousands of random and hostile query strings from a seeded generator: none may throw, and every
 * snippet must be escaped text with only {@code <mark>} tags in it. A failure names its seed and case.
 */
class HostileQueryTest {
    private static final long SEED = 20261122L;
    private static final int CASES = 4000;

    private static final List<String> FRAGMENTS = List.of(
            "\"", "(", ")", "[", "]", "{", "}", "*", "?", "~", "^", ":", "\\", "/", "+", "-", "!", "&&", "||",
            "AND", "OR", "NOT", "TO", "title:", "author:", "doc:", "kind:", "*:*", "~2", "^10", "<script>",
            "</mark>", "<mark>", "&amp;", "'", "’", "“", "”", "é", "ß", "İ", "ﬁ", "\u0000", "\u0007", "\u001B",
            "\u200B", "\u202E", "\uFEFF", "\uD83D\uDE00", "\uD800", "中文", "عربي", "  ", "\t", "\n",
            "Hezbollah", "IS", "is", "AQ", "al-Qaeda", "Lashkar-e-Jhangvi", "cooperation", "safe haven", "a*",
            "Hezbolah~", "\"safe", "http://example.org", "%00", "${x}", "' OR 1=1 --");

    @TempDir
    static Path folder;
    private static SearchIndex index;

    @BeforeAll
    static void open() {
        index = TestLibrary.open(folder);
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @Test
    void noGeneratedQueryThrowsAndEverySnippetIsEscaped() {
        Random random = new Random(SEED);
        for (int i = 0; i < CASES; i++) {
            String text = generate(random);
            Optional<String> kind = random.nextInt(5) == 0 ? Optional.of(pick(random, List.of("note", "paragraph", "concept", "relation", "<x>"))) : Optional.empty();
            Optional<String> document = random.nextInt(5) == 0 ? Optional.of(generate(random)) : Optional.empty();
            SearchRequest request = new SearchRequest(text, document, kind, 1 + random.nextInt(3), 1 + random.nextInt(100),
                    random.nextBoolean());
            SearchResults results;
            try {
                results = index.search(request);
                index.suggest(text, 1 + random.nextInt(10));
            } catch (RuntimeException e) {
                throw new AssertionError("seed " + SEED + ", case " + i + " threw for " + describe(text), e);
            }
            assertThat(results.query()).isEqualTo(text);
            for (SearchHit hit : results.hits()) {
                String unmarked = hit.snippetHtml().replace("<mark>", "").replace("</mark>", "");
                assertThat(unmarked).as("case %d: %s", i, describe(text)).doesNotContain("<", ">", "\"");
            }
        }
    }

    @Test
    void tenKilobytesOfRandomCharactersAreSearchedWithANotice() {
        Random random = new Random(SEED);
        StringBuilder text = new StringBuilder();
        while (text.length() < 10_240) {
            text.appendCodePoint(random.nextInt(0x3000));
        }
        SearchResults results = index.search(SearchRequest.of(text.toString()));
        assertThat(results.notice()).isPresent();
    }

    private static String generate(Random random) {
        StringBuilder text = new StringBuilder();
        int parts = random.nextInt(8);
        for (int i = 0; i < parts; i++) {
            switch (random.nextInt(4)) {
                case 0 -> text.append(pick(random, FRAGMENTS));
                case 1 -> text.append(pick(random, FRAGMENTS)).append(' ');
                case 2 -> {
                    for (int j = random.nextInt(6); j >= 0; j--) {
                        text.appendCodePoint(random.nextInt(random.nextBoolean() ? 128 : 0x10FFFF));
                    }
                }
                default -> text.append("word").append(random.nextInt(50)).append(' ');
            }
        }
        return text.toString();
    }

    private static String pick(Random random, List<String> from) {
        return from.get(random.nextInt(from.size()));
    }

    private static String describe(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> out.append(c < 32 || c > 126 ? String.format("\\u{%x}", c) : Character.toString(c)));
        return out.toString();
    }
}
