package org.concordance.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.undercouch.citeproc.ris.RISLibrary;
import de.undercouch.citeproc.ris.RISParser;
import de.undercouch.citeproc.ris.RISReference;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.concordance.TestApp;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Issue 4's pages over HTTP: the bibliography, work pages and downloads, the lookup API, and the citation parts of documents. */
class CitationPagesTest {
    private static final String EXCERPT = "/documents/journal-excerpt-on-terrorist-affiliations";
    private static final String MOGHADAM = "/documents/why-terrorist-actors-cooperate";
    private static final String BACON = "/documents/allies-poised-to-help-the-islamic-state-recover";
    private static final String BYMAN = "/works/byman-breaking-the-bonds";
    private static final ObjectMapper JSON = new ObjectMapper();
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
    void noteSixteenLinksInOneClickToTheFullBymanReference() {
        Element note = app.page(EXCERPT).getElementById("fn-16");
        Element link = note.selectFirst(".note-extra a.work-link");
        assertThat(link.attr("href")).isEqualTo(BYMAN);
        assertThat(note.selectFirst(".note-extra .note-reference").text())
                .contains("Byman, D.", "Breaking the Bonds between Al Qaeda", "Brookings Institution, 2012");
        Document work = app.page(link.attr("href"));
        assertThat(work.selectFirst("h1").text()).isEqualTo("Breaking the Bonds Between Al Qaeda and its Affiliate Organizations");
        assertThat(work.selectFirst("#cite-work-chicago").text())
                .isEqualTo("Byman, D. Breaking the Bonds between Al Qaeda and Its Affiliate Organizations. Analysis Paper No. 27. Brookings Institution, 2012.");
    }

    @Test
    void theBymanPageListsNotesFifteenAndSixteenWithPinpointAndContext() {
        Document work = app.page(BYMAN);
        List<Element> notes = work.select(".citing-notes li");
        assertThat(notes).hasSize(2);
        assertThat(notes.get(0).selectFirst("a").attr("href")).isEqualTo(EXCERPT + "#fn-15");
        assertThat(notes.get(0).text()).contains("note 15", "pages iv–v", "Brookings Institution Analysis Paper Number 27")
                .doesNotContain("page iv-v");
        assertThat(notes.get(1).selectFirst("a").attr("href")).isEqualTo(EXCERPT + "#fn-16");
        assertThat(notes.get(1).text()).contains("note 16", "Byman, “Breaking the Bonds.”");
        assertThat(work.select("a[href=/works/byman-buddies-or-burdens]")).as("other works by Byman").isNotEmpty();
        assertThat(work.select("a[href=/people/daniel-byman]")).isNotEmpty();
        // The byline names him as the references do, and says who that is.
        assertThat(work.selectFirst(".byline").text()).isEqualTo("By D. Byman (Daniel Byman)");
        assertThat(work.select(".citations dt").eachText())
                .containsExactly("Chicago (17th ed., notes and bibliography)", "APA (7th ed.)", "MLA (9th ed.)");
    }

