package org.concordance.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.concordance.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Landing on a search result marks the words searched for in any script (a tester's trial: a
 * paragraph with an ellipsis, an Arabic word with hamza or Korean got no marks, as their folded
 * text is longer than the text; Chinese and Japanese words, which come one character at a time,
 * none at all). A document in those scripts is searched, and its result followed; a related
 * passage's shared words ({@code ?mark=}), folded the same way, are marked there too.
 */
class SearchLandingBrowserTest {
    private static final String DOCUMENT = "/documents/landing-scripts";
    private static TestApp app;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        browser = Browser.launch();
        app = TestApp.start();
        Files.writeString(app.content().resolve("documents/landing-scripts.md"), """
                ---
                title: Landing Scripts
                kind: blog-post
                authors:
                  - Ana López
                accessed: 2026-12-04
                source: landing-scripts.txt
                ---
                The zanzibarian groups trained others… and grew stronger over time.

                تتعاون الجماعات المسلحة فيما بينها، وقد أعلنت إمارة جديدة البيعة لقائد آخر.

                무장 단체들은 서로 협력하며 테러리스트 조직은 자원을 찾는다.

                恐怖组织之间的合作由来已久。弱小的组织寻求资源。

                日本のテロ組織は𠮟られても互いに協力する。

                The groups met in a café, then in the cafe\u0301s of the port, a place of ﬁnding recruits.
                """);
        Files.writeString(app.content().resolve("sources/landing-scripts.txt"), "The text of Landing Scripts.\n");
        app.restart();
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        if (browser != null) {
            browser.close();
        }
    }

    /** Searches for {@code query}, follows its result in the test document, and gives the words marked in the paragraph. */
    private static List<String> landFromSearch(String query, String paragraph, String... expectedHl) {
        Page page = browser.page();
        try {
            page.navigate(app.url("/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));
            var result = page.locator(".result h2 a[href^='" + DOCUMENT + "?'][href$='#" + paragraph + "']");
            String href = URLDecoder.decode(result.first().getAttribute("href"), StandardCharsets.UTF_8);
            // What the server carries: each match as the text has it, a Chinese word one character at a time.
            assertThat(href).as(query).isEqualTo(DOCUMENT + "?" + String.join("&",
                    java.util.Arrays.stream(expectedHl).map(hl -> "hl=" + hl).toList()) + "#" + paragraph);
            result.first().click();
            page.waitForURL(url -> url.endsWith("#" + paragraph));
            return page.locator("#" + paragraph + " mark.search-hit").allTextContents();
        } finally {
            page.context().close();
        }
    }

    /** Lands on {@code address} directly and gives the words marked in {@code paragraph}. */
    private static List<String> land(String address, String paragraph) {
        Page page = browser.page();
        try {
            page.navigate(app.url(DOCUMENT + address));
            return page.locator("#" + paragraph + " mark.search-hit").allTextContents();
        } finally {
            page.context().close();
        }
    }

    @Test
    void aWordIsMarkedInAParagraphWithAnEllipsis() {
        assertThat(landFromSearch("zanzibarian", "p-1", "zanzibarian")).containsExactly("zanzibarian");
    }

    @Test
    void anArabicWordWithHamzaIsMarked() {
        assertThat(landFromSearch("إمارة", "p-2", "إمارة")).containsExactly("إمارة");
    }

    @Test
    void aKoreanWordIsMarkedWholeSyllables() {
        assertThat(landFromSearch("테러리스트", "p-3", "테러리스트")).containsExactly("테러리스트");
        // A syllable is a word of one character, and marks the word it begins, never part of another syllable.
        assertThat(land("?hl=" + URLEncoder.encode("조", StandardCharsets.UTF_8) + "#p-3", "p-3")).containsExactly("조직은");
    }

    @Test
    void chineseAndJapaneseTermsOfOneCharacterAreMarkedInsideTheirRunOfText() {
        assertThat(landFromSearch("恐怖", "p-4", "恐", "怖")).containsExactly("恐", "怖");
        // Mid-sentence, without marking the rest of it; a character outside the BMP whole.
        assertThat(landFromSearch("組織", "p-5", "組", "織")).containsExactly("組", "織");
        assertThat(landFromSearch("テロ", "p-5", "テロ")).containsExactly("テロ");
        assertThat(land("?hl=" + URLEncoder.encode("𠮟", StandardCharsets.UTF_8) + "#p-5", "p-5")).containsExactly("𠮟");
    }

    /** A related passage's shared words ({@code ?mark=}) are folded as a search's are, and marked beside an ellipsis too. */
    @Test
    void aRelatedPassagesSharedWordsAreMarkedInAnyScript() {
        Page page = browser.page();
        try {
            page.navigate(app.url(DOCUMENT + "?mark=zanzibarian%20groups#p-1"));
            assertThat(page.locator("#p-1 mark.related-hit").allTextContents()).containsExactly("zanzibarian groups");
            page.navigate(app.url(DOCUMENT + "?mark=" + URLEncoder.encode("إمارة", StandardCharsets.UTF_8) + "#p-2"));
            assertThat(page.locator("#p-2 mark.related-hit").allTextContents()).containsExactly("إمارة");
        } finally {
            page.context().close();
        }
    }

    @Test
    void latinTextStillFoldsAccentsAndIgnoresSingleLetters() {
        // "cafe" marks "café", and "cafés" written with a combining accent keeps its accent in the mark;
        // a ligature folds to its letters; one Latin letter marks nothing.
        assertThat(land("?hl=cafe&hl=a&hl=finding#p-6", "p-6")).containsExactly("café", "cafe\u0301s", "ﬁnding");
    }
}
