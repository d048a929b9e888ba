package org.concordance.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.concordance.TestApp;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A document whose front matter gives the address it was published at ({@code url}), from the
 * content file through the catalog to its page, its citations, its meta tags and its exports: the
 * original is what a reader cites and a reference manager keeps, and the page links to it; this
 * site's own address stays the page's ({@code og:url}, JSON-LD {@code url}).
 */
class PublishedAddressTest {
    /** A long address with what must be escaped in an attribute and broken on a narrow screen. */
    private static final String ORIGINAL = "https://blog.example.org/2021/03/15/proxies-and-partners-in-the-sahel-and-beyond_(part-2)"
            + "?utm_source=feed&ref=a";
    private static TestApp app;

    @BeforeAll
    static void start() throws Exception {
        app = TestApp.start();
        Files.writeString(app.content().resolve("documents/proxies-and-partners.md"), """
                ---
                title: Proxies and Partners
                kind: blog-post
                authors:
                  - Ana López
                venue:
                date: March 15, 2021
                year: 2021
                accessed: 2026-12-04
                url: %s
                source: proxies-and-partners.html
                ---
                Why armed groups in the Sahel lend each other fighters.
                """.formatted(ORIGINAL));
        Files.writeString(app.content().resolve("sources/proxies-and-partners.html"), "<p>Why armed groups lend fighters.</p>\n");
        app.restart();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void thePageLinksToTheOriginalAndItsCitationsAndTagsCiteIt() throws Exception {
        Document page = app.page("/documents/proxies-and-partners");
        Element published = page.select(".doc-meta dt").stream().filter(dt -> dt.text().equals("Original")).findFirst()
                .map(Element::nextElementSibling).orElseThrow(() -> new AssertionError("no 'Original' in " + page.select(".doc-meta")));
        Element link = published.selectFirst("a.url");
        assertThat(link.attr("href")).isEqualTo(ORIGINAL);
        assertThat(link.text()).isEqualTo(ORIGINAL);
        assertThat(link.select("wbr")).as("breakable on a narrow screen").hasSizeGreaterThan(5);

        assertThat(page.select(".cite-this .citation")).hasSizeGreaterThanOrEqualTo(3).allSatisfy(citation -> {
            assertThat(citation.text()).contains(ORIGINAL.replaceFirst("^https://", "")).doesNotContain("/documents/proxies-and-partners");
        });
        assertThat(page.selectFirst("meta[name=citation_public_url]").attr("content")).isEqualTo(ORIGINAL);
        assertThat(page.selectFirst("meta[property=og:url]").attr("content")).isEqualTo(app.url("/documents/proxies-and-partners"));
        JsonNode ld = new ObjectMapper().readTree(page.selectFirst("script[type=application/ld+json]").data());
        assertThat(ld.get("url").asText()).isEqualTo(app.url("/documents/proxies-and-partners"));
        assertThat(ld.get("isBasedOn").asText()).isEqualTo(ORIGINAL);
        assertThat(URLDecoder.decode(page.selectFirst(".Z3988").attr("title"), StandardCharsets.UTF_8)).contains("rft.identifier=" + ORIGINAL);

        assertThat(HtmlValidator.errors(app.get("/documents/proxies-and-partners").body())).isEmpty();
        // A printed copy says where the text was published, beside where it was printed from.
        assertThat(page.selectFirst(".print-source .print-original").text()).isEqualTo(ORIGINAL);

        Document cite = app.page("/documents/proxies-and-partners/cite/1");
        assertThat(HtmlValidator.errors(app.get("/documents/proxies-and-partners/cite/1").body())).isEmpty();
        // The original numbers no paragraphs: cited there, a paragraph has no number of this library's, and the page says why.
        assertThat(cite.select(".citation").eachText()).noneMatch(text -> text.matches(".*\\bpara?\\. 1\\b.*"));
        assertThat(cite.selectFirst(".cite-original")).isNotNull();
        assertThat(app.page("/documents/why-terrorist-actors-cooperate/cite/3").selectFirst(".cite-original")).isNull();
        // In-text citations carry no address; the Chicago note and the entries carry the original's, never the permalink.
        assertThat(cite.select(".citation").eachText()).isNotEmpty().noneMatch(text -> text.contains("/documents/"))
                .filteredOn(text -> text.contains(ORIGINAL.replaceFirst("^https://", ""))).hasSizeGreaterThanOrEqualTo(4);
    }

    /** In a browser, the paragraph's tools bring in its citations with the sentence that says why they give no paragraph number. */
    @Test
    void theParagraphToolsSayWhyTheCitationsGiveNoParagraphNumber() {
        Browser browser = Browser.launch();
        try {
            com.microsoft.playwright.Page page = browser.page();
            page.navigate(app.url("/documents/proxies-and-partners"));
            page.locator("#p-1 a.para-control").click();
            com.microsoft.playwright.Locator tools = page.locator("#p-1-tools");
            tools.locator(".citations").first().waitFor();
            assertThat(tools.locator(".cite-original").textContent()).contains("does not number its paragraphs");
            assertThat(tools.locator(".citations").allTextContents()).noneMatch(text -> text.contains("para. 1"))
                    .anyMatch(text -> text.contains("blog.example.org/2021/03/15/"));
            assertThat(Browser.accessibilityViolations(page)).isEmpty();
            page.context().close();
        } finally {
            browser.close();
        }
    }

    @Test
    void everyExportKeepsTheOriginalsAddressAndTheDayItWasTakenIn() throws Exception {
        String bibtex = app.get("/documents/proxies-and-partners.bib").body();
        assertThat(bibtex).contains("url = {" + ORIGINAL + "}").contains("urldate = {2026-12-04}").doesNotContain("/documents/");
        String ris = app.get("/documents/proxies-and-partners.ris").body();
        assertThat(ris).contains("UR  - " + ORIGINAL).doesNotContain("/documents/");
        JsonNode json = new ObjectMapper().readTree(app.get("/documents/proxies-and-partners.json").body()).get(0);
        assertThat(json.get("URL").asText()).isEqualTo(ORIGINAL);
        assertThat(json.get("type").asText()).as("a page of a site not named, not of this one").isEqualTo("webpage");
        assertThat(json.has("container-title")).isFalse();
    }

    @Test
    void aDocumentWithoutOneIsStillCitedAtItsPageHere() {
        Document page = app.page("/documents/why-terrorist-actors-cooperate");
        assertThat(page.select(".doc-meta dt").eachText()).doesNotContain("Original");
        assertThat(page.select(".print-original")).isEmpty();
        assertThat(page.selectFirst("meta[name=citation_public_url]").attr("content"))
                .isEqualTo(app.url("/documents/why-terrorist-actors-cooperate"));
    }
}
