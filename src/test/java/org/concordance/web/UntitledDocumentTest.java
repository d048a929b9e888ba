package org.concordance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.concordance.TestApp;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A document whose text gives no title says so under its descriptive heading, in words true of it:
 * an imported text is no excerpt, and one whose author is known does not lack an author. Found by a
 * new user's trial: every untitled document said "The excerpt does not give the article's title or
 * author".
 */
class UntitledDocumentTest {
    private static TestApp app;

    @BeforeAll
    static void start() throws Exception {
        app = TestApp.start();
        Files.writeString(app.content().resolve("documents/sanctuary-notes.md"), """
                ---
                label: Notes on sanctuary and alliance
                kind: document
                authors:
                  - Maria Hernández
                accessed: 2026-11-22
                source: sanctuary-notes.txt
                ---
                Scholars have long observed that terrorist organizations rarely act alone.
                """);
        Files.writeString(app.content().resolve("sources/sanctuary-notes.txt"), "Scholars have long observed.\n");
        app.restart();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void anUntitledTextWithAnAuthorSaysOnlyThatItsTitleIsNotGiven() {
        Document page = app.page("/documents/sanctuary-notes");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Notes on sanctuary and alliance");
        assertThat(page.selectFirst(".untitled-note").text())
                .isEqualTo("The text does not give its title; this heading describes it.");
    }

    @Test
    void theExcerptWithNeitherTitleNorAuthorSaysBoth() {
        Document page = app.page("/documents/journal-excerpt-on-terrorist-affiliations");
        assertThat(page.selectFirst(".untitled-note").text())
                .isEqualTo("The excerpt does not give its title or author; this heading describes it.");
    }

    @Test
    void aTitledDocumentHasNoSuchNote() {
        assertThat(app.page("/documents/why-terrorist-actors-cooperate").select(".untitled-note")).isEmpty();
    }
}
