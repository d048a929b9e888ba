package org.concordance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import org.concordance.TestApp;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A note citing another text of the library, by its author and title, links to that text's page,
 * as the work's bibliography entry and page do; a work of the same title by another author, or by
 * another person of the same family name, does not.
 */
class LibraryCopiesTest {
    private static TestApp app;

    @BeforeAll
    static void start() throws IOException {
        app = TestApp.start();
        write("brokers-and-hubs", """
                ---
                title: "Brokers and Hubs: How Al-Shabaab Chose Its Partners"
                kind: journal-article
                authors:
                  - Kim Park
                venue: Militant Review
                year: 2020
                source: library-copies.txt
                ---
                Al-Shabaab chose its partners with care.
                """);
        write("citing-brokers", """
                ---
                title: Reading the Hubs
                kind: blog-post
                authors:
                  - Ana Cruz
                source: library-copies.txt
                ---
                Park explains it.[^1] Others disagree.[^2] A namesake wrote too.[^3]

                [^1]: K. Park, “Brokers and Hubs: How al-Shabaab Chose Its Partners,” *Militant Review* 3, no. 2 (2020): 14.

                [^2]: Jo Smith, “Brokers and Hubs,” *Militant Review* 4, no. 1 (2021): 3.

                [^3]: Lee Park, “Brokers and Hubs: How Al-Shabaab Chose Its Partners,” *Terror Quarterly* 9, no. 1 (2019): 7.
                """);
        Files.writeString(app.content().resolve("sources/library-copies.txt"), "The texts.\n");
        app.restart();
    }

    private static void write(String slug, String text) throws IOException {
        Files.writeString(app.content().resolve("documents/" + slug + ".md"), text);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void aNoteCitingALibraryTextLinksToItsPage() {
        Document page = app.page("/documents/citing-brokers");
        assertThat(note(page, "1").select("a.library-copy").eachAttr("href")).containsExactly("/documents/brokers-and-hubs");
        assertThat(note(page, "1").select("a.library-copy").text()).contains("In this library: Brokers and Hubs");
        assertThat(page.select(".bibliography-list a.library-copy").eachAttr("href")).containsExactly("/documents/brokers-and-hubs");
        assertThat(HtmlValidator.errors(app.get("/documents/citing-brokers").body())).isEmpty();
    }

    @Test
    void theSameTitleByAnotherAuthorOrANamesakeIsNotLinked() {
        Document page = app.page("/documents/citing-brokers");
        assertThat(note(page, "2").select("a.work-link")).hasSize(1);
        assertThat(note(page, "2").select("a.library-copy")).isEmpty();
        assertThat(note(page, "3").select("a.work-link")).hasSize(1);
        assertThat(note(page, "3").select("a.library-copy")).isEmpty();
    }

    @Test
    void theWorksPageLinksToTheLibraryText() {
        Document page = app.page("/documents/citing-brokers");
        String work = note(page, "1").select("a.work-link").attr("href");
        Document workPage = app.page(work);
        assertThat(workPage.select("p.library-copy a").eachAttr("href")).containsExactly("/documents/brokers-and-hubs");
        String other = note(page, "3").select("a.work-link").attr("href");
        assertThat(other).isNotEqualTo(work);
        assertThat(app.page(other).select(".library-copy")).isEmpty();
    }

    private static Element note(Document page, String label) {
        Element note = page.getElementById("fn-" + label);
        assertThat(note).as("note " + label).isNotNull();
        return note;
    }
}
