package org.concordance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.concordance.TestApp;
import org.concordance.content.Metadata;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A date an import writes from a page's machine form (ISO 8601, "2023-01-19") is shown as a reader
 * reads one, "January 19, 2023", marked for machines with {@code <time datetime>}; it showed as
 * "Militant Networks (2023-01-19)" (a new user's trial). A byline that prints the date already is
 * not followed by it again; a date stated any other way is shown as stated.
 */
class DocumentDatesTest {
    private static TestApp app;

    @BeforeAll
    static void start() throws Exception {
        app = TestApp.start();
        write("franchise", "Militant Networks", "2023-01-19", "");
        write("bylined", "Conflict Notes", "2021-03-15", "byline: By Ana López · March 15, 2021\n");
        write("spring", "Conflict Notes", "Spring 2020", "");
        write("monthly", "Conflict Notes", "2021-03", "");
        app.restart();
    }

    private static void write(String slug, String venue, String date, String extra) throws Exception {
        Files.writeString(app.content().resolve("documents/" + slug + ".md"), """
                ---
                title: The Franchise Model Is Dead %s
                kind: blog-post
                authors:
                  - Jonah Feldman
                venue: %s
                date: '%s'
                %saccessed: 2026-12-01
                source: franchise.txt
                ---
                Between 2004 and 2014, the group added a new affiliate almost every two years.
                """.formatted(slug, venue, date, extra));
        Files.writeString(app.content().resolve("sources/franchise.txt"), "Between 2004 and 2014.\n");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void anIsoDateIsWrittenOutUnderTheTitleInTheDescriptionAndInTheFullMetadata() {
        Document page = app.page("/documents/franchise");
        assertThat(page.selectFirst(".doc-line").html())
                .isEqualTo("By Jonah Feldman · <i>Militant Networks</i> (<time datetime=\"2023-01-19\">January 19, 2023</time>)");
        assertThat(page.selectFirst("meta[name=description]").attr("content")).contains("Militant Networks (January 19, 2023).");
        assertThat(page.text()).contains("January 19, 2023").doesNotContain("(2023-01-19)");
        assertThat(HtmlValidator.errors(app.get("/documents/franchise").body())).isEmpty();
        assertThat(app.page("/").html()).contains("<time datetime=\"2023-01-19\">January 19, 2023</time>");
    }

    @Test
    void aBylinePrintingTheDateIsNotFollowedByItAgain() {
        assertThat(app.page("/documents/bylined").selectFirst(".doc-line").text())
                .isEqualTo("By Ana López · March 15, 2021 · Conflict Notes");
    }

    @Test
    void aMonthIsWrittenOutAndADateStatedOtherwiseIsShownAsStated() {
        assertThat(app.page("/documents/monthly").selectFirst(".doc-line").text()).endsWith("Conflict Notes (March 2021)");
        assertThat(app.page("/documents/spring").selectFirst(".doc-line").text()).endsWith("Conflict Notes (Spring 2020)");
        assertThat(Metadata.readable("2023-02-30")).isEqualTo("2023-02-30");
        assertThat(Metadata.readable("2023-13")).isEqualTo("2023-13");
        assertThat(Metadata.readable("0900-01-02")).isEqualTo("January 2, 900");
    }
}
