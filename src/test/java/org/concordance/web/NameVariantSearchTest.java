package org.concordance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.concordance.TestApp;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A name's word spelled two ways by the name's variants (Al Qaeda's "al-Qaeda" and "al-Qaida") finds
 * the passages that spell it either way, in a library where one passage writes "al-Qaida" and the
 * others "Al Qaeda": the word "Qaida" is then in a text, so it was no longer respelled, and found that
 * one passage alone.
 */
class NameVariantSearchTest {
    private static final String ONE_SPELLING = "terrorist groups such as Al Qaeda and the Islamic State";
    private static final String OTHER_SPELLING = "terrorist groups such as al-Qaida and the Islamic State";
    private static final String DOCUMENT = "/documents/why-terrorist-actors-cooperate";
    private static TestApp app;

    @BeforeAll
    static void start() throws IOException {
        app = TestApp.start();
        Path text = app.content().resolve("documents/why-terrorist-actors-cooperate.md");
        String markdown = Files.readString(text);
        assertThat(markdown).contains(ONE_SPELLING);
        Files.writeString(text, markdown.replace(ONE_SPELLING, OTHER_SPELLING));
        app.restart();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static List<String> results(String query) {
        Document page = app.page("/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&kind=paragraph");
        return page.select(".result h2 a").eachAttr("href").stream().map(href -> href.replaceAll("\\?hl=[^#]*", "")).toList();
    }

    @Test
    void eitherSpellingOfANamesWordFindsThePassagesOfBoth() {
        List<String> qaida = results("Qaida");
        assertThat(qaida).contains(DOCUMENT + "#p-1", DOCUMENT + "#p-5", DOCUMENT + "#p-7", DOCUMENT + "#p-9");
        assertThat(qaida).containsExactlyInAnyOrderElementsOf(results("Qaeda"));
        assertThat(app.page("/search?q=Qaida").selectFirst(".corrected-query")).isNull();
        Document page = app.page("/search?q=Qaida&kind=paragraph");
        assertThat(page.select(".result-snippet mark").eachText()).contains("Qaida", "Qaeda");
        assertThat(results("Qaida OR Hamas")).containsAll(qaida);
    }
}
