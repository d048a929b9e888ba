package org.concordance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.concordance.TestApp;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentPagesTest {
    static final List<String> SLUGS = List.of("journal-excerpt-on-terrorist-affiliations",
            "why-terrorist-actors-cooperate", "allies-poised-to-help-the-islamic-state-recover");
    static final String EXCERPT = "/documents/journal-excerpt-on-terrorist-affiliations";

    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void aMentionLinkIsOnWordsThatNameItsEntryNeverOnACountryOrAPronoun() {
        Document page = app.page("/documents/allies-poised-to-help-the-islamic-state-recover");
        List<String> linked = page.select("a.mention").eachText();
        assertThat(linked).isNotEmpty().doesNotContain("Saudi Arabia", "Yemen", "Algeria", "Libya", "Sinai", "Nigeria",
                "Bangladesh", "Philippines", "alliance network");
        assertThat(app.page("/documents/why-terrorist-actors-cooperate").select("a.mention").eachText())
                .doesNotContain("its affiliates");
    }

    @Test
    void homeListsEveryDocumentWithItsSummary() {
        Document home = app.page("/");
        for (String slug : SLUGS) {
            Element link = home.selectFirst("a[href=/documents/" + slug + "]");
            assertThat(link).as(slug).isNotNull();
            assertThat(link.closest("li").selectFirst(".card-summary").text()).isNotBlank();
        }
        assertThat(home.select(".document-card .card-meta").text()).contains("by Assaf Moghadam", "by Tricia Bacon",
                "International Journal on Criminology");
    }

    @ParameterizedTest
    @ValueSource(strings = {"journal-excerpt-on-terrorist-affiliations", "why-terrorist-actors-cooperate",
            "allies-poised-to-help-the-islamic-state-recover"})
    void everyNoteMarkerLinksToItsNoteAndEveryNoteLinksBack(String slug) {
        Document page = app.page("/documents/" + slug);
        for (Element marker : page.select("a[role=doc-noteref]")) {
            String target = marker.attr("href").substring(1);
            Element note = page.getElementById(target);
            assertThat(note).as("note for " + marker.id()).isNotNull();
            assertThat(note.closest("[role=doc-endnotes]")).isNotNull();
            assertThat(note.select("a[role=doc-backlink]").eachAttr("href")).contains("#" + marker.id());
        }
        for (Element back : page.select("a[role=doc-backlink]")) {
            Element marker = page.getElementById(back.attr("href").substring(1));
            assertThat(marker).as("marker for " + back.attr("href")).isNotNull();
            assertThat(marker.attr("role")).isEqualTo("doc-noteref");
            assertThat(marker.attr("href")).isEqualTo("#" + back.closest("li").id());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"journal-excerpt-on-terrorist-affiliations", "why-terrorist-actors-cooperate",
            "allies-poised-to-help-the-islamic-state-recover"})
    void everyParagraphHasItsAnchorAndOneControlForItsPermalinkAndCitation(String slug) {
        Document page = app.page("/documents/" + slug);
        List<Element> paragraphs = page.select("p.para");
        assertThat(paragraphs).isNotEmpty();
        for (int i = 0; i < paragraphs.size(); i++) {
            Element paragraph = paragraphs.get(i);
            String anchor = "p-" + (i + 1);
            assertThat(paragraph.id()).isEqualTo(anchor);
            assertThat(paragraph.select("a.para-control")).singleElement()
                    .satisfies(control -> assertThat(control.attr("href")).isEqualTo("#" + anchor + "-tools"));
            Element tools = page.getElementById(anchor + "-tools");
            assertThat(tools.select(".tools-link a").attr("href")).isEqualTo("#" + anchor);
            assertThat(tools.select(".tools-link a").text()).isEqualTo(app.url("/documents/" + slug) + "#" + anchor);
            assertThat(tools.select(".tools-cite-link a").attr("href")).isEqualTo("/documents/" + slug + "/cite/" + (i + 1));
        }
        // No interface lines between paragraphs: only the tools, which are hidden until asked for.
        assertThat(page.select(".doc-body details, details.cite-para, details.related-passages")).isEmpty();
    }

    @Test
    void notesFourteenToNineteenFollowTheSentencesTheyAnnotate() {
        Element paragraph = app.page(EXCERPT).getElementById("p-1");
        assertThat(textBefore(paragraph, "fnref-14")).endsWith("build legitimacy in the eyes of their followers.");
        assertThat(textBefore(paragraph, "fnref-15")).endsWith("(8) the establishment of personal networks.");
        assertThat(textBefore(paragraph, "fnref-16")).endsWith("and provide logistical support and additional manpower.");
        assertThat(textBefore(paragraph, "fnref-17")).endsWith("wage attacks nearly every geographical corner of the world.");
        assertThat(textBefore(paragraph, "fnref-18")).endsWith("which pertain to organizational ideology and motivation.");
        assertThat(textBefore(paragraph, "fnref-19")).endsWith("The result is a “pooled” alliance.");
    }

    @Test
    void notesKeepTheirPrintedNumbersAndText() {
        Document page = app.page(EXCERPT);
        assertThat(page.select("[role=doc-endnotes] li").eachAttr("id"))
                .containsExactly("fn-14", "fn-15", "fn-16", "fn-17", "fn-18", "fn-19");
        assertThat(page.getElementById("fn-16").selectFirst(".note-text").text()).isEqualTo("Byman, “Breaking the Bonds.”");
        assertThat(page.getElementById("fn-19").selectFirst(".note-text").text()).isEqualTo("Bacon, 753.");
        assertThat(page.select("a[role=doc-noteref]").eachText()).containsExactly(
                "Note 14", "Note 15", "Note 16", "Note 17", "Note 18", "Note 19");
    }

    @Test
    void theExcerptSaysWhereItComesFromAndThatItIsCut() {
        Document page = app.page(EXCERPT);
        assertThat(page.selectFirst(".excerpt-notice").text()).contains("excerpt", "International Journal on Criminology",
                "7", "no. 2", "Spring 2020", "page 21", "middle of a sentence");
        assertThat(page.select(".cut-mark")).hasSize(2);
        assertThat(page.selectFirst(".untitled-note").text()).contains("does not give its title or author");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Excerpt on why terrorist groups affiliate");
        assertThat(page.selectFirst(".doc-kind").text()).isEqualTo("Journal article · Excerpt");
        assertThat(page.selectFirst(".doc-line").text()).isEqualTo("International Journal on Criminology 7, no. 2 (Spring 2020): 21");
        // The journal's name is set in italics wherever the page names it, as a bibliography sets it.
        assertThat(page.select(".doc-line i, .excerpt-notice i, .doc-meta dd i").eachText())
                .containsExactly("International Journal on Criminology", "International Journal on Criminology",
                        "International Journal on Criminology");
        assertThat(page.select(".doc-meta dd").eachText()).contains("November 22, 2026");
        Document home = app.page("/");
        assertThat(home.select(".card-meta i").eachText()).contains("International Journal on Criminology");
    }

    @ParameterizedTest
    @ValueSource(strings = {"journal-excerpt-on-terrorist-affiliations", "why-terrorist-actors-cooperate",
            "allies-poised-to-help-the-islamic-state-recover"})
    void theTitleBlockIsCompactAndTheRestWaitsBehindOneDisclosure(String slug) {
        Document page = app.page("/documents/" + slug);
        Element header = page.selectFirst(".doc-header");
        assertThat(header.select("details")).hasSize(1);
        Element about = header.selectFirst("details.doc-about");
        assertThat(about.select(".doc-meta dt").eachText()).contains("Kind", "Source file");
        assertThat(about.select("#cite-this dt")).hasSize(3);
        assertThat(page.text()).doesNotContain("Not named in the text", "Not stated in the text", "Photograph not included");
        // Outside the disclosure, only the kind, the title, the untitled note, the who-and-where line and a standfirst.
        for (Element child : header.children()) {
            assertThat(child.className()).as(slug).isIn("doc-kind", "untitled-note", "doc-line", "doc-actions", "standfirst", "");
        }
    }

    @Test
    void whatATextDoesNotStateIsSaidOnceInItsDisclosure() {
        Document page = app.page("/documents/why-terrorist-actors-cooperate");
        assertThat(page.selectFirst(".doc-unstated").text()).isEqualTo("The text does not state its blog or date.");
        assertThat(page.selectFirst(".doc-line").text()).isEqualTo("Guest post by Assaf Moghadam.");
        assertThat(app.page(EXCERPT).selectFirst(".doc-unstated").text()).isEqualTo("The text does not state its author.");
    }

    @Test
    void sectionHeadingsHaveTheirOwnPermalinks() {
        Document page = app.page("/documents/why-terrorist-actors-cooperate");
        for (Element heading : page.select(".doc-body h2")) {
            assertThat(heading.selectFirst("a.heading-link").attr("href")).isEqualTo("#" + heading.id());
        }
        assertThat(page.select(".doc-body h2")).hasSize(4);
    }

    @Test
    void theExcerptEndsWithTheBibliographyOfTheWorksItsNotesCite() {
        Document page = app.page(EXCERPT);
        Element bibliography = page.selectFirst("section.bibliography");
        assertThat(bibliography.previousElementSibling().hasClass("notes")).isTrue();
        assertThat(bibliography.select("li a").eachAttr("href")).containsExactlyInAnyOrder("/works/byman-buddies-or-burdens",
                "/works/byman-breaking-the-bonds", "/works/moghadam-terrorist-affiliations-in-context",
                "/works/moghadam-nexus-of-global-jihad", "/works/bacon-untitled");
        List<String> entries = bibliography.select("li").eachText();
        assertThat(entries).isSortedAccordingTo(org.concordance.content.Collation.NAMES);
        // Bacon's note 19 is a short form whose full reference the excerpt does not give: no entry with its page.
        assertThat(bibliography.selectFirst("li a[href=/works/bacon-untitled]").text())
                .isEqualTo("Bacon — full reference not given in the text");
        assertThat(bibliography.text()).doesNotContain("753");
        assertThat(page.select("nav.toc a").eachText()).containsExactly("Notes", "Bibliography");
        assertThat(app.page("/documents/allies-poised-to-help-the-islamic-state-recover").select("section.bibliography")).isEmpty();
    }

    @Test
    void aPrintedCopyCarriesThePagesAddressAndTheReferenceUnderEachShortFormNote() {
        Document page = app.page(EXCERPT);
        assertThat(page.selectFirst(".print-source").text()).contains(app.url(EXCERPT));
        assertThat(page.select("#fn-16 .note-work.cited-short .note-reference").text()).containsIgnoringCase("Breaking the Bonds Between Al Qaeda").contains("2012");
        assertThat(page.select("#fn-15 .note-work.cited-short")).as("a full note needs no reference under it").isEmpty();
        assertThat(page.select("#fn-19 .note-work.cited-short")).as("nor does a short form with nothing fuller behind it").isEmpty();
        assertThat(page.select("p.para .para-number").eachText()).containsExactly("1");
    }

    @Test
    void moghadamsPostShowsCaptionSectionsContentsAndBiography() {
        Document page = app.page("/documents/why-terrorist-actors-cooperate");
        assertThat(page.selectFirst(".figure-note .figure-caption").text()).startsWith("US Army soldiers conduct a patrol");
        assertThat(page.select("figure")).isEmpty();
        assertThat(page.select("nav.toc a").eachText())
                .containsExactly("Process Goals", "Outcome Goals", "Facilitating Factors", "About the author");
        assertThat(page.getElementById("about-the-author")).isNotNull();
        assertThat(page.selectFirst("p.about").text()).startsWith("Assaf Moghadam is Associate Professor");
        assertThat(page.text()).doesNotContain("Leave a Reply", "You May Also Like", "3 comments");
    }

    @Test
    void baconsPostOpensWithItsStandfirstAndHasNoBoilerplate() {
        Document page = app.page("/documents/allies-poised-to-help-the-islamic-state-recover");
        assertThat(page.selectFirst(".standfirst p").text()).startsWith("Today we have a guest post from Tricia Bacon");
        assertThat(page.text()).doesNotContain("15818", "Forthcoming Events");
    }

    @Test
    void unknownDocumentAndUnknownPathAnswerAReal404Page() {
        for (String path : List.of("/documents/no-such-document", "/no/such/page", "/documents/%3Cscript%3E",
                "/static/../pom.xml", "/static/css/nothing.css")) {
            HttpResponse<String> response = app.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).as(path).startsWith("text/html");
            assertThat(response.body()).as(path).contains("Page not found").doesNotContain("Exception", "at org.");
        }
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        for (String path : List.of("/", EXCERPT, "/no-such-page", "/static/css/site.css")) {
            HttpResponse<String> response = app.get(path);
            String csp = response.headers().firstValue("Content-Security-Policy").orElseThrow();
            assertThat(csp).contains("script-src 'self'", "style-src 'self'", "frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).isPresent();
        }
    }

    @Test
    void pagesHaveNoInlineScriptOrStyle() {
        for (String path : List.of("/", EXCERPT, "/no-such-page")) {
            Document page = org.jsoup.Jsoup.parse(app.get(path).body());
            // A JSON-LD data block is not executed; it is the only script without a src allowed.
            assertThat(page.select("script:not([src]):not([type=application/ld+json])")).as(path).isEmpty();
            assertThat(page.select("style, [style]")).as(path).isEmpty();
            // The canonical link names the page's own address; the browser fetches nothing from it.
            assertThat(page.select("[src^=http], link[href^=http]:not([rel=canonical])")).as(path).isEmpty();
        }
    }

    @Test
    void aRevisitWithTheEtagAnswers304() {
        HttpResponse<String> first = app.get(EXCERPT);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = app.get(EXCERPT, "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void pagesAreCompressedForClientsThatAcceptGzip() throws IOException {
        HttpResponse<byte[]> response = app.getBytes(EXCERPT, "Accept-Encoding", "gzip");
        assertThat(response.headers().firstValue("Content-Encoding")).contains("gzip");
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).contains("fnref-14");
        }
    }

    @Test
    void staticFilesAreFingerprintedAndCachedForAYear() {
        Document page = app.page("/");
        String css = page.selectFirst("link[rel=stylesheet]").attr("href");
        assertThat(css).matches("/static/css/site\\.css\\?v=[0-9a-f]{12}");
        HttpResponse<String> response = app.get(css);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control").orElseThrow()).contains("immutable", "max-age=31536000");
        assertThat(response.body()).containsPattern("fonts/source-serif-4-latin-wght-normal\\.woff2\\?v=[0-9a-f]{12}");
        String etag = response.headers().firstValue("ETag").orElseThrow();
        assertThat(app.get("/static/css/site.css", "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(app.get("/static/css/site.css").headers().firstValue("Cache-Control").orElseThrow()).contains("must-revalidate");
    }

    @Test
    void theFaviconIsServed() {
        HttpResponse<byte[]> response = app.getBytes("/favicon.ico");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("image/x-icon");
    }

    /** The paragraph's text up to (not including) the marker with the given id. */
    private static String textBefore(Element paragraph, String markerId) {
        String html = paragraph.html();
        int at = html.indexOf("id=\"" + markerId + "\"");
        assertThat(at).as(markerId).isPositive();
        String before = html.substring(0, html.lastIndexOf("<sup", at));
        return org.jsoup.Jsoup.parse(before).text().replace("Note ", "").strip();
    }
}
