package org.concordance.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concordance.TestApp;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 12's citations over HTTP, on a document added to the test's copy of the content: a note
 * citing a title with italics inside it, names with particles, and a report's long PDF address
 * with "byman" in its file name. No control character may reach any page or download.
 */
class CitationFidelityTest {
    private static final String SLUG = "notes-on-citing-alliances";
    private static final String DOCUMENT = "/documents/" + SLUG;
    private static final String PDF = "https://www.example.org/wp-content/uploads/2016/06/byman-breaking-the-bonds-between-al-qaeda"
            + "-and-its-affiliate-organizations-analysis-paper-number-27-final.pdf";
    private static final Pattern RAW_CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]");
    private static final Pattern CHARACTER_REFERENCE = Pattern.compile("&#(x[0-9a-fA-F]+|[0-9]+);");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestApp app;

    @BeforeAll
    static void start() throws Exception {
        app = TestApp.start();
        Files.writeString(app.content().resolve("documents/" + SLUG + ".md"), """
                ---
                title: Notes on Citing Alliances
                kind: document
                authors: [Jo Tester]
                venue:
                date:
                summary: A test text whose notes cite a title with italics in it, names with particles and a long address.
                accessed: 2026-11-22
                source: notes-on-citing-alliances.txt
                ---
                A reading of two books.[^1] A report on affiliates.[^2] A study of partners.[^3]

                [^1]: Anna van de Velde, “Reading *Nexus of Global Jihad* alongside *The Accidental Guerrilla*,” *Studies in Conflict* 41, no. 3 (2018): 205.

                [^2]: D. Byman, “Breaking the Bonds Between Al Qaeda and its Affiliate Organizations,” Brookings Institution Analysis Paper Number 27 (2012): iv-v, %s.

                [^3]: Karim al-Rashid, *Partners of Convenience* (Beirut: Example Press, 2019), 12.
                """.formatted(PDF), StandardCharsets.UTF_8);
        Files.writeString(app.content().resolve("sources/notes-on-citing-alliances.txt"), "A test source.\n", StandardCharsets.UTF_8);
        app.restart();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static String readingWork() throws Exception {
        JsonNode works = JSON.readTree(app.get("/api/works?q=" + "Accidental").body()).get("works");
        assertThat(works).hasSize(1);
        return works.get(0).get("url").asText();
    }

    @Test
    void noControlCharacterLeavesTheAppOnAnyPageOrDownloadAndNoLinkIsBroken() throws Exception {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of("/", DOCUMENT, "/works.bib", "/works.ris", "/works.json",
                "/api/works?q=Velde", "/api/search?q=Accidental", "/search?q=Accidental+Guerrilla", "/api/suggest?q=Acc"));
        while (!queue.isEmpty() && seen.size() < 400) {
            String path = queue.poll();
            if (!seen.add(path)) {
                continue;
            }
            HttpResponse<String> response = app.get(path);
            // Every page and download is reached by a link, so every one must be there.
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            String body = response.body();
            assertThat(body).as(path).doesNotContainPattern(RAW_CONTROL.pattern()).doesNotContain("\uE000", "\uE001");
            Matcher reference = CHARACTER_REFERENCE.matcher(body);
            while (reference.find()) {
                String number = reference.group(1);
                int code = number.startsWith("x") ? Integer.parseInt(number.substring(1), 16) : Integer.parseInt(number);
                assertThat(Character.isISOControl(code) && code != '\n' && code != '\r' && code != '\t').as(path + " " + reference.group())
                        .isFalse();
            }
            if (response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                for (Element link : Jsoup.parse(body, app.url(path)).select("a[href]")) {
                    URI target = URI.create(link.absUrl("href").replace(" ", "%20"));
                    if (target.getHost() != null && app.url("/").contains(target.getHost() + ":" + target.getPort())) {
                        String local = target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
                        if (!local.startsWith("/static/")) {
                            queue.add(local);
                        }
                    }
                }
            }
        }
        assertThat(seen).as("pages and downloads checked").hasSizeGreaterThan(60).contains(readingWork(), readingWork() + ".bib");
    }

    @Test
    void aTitleWithItalicsIsRichOnThePagePlainInTheHeadAndMarkedUpInEachExport() throws Exception {
        String work = readingWork();
        Document page = app.page(work);
        assertThat(page.selectFirst("h1").html()).isEqualTo("Reading <i>Nexus of Global Jihad</i> alongside <i>The Accidental Guerrilla</i>");
        assertThat(page.title()).isEqualTo("Reading Nexus of Global Jihad alongside The Accidental Guerrilla — Works cited — Concordance");
        assertThat(page.selectFirst("meta[name=description]").attr("content")).contains("cites Reading Nexus of Global Jihad alongside");
        assertThat(page.getElementById("cite-work-chicago").html()).contains("“Reading <i>Nexus of Global Jihad</i> alongside"
                + " <i>The Accidental Guerrilla</i>.”");
        for (String id : List.of("cite-work-chicago", "cite-work-mla")) {
            assertThat(page.getElementById(id).text()).as(id).doesNotContain("the Accidental");
        }
        assertThat(page.getElementById("cite-work-apa").text()).startsWith("van de Velde, A. (2018). Reading Nexus of Global Jihad"
                + " alongside The Accidental Guerrilla.");
        assertThat(page.getElementById("cite-work-chicago").text()).startsWith("Velde, Anna van de. “Reading");
        // An author the library only cites has no page of their own: named, not linked.
        assertThat(page.selectFirst(".byline").text()).isEqualTo("By Anna van de Velde");
        assertThat(page.select(".byline a")).isEmpty();
        assertThat(app.get(work + ".json").body()).contains("\"title\" : \"Reading <i>Nexus of Global Jihad</i> alongside <i>The Accidental"
                + " Guerrilla</i>\"", "\"non-dropping-particle\" : \"van de\"");
        assertThat(app.get(work + ".bib").body()).contains("title = {Reading \\emph{Nexus of Global Jihad} alongside \\emph{The Accidental"
                + " Guerrilla}}", "author = {van de Velde, Anna}");
        assertThat(app.get(work + ".ris").body()).contains("TI  - Reading Nexus of Global Jihad alongside The Accidental Guerrilla\n");
        JsonNode hits = JSON.readTree(app.get("/api/search?q=Accidental+Guerrilla&kind=work").body()).get("hits");
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).get("title").asText()).isEqualTo("Reading Nexus of Global Jihad alongside The Accidental Guerrilla");
        assertThat(HtmlValidator.errors(app.get(work).body())).isEmpty();
    }

    @Test
    void aLongAddressInANoteIsABreakableLinkAndNamesNoOne() {
        Element note = app.page(DOCUMENT).getElementById("fn-2");
        Element link = note.selectFirst("a.url");
        assertThat(link.attr("href")).isEqualTo(PDF);
        assertThat(link.text()).isEqualTo(PDF);
        assertThat(link.select("wbr")).hasSizeGreaterThan(20);
        // "Byman" in the file name is not a mention of Daniel Byman; "D. Byman" before it is.
        Document person = app.page("/people/daniel-byman");
        assertThat(person.select("a.kwic-place[href=" + DOCUMENT + "#fn-2]")).hasSize(1);
        assertThat(HtmlValidator.errors(app.get(DOCUMENT).body())).isEmpty();
    }

    @Test
    void theNotesCitingAWorkShowTheirItalicsAndPageRanges() {
        Document byman = app.page("/works/byman-breaking-the-bonds");
        assertThat(byman.select(".citing-where").eachText()).contains("Notes on Citing Alliances, note 2, pages iv–v");
        assertThat(byman.select(".citing-text a.url").eachAttr("href")).containsExactly(PDF);
        assertThat(byman.text()).doesNotContain("page iv-v");
    }
}
