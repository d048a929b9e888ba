package org.concordance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.concordance.TestApp;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The head of a document's page: the line under the title says each thing once (an imported
 * text's byline often states its date, which the venue part then leaves out: "By Jane Q. Analyst ·
 * March 15, 2021 · (March 15, 2021)", a new user's trial), and metadata that looks like markup
 * stays text in the page's JSON-LD (a hostile tester's).
 */
class TitleLineTest {
    private static TestApp app;

    @BeforeAll
    static void start() throws Exception {
        app = TestApp.start();
        // As `concordance import` writes a plain text whose byline carries its date.
        Files.writeString(app.content().resolve("documents/state-sponsors.md"), """
                ---
                title: State Sponsors and the Making of Militant Partnerships
                kind: blog-post
                authors:
                  - Jane Q. Analyst
                venue:
                date: March 15, 2021
                year: 2021
                byline: By Jane Q. Analyst · March 15, 2021
                accessed: 2026-12-06
                source: state-sponsors.txt
                ---
                Few militant partnerships form in a vacuum.
                """);
        Files.writeString(app.content().resolve("documents/dated-elsewhere.md"), """
                ---
                title: A Post Dated Apart From Its Byline
                kind: blog-post
                authors:
                  - Jane Roe
                venue: Conflict Notes
                date: April 2, 2022
                year: 2022
                byline: Guest post by Jane Roe
                accessed: 2026-12-06
                source: state-sponsors.txt
                ---
                Another paragraph.
                """);
        // A report's venue is its institution, named in roman; its pages a range.
        Files.writeString(app.content().resolve("documents/institution-report.md"), """
                ---
                title: Partners of Convenience
                kind: report
                authors:
                  - Jo <i>Roe</i>
                venue: Center for <Strategic> Studies
                date: 2019
                pages: 12–30
                accessed: 2026-12-06
                source: state-sponsors.txt
                ---
                A paragraph of the report.
                """);
        // An author's name that would open a comment and a script inside the page's JSON-LD (a hostile tester's).
        Files.writeString(app.content().resolve("documents/hostile-author.md"), """
                ---
                title: A Post by a Hostile Name
                kind: blog-post
                authors:
                  - "Jo <!--<script> Doe"
                accessed: 2026-12-06
                source: state-sponsors.txt
                ---
                The paragraph after the metadata.
                """);
        Files.writeString(app.content().resolve("sources/state-sponsors.txt"), "Few militant partnerships form in a vacuum.\n");
        app.restart();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void aBylineThatStatesTheDateIsNotFollowedByItAgain() {
        Document page = app.page("/documents/state-sponsors");
        assertThat(page.selectFirst(".doc-line").text()).isEqualTo("By Jane Q. Analyst · March 15, 2021");
    }

    /** The JSON-LD holds no '<' a parser could read as markup, so a name cannot swallow the page after it. */
    /** A date with no venue before it is the date, not "· (March 15, 2021)" (a trial's home page). */
    @Test
    void aDateWithoutAVenueIsNotInBracketsOnTheHomePage() {
        Document home = app.page("/");
        org.jsoup.nodes.Element card = home.select(".document-card").stream()
                .filter(c -> c.selectFirst("h3 a").attr("href").equals("/documents/state-sponsors")).findFirst().orElseThrow();
        assertThat(card.selectFirst(".card-meta").text()).isEqualTo("Blog post by Jane Q. Analyst · March 15, 2021");
    }

    @Test
    void metadataThatLooksLikeMarkupStaysInsideTheJsonLd() throws Exception {
        String html = app.get("/documents/hostile-author").body();
        int start = html.indexOf("<script type=\"application/ld+json\">");
        String json = html.substring(html.indexOf('>', start) + 1, html.indexOf("</script>", start));
        assertThat(json).doesNotContain("<").doesNotContain(">").contains("Jo \\u003c!--\\u003cscript\\u003e Doe");
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).toString()).contains("Jo <!--<script> Doe");
        Document page = app.page("/documents/hostile-author");
        assertThat(page.selectFirst("#p-1").text()).startsWith("The paragraph after the metadata.");
    }

    @Test
    void aBylineWithoutTheDateIsFollowedByTheVenueAndTheDate() {
        Document page = app.page("/documents/dated-elsewhere");
        assertThat(page.selectFirst(".doc-line").text()).isEqualTo("Guest post by Jane Roe · Conflict Notes (April 2, 2022)");
        assertThat(page.select(".doc-line i").eachText()).as("a blog's name in italics").containsExactly("Conflict Notes");
    }

    /** A report names its institution in roman, escaped as any text is; its pages are "Pages". */
    @Test
    void aReportsInstitutionIsInRomanAndEscaped() {
        Document page = app.page("/documents/institution-report");
        assertThat(page.selectFirst(".doc-line").text()).isEqualTo("By Jo <i>Roe</i> · Center for <Strategic> Studies (2019): 12–30");
        assertThat(page.select(".doc-line i, .doc-meta i")).isEmpty();
        assertThat(page.select(".doc-meta dt").eachText()).contains("Pages");
        assertThat(page.select(".doc-meta dd").eachText()).contains("Center for <Strategic> Studies");
    }
}