    @Test
    void aWorkDownloadsAsBibTeXThatParsesBackToItsTitleAuthorAndYear() throws Exception {
        HttpResponse<String> response = app.get(BYMAN + ".bib");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/x-bibtex");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .isEqualTo("attachment; filename=\"byman-breaking-the-bonds.bib\"");
        BibTeXDatabase database = new BibTeXParser().parse(new StringReader(response.body()));
        BibTeXEntry entry = database.resolveEntry(new Key("byman-breaking-the-bonds"));
        // The name is braced so that styles that lower-case titles keep its capitals; read as LaTeX, the title is as written.
        String title = entry.getField(BibTeXEntry.KEY_TITLE).toUserString();
        assertThat(title).isEqualTo("Breaking the Bonds Between {Al Qaeda} and its Affiliate Organizations");
        assertThat(new org.jbibtex.LaTeXPrinter().print(new org.jbibtex.LaTeXParser().parse(title)))
                .isEqualTo("Breaking the Bonds Between Al Qaeda and its Affiliate Organizations");
        assertThat(entry.getField(BibTeXEntry.KEY_AUTHOR).toUserString()).isEqualTo("Byman, D.");
        assertThat(entry.getField(BibTeXEntry.KEY_YEAR).toUserString()).isEqualTo("2012");
    }

    @Test
    void aWorkDownloadsAsRisAndCslJsonWithTheirMediaTypes() throws Exception {
        HttpResponse<String> ris = app.get(BYMAN + ".ris");
        assertThat(ris.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/x-research-info-systems");
        assertThat(ris.headers().firstValue("Content-Disposition").orElseThrow()).contains("filename=\"byman-breaking-the-bonds.ris\"");
        RISLibrary library = new RISParser().parse(new StringReader(ris.body()));
        RISReference reference = library.getReferences().get(0);
        assertThat(reference.getTitle()).isEqualTo("Breaking the Bonds Between Al Qaeda and its Affiliate Organizations");
        assertThat(reference.getAuthors()).containsExactly("Byman, D.");
        assertThat(reference.getYear()).isEqualTo("2012");

        HttpResponse<String> json = app.get(BYMAN + ".json");
        assertThat(json.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/vnd.citationstyles.csl+json");
        JsonNode item = JSON.readTree(json.body()).get(0);
        assertThat(item.get("title").asText()).isEqualTo("Breaking the Bonds Between Al Qaeda and its Affiliate Organizations");
        assertThat(item.get("author").get(0).get("family").asText()).isEqualTo("Byman");
        assertThat(item.get("issued").get("date-parts").get(0).get(0).asInt()).isEqualTo(2012);
    }

    /** A reader takes the document they are reading into a reference manager from its "Cite this". */
    @Test
    void aDocumentDownloadsForAReferenceManagerFromItsCiteThis() throws Exception {
        Document page = app.page(MOGHADAM);
        assertThat(page.select("#cite-this .work-downloads a").eachAttr("href"))
                .containsExactly(MOGHADAM + ".bib", MOGHADAM + ".ris", MOGHADAM + ".json");
        String url = page.selectFirst("link[rel=canonical]").attr("href");

        HttpResponse<String> bib = app.get(MOGHADAM + ".bib");
        assertThat(bib.statusCode()).isEqualTo(200);
        assertThat(bib.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/x-bibtex");
        assertThat(bib.headers().firstValue("Content-Disposition").orElseThrow())
                .isEqualTo("attachment; filename=\"why-terrorist-actors-cooperate.bib\"");
        BibTeXEntry entry = new BibTeXParser().parse(new StringReader(bib.body())).resolveEntry(new Key("why-terrorist-actors-cooperate"));
        assertThat(entry.getField(BibTeXEntry.KEY_TITLE).toUserString()).isEqualTo("Why Terrorist Actors Cooperate");
        assertThat(entry.getField(BibTeXEntry.KEY_AUTHOR).toUserString()).isEqualTo("Moghadam, Assaf");
        assertThat(entry.getField(BibTeXEntry.KEY_URL).toUserString()).isEqualTo(url);

        RISReference ris = new RISParser().parse(new StringReader(app.get(MOGHADAM + ".ris").body())).getReferences().get(0);
        assertThat(ris.getTitle()).isEqualTo("Why Terrorist Actors Cooperate");
        assertThat(ris.getURL()).isEqualTo(url);

        HttpResponse<String> json = app.get(EXCERPT + ".json");
        assertThat(json.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/vnd.citationstyles.csl+json");
        JsonNode item = JSON.readTree(json.body()).get(0);
        assertThat(item.has("title")).as("the excerpt gives no title, and none is made up").isFalse();
        assertThat(item.get("container-title").asText()).isEqualTo("International Journal on Criminology");
        assertThat(item.get("URL").asText()).isEqualTo(app.page(EXCERPT).selectFirst("link[rel=canonical]").attr("href"));

        assertThat(app.get(MOGHADAM + ".pdf").statusCode()).isEqualTo(404);
        assertThat(app.get("/documents/no-such-document.bib").statusCode()).isEqualTo(404);
        assertThat(app.get("/documents/.bib").statusCode()).isEqualTo(404);
    }

    @Test
    void theWholeBibliographyDownloadsInEachFormat() throws Exception {
        HttpResponse<String> bib = app.get("/works.bib");
        assertThat(bib.headers().firstValue("Content-Disposition").orElseThrow()).contains("concordance-bibliography.bib");
        assertThat(new BibTeXParser().parse(new StringReader(bib.body())).getEntries()).hasSize(6);
        assertThat(new RISParser().parse(new StringReader(app.get("/works.ris").body())).getReferences()).hasSize(6);
        assertThat(JSON.readTree(app.get("/works.json").body())).hasSize(6);
        Document works = app.page("/works");
        assertThat(works.select(".downloads a").eachAttr("href")).containsExactly("/works.bib", "/works.ris", "/works.json");
    }

    @Test
    void theBibliographyIsSortedByAuthorThenYearAndLinksEveryWork() {
        Document works = app.page("/works");
        List<String> links = works.select("#works-list > li > a").eachAttr("href");
        assertThat(links).hasSize(6).first().asString().startsWith("/works/bacon");
        assertThat(links).containsSubsequence("/works/byman-breaking-the-bonds", "/works/moghadam-terrorist-affiliations-in-context",
                "/works/moghadam-nexus-of-global-jihad");
        assertThat(works.select("#works-list > li").eachAttr("data-filter")).allMatch(f -> !f.isBlank());
        assertThat(works.select("a[href=/works]").text()).contains("Works");
    }

    @Test
    void worksFilteredOnTheServerNarrowTheList() {
        Document bacon = app.page("/works?q=Bacon");
        assertThat(bacon.select("#works-list > li > a").eachAttr("href")).hasSize(2).allMatch(h -> h.startsWith("/works/bacon"));
        assertThat(bacon.selectFirst("#works-count").text()).contains("2 of 6");
        assertThat(bacon.selectFirst("#works-q").val()).isEqualTo("Bacon");
        assertThat(app.page("/works?q=zzzz").select("#works-list > li")).isEmpty();
    }

    @Test
    void theWorksListShowsAWorkKnownOnlyByAShortFormAsSuchWithoutTheNotesPage() {
        Element bacon = app.page("/works").selectFirst("#works-list > li > a[href=/works/bacon-untitled]");
        assertThat(bacon.text()).isEqualTo("Bacon — full reference not given in the text");
        // Still found by the short form the notes use.
        assertThat(bacon.parent().attr("data-filter")).contains("bacon 753");
    }

    @Test
    void theLookupApiFindsTheWorkNoteNineteenCites() throws Exception {
        JsonNode body = JSON.readTree(app.get("/api/works?q=" + q("Bacon, 753")).body());
        assertThat(body.get("works")).hasSize(1);
        JsonNode work = body.get("works").get(0);
        assertThat(work.get("slug").asText()).isEqualTo("bacon-untitled");
        assertThat(work.get("knownOnlyByShortForm").asBoolean()).isTrue();
        assertThat(work.get("citedBy").get(0).get("note").asText()).isEqualTo("19");
        assertThat(work.get("citedBy").get(0).get("url").asText()).isEqualTo(EXCERPT + "#fn-19");

        JsonNode byman = JSON.readTree(app.get("/api/works?q=" + q("Byman 2012")).body()).get("works");
        assertThat(byman).hasSize(1);
        assertThat(byman.get(0).get("url").asText()).isEqualTo(BYMAN);
        assertThat(byman.get(0).get("authors").get(0).asText()).isEqualTo("D. Byman");
        assertThat(byman.get(0).get("year").asInt()).isEqualTo(2012);
        assertThat(byman.get(0).get("chicago").asText()).startsWith("Byman, D. Breaking the Bonds");
        assertThat(JSON.readTree(app.get("/api/works?q=" + q("Breaking the Bonds")).body()).get("works")).hasSize(1);
        assertThat(JSON.readTree(app.get("/api/works?q=").body()).get("works")).isEmpty();
        assertThat(JSON.readTree(app.get("/api/works").body()).get("works")).isEmpty();
    }

    @Test
    void unknownWorksAnswer404() {
        for (String path : List.of("/works/no-such-work", "/works/no-such-work.bib", BYMAN + ".pdf", "/works/%3Cb%3E", "/people/nobody")) {
            HttpResponse<String> response = app.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).contains("Page not found");
        }
    }

    /**
     * Bacon's book is named in a biography without its publisher or year, which the library's
     * references supply; without them, its page says what its reference lacks.
     */
    @Test
    void aWorkWhoseReferenceLacksWhatItsTypeNeedsSaysWhat() throws Exception {
        String path = "/works/bacon-why-terrorist-groups-form-international-alliances";
        Document complete = app.page(path);
        assertThat(complete.select(".short-form-notice")).isEmpty();
        assertThat(complete.selectFirst("#cite-work-chicago").text())
                .isEqualTo("Bacon, Tricia. Why Terrorist Groups Form International Alliances. Philadelphia: University of"
                        + " Pennsylvania Press, 2018.");
        assertThat(app.page(BYMAN).select(".short-form-notice")).as("a report with its institution and year").isEmpty();
        assertThat(app.page("/works/bacon-untitled").select(".short-form-notice")).as("its short form says it instead").hasSize(1);

        try (TestApp lacking = TestApp.start()) {
            java.nio.file.Path references = lacking.content().resolve("references.json");
            String json = java.nio.file.Files.readString(references);
            String bacon = json.substring(json.indexOf("\"id\": \"bacon-why"));
            String withoutPublisher = bacon.substring(0, bacon.indexOf(",\n    \"publisher\"")) + "\n  }\n]\n";
            java.nio.file.Files.writeString(references, json.substring(0, json.indexOf("\"id\": \"bacon-why")) + withoutPublisher);
            lacking.restart();
            assertThat(lacking.page(path).select(".short-form-notice").eachText()).containsExactly(
                    "The library's texts do not give this work's publisher or year, so its reference below is incomplete.");
        }
    }

    @Test
    void aWorkKnownOnlyByItsShortFormSaysSo() {
        Document work = app.page("/works/bacon-untitled");
        assertThat(work.selectFirst(".short-form-notice").text()).contains("only by the short form", "Bacon, 753.");
        // No bibliography, reference-list or works-cited entry made of the note's short form and page.
        assertThat(work.select(".work-reference .citations")).isEmpty();
        assertThat(work.select(".work-reference").text()).doesNotContain("753");
        assertThat(work.select(".citing-notes li").text()).contains("note 19", "page 753");
        assertThat(work.select("a[href=" + BACON + "]")).as("Bacon's own document").isNotEmpty();
    }

    @Test
    void theJournalExcerptCarriesHighwireTagsFirst() {
        Document page = app.page(EXCERPT);
        List<Element> metas = page.select("head meta[name^=citation_]");
        assertThat(metas.get(0).attr("name")).isEqualTo("citation_title");
        assertThat(page.select("meta[name=citation_journal_title]").attr("content")).isEqualTo("International Journal on Criminology");
        assertThat(page.select("meta[name=citation_volume]").attr("content")).isEqualTo("7");
        assertThat(page.select("meta[name=citation_firstpage]").attr("content")).isEqualTo("21");
        assertThat(page.select("meta[name=citation_public_url]").attr("content")).isEqualTo(app.url(EXCERPT));
        assertThat(page.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(app.url(EXCERPT));
        assertThat(page.selectFirst("span.Z3988").attr("title")).contains("rft.jtitle=International%20Journal%20on%20Criminology");
        assertThat(page.selectFirst("script[type=application/ld+json]").data()).contains("\"ScholarlyArticle\"");
        // The page is on Concordance; the journal is the excerpt's source, not the site.
        assertThat(page.select("meta[property=og:site_name]").attr("content")).isEqualTo("Concordance");
        assertThat(page.select("meta[name=citation_title]").attr("content")).isEqualTo("[Excerpt of an article, title not given]");
        assertThat(page.selectFirst("script[type=application/ld+json]").data()).doesNotContain("\"headline\"", "Excerpt on why");
    }

    @Test
    void blogPostsSayBlogPostAndNeverJournalTitle() {
        for (String path : List.of(MOGHADAM, BACON)) {
            Document page = app.page(path);
            assertThat(page.select("meta[name=DC.type]").attr("content")).as(path).isEqualTo("blogPost");
            assertThat(page.select("meta[name=citation_journal_title]")).as(path).isEmpty();
            assertThat(page.select("meta[name=citation_author]")).as(path).hasSize(1);
            assertThat(page.select("meta[property=og:site_name]").attr("content")).as(path).isNotBlank();
            assertThat(page.selectFirst("script[type=application/ld+json]").data()).as(path).contains("\"BlogPosting\"");
        }
    }

    @Test
    void citeThisOffersTheDocumentAndEachParagraphInThreeStyles() {
        Document page = app.page(MOGHADAM);
        // MLA 9 prints the address without http:// or https://; Chicago and APA keep it.
        assertThat(page.getElementById("cite-doc-mla").text()).doesNotContain("http").contains("/documents/why-terrorist-actors-cooperate");
        assertThat(page.getElementById("cite-doc-chicago").text()).contains(app.url(MOGHADAM));
        assertThat(page.getElementById("cite-doc-apa").text()).contains(app.url(MOGHADAM));
        Element document = page.getElementById("cite-this");
        assertThat(document.select("dt").eachText())
                .containsExactly("Chicago (17th ed., notes and bibliography)", "APA (7th ed.)", "MLA (9th ed.)");
        assertThat(page.getElementById("cite-doc-chicago").text()).startsWith("Moghadam, Assaf. “Why Terrorist Actors Cooperate.”")
                .contains("Accessed November 22, 2026.", app.url(MOGHADAM));
        assertThat(document.selectFirst(".citation-accessed").text())
                .contains("the day this text was taken into the library, November 22, 2026");
        assertThat(page.getElementById("cite-doc-apa").text()).startsWith("Moghadam, A.");
        assertThat(page.getElementById("cite-doc-mla").text()).startsWith("Moghadam, Assaf.");
        assertThat(document.select("button.copy-button")).hasSize(3).allMatch(b -> b.hasAttr("hidden"));
        int paragraphs = page.select("p.para").size();
        // Each paragraph's tools link to its citations, which have a page of their own.
        assertThat(page.select(".para-tools .tools-cite-link a")).hasSize(paragraphs);
        assertThat(page.select("#p-3-tools .tools-cite-link a").attr("href")).isEqualTo(MOGHADAM + "/cite/3");
        assertThat(page.select(".para-tools dl.citations")).isEmpty();
        Document cite = app.page(MOGHADAM + "/cite/3");
        assertThat(cite.title()).isEqualTo("Cite paragraph 3 of Why Terrorist Actors Cooperate — Concordance");
        assertThat(cite.select("main dl.citations dt")).hasSize(3);
        assertThat(cite.select("link[rel=canonical]").attr("href")).isEqualTo(app.url(MOGHADAM + "/cite/3"));
        assertThat(cite.getElementById("cite-p-3-apa-note").text()).isEqualTo("(Moghadam, n.d., para. 3)");
        assertThat(cite.getElementById("cite-p-3-chicago-note").text()).contains(app.url(MOGHADAM) + "#p-3");
        // The full reference is the whole text's, in every style: one entry however many paragraphs are cited.
        for (String style : List.of("chicago", "apa", "mla")) {
            // (MLA prints the address without its scheme.)
            assertThat(cite.getElementById("cite-p-3-" + style).text()).as(style).containsPattern(MOGHADAM + "(\\.|$)")
                    .doesNotContain("#p-3");
        }
        Element paragraph = app.page(MOGHADAM).getElementById("p-3").clone();
        paragraph.select("a.para-control, sup").remove();
        assertThat(cite.selectFirst("blockquote.cited-paragraph").text()).isEqualTo(paragraph.text());
        assertThat(cite.select("a[href=" + MOGHADAM + "#p-3]")).isNotEmpty();
        // The quotation keeps a title's italics, and nothing of the page around the paragraph.
        Element biography = app.page(MOGHADAM + "/cite/14").selectFirst("blockquote.cited-paragraph");
        assertThat(biography.select("em, i").eachText()).contains("Nexus of Global Jihad: Understanding Cooperation among Terrorist Actors");
        assertThat(biography.select("a, sup, [id]")).isEmpty();
        assertThat(app.page(EXCERPT + "/cite/1").select("blockquote.cited-paragraph sup, blockquote.cited-paragraph a")).isEmpty();
    }

    @Test
    void aParagraphOfATextPrintedOnOnePageIsCitedByThatPage() {
        // The excerpt is page 21 of its journal: a page, as the guides prefer, not "para. 1".
        Document cite = app.page(EXCERPT + "/cite/1");
        assertThat(cite.getElementById("cite-p-1-apa-note").text()).isEqualTo("([Excerpt of an article, title not given], 2020, p. 21)");
        assertThat(cite.getElementById("cite-p-1-mla-note").text()).isEqualTo("(Excerpt of an article 21)");
        assertThat(cite.getElementById("cite-p-1-chicago-note").text()).contains("(Spring 2020): 21, " + app.url(EXCERPT) + "#p-1");
        assertThat(cite.select("main dl.citations").text()).doesNotContain("para.", "par.");
    }

    @Test
    void aParagraphCitationAddressNamesAParagraphOfTheDocumentOrIsNotFound() {
        for (String missing : List.of("/cite/0", "/cite/99", "/cite/03", "/cite/-1", "/cite/3.0", "/cite/x", "/cite/99999999999999999999")) {
            assertThat(app.get(MOGHADAM + missing).statusCode()).as(missing).isEqualTo(404);
        }
        assertThat(app.get("/documents/no-such-document/cite/1").statusCode()).isEqualTo(404);
    }

    @Test
    void worksNamedInTheTextLinkToTheirPages() {
        Element biography = app.page(MOGHADAM).getElementById("p-14");
        Element link = biography.selectFirst("a.work-mention");
        assertThat(link.attr("href")).isEqualTo("/works/moghadam-nexus-of-global-jihad");
        assertThat(link.text()).isEqualTo("Nexus of Global Jihad: Understanding Cooperation among Terrorist Actors");
        Element standfirst = app.page(BACON).getElementById("p-1");
        assertThat(standfirst.selectFirst("a.work-mention").attr("href")).isEqualTo("/works/bacon-why-terrorist-groups-form-international-alliances");
        assertThat(app.page("/works/moghadam-nexus-of-global-jihad").select("a[href=" + MOGHADAM + "#p-14]")).isNotEmpty();
    }

    @Test
    void noteEighteenLinksToMoghadamsBookAndToHisDocument() {
        Element note = app.page(EXCERPT).getElementById("fn-18");
        assertThat(note.selectFirst("a.work-link").attr("href")).isEqualTo("/works/moghadam-nexus-of-global-jihad");
        assertThat(note.select(".author-document a").eachAttr("href")).containsExactly(MOGHADAM);
    }

    @Test
    void anAuthorPageListsTheirDocumentsWorksAndTheNotesCitingThem() {
        Document bacon = app.page("/people/tricia-bacon");
        assertThat(bacon.select(".person-documents a").eachAttr("href")).containsExactly(BACON);
        assertThat(bacon.select(".person-works a").eachAttr("href")).contains("/works/bacon-untitled");
        assertThat(bacon.select(".citing-notes a").eachAttr("href")).contains(EXCERPT + "#fn-19");
        Document byman = app.page("/people/daniel-byman");
        assertThat(byman.select(".citing-notes li")).hasSize(3);
        assertThat(byman.selectFirst(".person-documents").text()).contains("holds no document");
    }

    /** Random and hostile filter text: never a 5xx on the page or the API, never the input unescaped. */
    @Test
    void noQueryTextEverBreaksTheWorksPageOrTheApi() throws Exception {
        Random random = new Random(20261122L);
        List<String> hostile = List.of("\"", "<script>alert(1)</script>", "\" onmouseover=\"x", "a".repeat(5_000), "\u0000\u0001",
                "\uD83D\uDE00", "%", "&amp;", "' OR 1=1 --", "   ", ",", "Bacon,,,753", "ǅ", "İ", "ß");
        String alphabet = "abcdefghijklmnopqrstuvwxyz BYMANbacon0123456789\"()*?~^:-+!&|[]{}\\/<>'’“”é,.\u00a0\uD83D\uDE00";
        for (int i = 0; i < 400; i++) {
            String query;
            if (i < hostile.size()) {
                query = hostile.get(i);
            } else {
                StringBuilder text = new StringBuilder();
                int length = 1 + random.nextInt(30);
                for (int c = 0; c < length; c++) {
                    text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                query = text.toString();
            }
            HttpResponse<String> page = app.get("/works?q=" + q(query));
            assertThat(page.statusCode()).as(query).isEqualTo(200);
            assertThat(page.body()).as(query).doesNotContain("<script>alert", "\" onmouseover=\"x");
            HttpResponse<String> api = app.get("/api/works?q=" + q(query));
            assertThat(api.statusCode()).as(query).isEqualTo(200);
            assertThat(JSON.readTree(api.body()).get("works").isArray()).isTrue();
        }
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
