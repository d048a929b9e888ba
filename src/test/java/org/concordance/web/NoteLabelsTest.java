package org.concordance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.concordance.TestApp;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Notes labelled with words rather than numbers ("[^a1]", as Markdown allows and check takes): the
 * list item's {@code value}, which HTML allows only as a number, was the label, and the page invalid
 * HTML (a re-check's). Numbered notes keep their numbers.
 */
class NoteLabelsTest {
    private static TestApp app;

    @BeforeAll
    static void start() throws Exception {
        app = TestApp.start();
        Files.writeString(app.content().resolve("documents/labelled-notes.md"), """
                ---
                title: Notes With Labels
                kind: blog-post
                authors:
                  - Jane Roe
                accessed: 2026-12-01
                source: labelled-notes.txt
                ---
                A claim with a lettered note.[^a1] Another with a number.[^7]

                [^a1]: A note labelled with a letter and a digit.

                [^7]: A numbered note.
                """);
        Files.writeString(app.content().resolve("sources/labelled-notes.txt"), "A claim.\n");
        app.restart();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void aNoteLabelledWithWordsHasNoNumberAndThePageIsValid() {
        Document page = app.page("/documents/labelled-notes");
        assertThat(page.select("li.note").eachAttr("value")).containsExactly("7");
        assertThat(page.select("li.note .note-label").eachText()).containsExactly("a1.", "7.");
        assertThat(HtmlValidator.errors(app.get("/documents/labelled-notes").body())).isEmpty();
    }
}
