package org.concordance.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.concordance.TestApp;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SearchPagesTest {
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

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void anEmptyQueryShowsSearchTips() {
        Document page = app.page("/search");
        assertThat(page.selectFirst(".tips")).isNotNull();
        assertThat(page.select(".result")).isEmpty();
    }

    @Test
    void entriesFoundUnderTheirOwnKindAreNamedWithAllKinds() {
        Document page = app.page("/search?q=alliance");
        org.jsoup.select.Elements also = page.select(".result-count a");
        assertThat(also).isNotEmpty();
        for (org.jsoup.nodes.Element link : also) {
            String kind = link.attr("href").replaceAll(".*[?&]kind=([a-z]+).*", "$1");
            assertThat(List.of("concept", "organization", "person", "work")).contains(kind);
            // The number said is the number the kind's own filter lists.
            org.jsoup.nodes.Element facet = page.select(".facets a[href$=kind=" + kind + "]").first();
            assertThat(facet.parent().text()).endsWith("(" + link.text().split(" ")[0] + ")");
        }
        assertThat(page.selectFirst(".result-count").text()).contains("Also found in").contains("concepts");
        assertThat(app.page("/search?q=alliance&kind=concept").select(".result-count a")).isEmpty();
        assertThat(app.page("/search?q=alliance&kind=paragraph").select(".result-count a")).isEmpty();
    }

    /** A direction override typed into a search acts only within the words echoed, never on the site's own after them. */
    @Test
    void directionalFormattingTypedIntoAQueryIsClosedWhereverTheQueryIsEchoed() {
        Document search = app.page("/search?q=%E2%80%AEoverride");
        assertThat(search.title()).startsWith("Search: \u202Eoverride\u202C");
        assertThat(search.select("input[name=q]").val()).isEqualTo("\u202Eoverride\u202C");
        assertThat(search.selectFirst("meta[name=description]").attr("content")).doesNotContain("\u202Eoverride\u201D");
        Document works = app.page("/works?q=%E2%81%A7x");
        assertThat(works.title()).startsWith("Works cited: \u2067x\u2069");
        // A stray closer has nothing to close, and goes.
        assertThat(app.page("/search?q=a%E2%80%ACb").select("input[name=q]").val()).isEqualTo("ab");
    }

    @Test
    void theSearchPageIsForSearchEnginesAndItsResultsPagesAreNot() {
        assertThat(app.page("/search").select("meta[name=robots]")).isEmpty();
        assertThat(app.page("/search?q=").select("meta[name=robots]")).isEmpty();
        for (String results : List.of("/search?q=alliance", "/search?q=" + q("zzzz nothing"), "/search?q=alliance&page=2")) {
            assertThat(app.page(results).select("meta[name=robots]").attr("content")).as(results).isEqualTo("noindex");
        }
    }

    @Test
    void resultsLinkToTheExactParagraphWithTheWordsToMark() {
        Document page = app.page("/search?q=" + q("Kozo Okamoto"));
        assertThat(page.selectFirst(".result-count").text()).contains("result");
        org.jsoup.nodes.Element passage = page.select(".result").stream()
                .filter(result -> result.selectFirst("h2 a").attr("href").endsWith("#p-6")).findFirst().orElseThrow();
        assertThat(passage.selectFirst("h2 a").attr("href")).startsWith("/documents/why-terrorist-actors-cooperate?hl=");
        assertThat(passage.selectFirst(".result-snippet mark").text()).contains("Okamoto");
        assertThat(page.select(".result h2 a").eachAttr("href")).noneMatch(href -> href.startsWith("/people/"));
        assertThat(page.select(".entry-card h3 a").eachAttr("href")).containsExactly("/people/kozo-okamoto");
        assertThat(page.selectFirst("#site-search").attr("value")).isEqualTo("Kozo Okamoto");
    }

    @Test
    void aCardSetsAWorkNamedInAnActorsDescriptionInItalicsAsItsPageDoes() {
        Document page = app.page("/search?q=" + q("Assaf Moghadam"));
        org.jsoup.nodes.Element card = page.select(".entry-card").stream()
                .filter(each -> each.selectFirst("h3 a").attr("href").equals("/people/assaf-moghadam")).findFirst().orElseThrow();
        assertThat(card.select(".entry-card-summary i").eachText()).containsExactly("Nexus of Global Jihad");
        assertThat(card.selectFirst(".entry-card-summary").text()).doesNotContain("*").endsWith("author of Nexus of Global Jihad.");
    }

    @Test
    void notesAreFoundAndLandOnTheNote() {
        Document page = app.page("/search?q=" + q("Buddies or Burdens"));
        assertThat(page.select(".result h2 a").eachAttr("href")).anySatisfy(href ->
                assertThat(href).startsWith("/documents/journal-excerpt-on-terrorist-affiliations").endsWith("#fn-14"));
    }

    @Test
    void filtersByDocumentAndKindShowTheirCounts() {
        Document all = app.page("/search?q=alliance");
        assertThat(all.select(".facets a").eachText()).contains("All documents", "All kinds");
        String onlyNotes = all.select("nav[aria-labelledby=facet-kinds] a").stream()
                .filter(a -> a.text().equals("Passage")).findFirst().orElseThrow().attr("href");
        Document passages = app.page(onlyNotes);
        assertThat(passages.select(".result-meta").eachText()).allSatisfy(meta -> assertThat(meta).startsWith("Passage"));
    }

    @Test
    void aMisspellingShowsTheResultsOfTheLibrarysSpellingWithALinkToTheWordsAsTyped() {
        Document page = app.page("/search?q=Hezbolah");
        assertThat(page.selectFirst(".corrected-query").text())
                .isEqualTo("Showing results for Hezbollah. Search instead for Hezbolah.");
        assertThat(page.selectFirst(".entry-card h3 a").attr("href")).isEqualTo("/organizations/hezbollah");
        assertThat(page.select(".result")).isNotEmpty();
        String asTyped = page.selectFirst(".corrected-query a").attr("href");
        assertThat(asTyped).isEqualTo("/search?q=Hezbolah&exact=1");
        Document exact = app.page(asTyped);
        assertThat(exact.select(".result")).isEmpty();
        assertThat(exact.selectFirst(".corrected-query")).isNull();
        assertThat(exact.selectFirst(".did-you-mean a").text()).isEqualTo("Hezbollah");
    }

    /**
     * A reader who typed both spellings asked for the word once: the correction says it once ("Qaeda
     * Qaida" showed "Showing results for Qaeda Qaeda"), and finds what the one word finds.
     */
    @Test
    void aCorrectionToAWordTheQueryAlreadyHasIsNotRepeated() {
        Document typo = app.page("/search?q=" + q("Hezbolah Hezbollah"));
        assertThat(typo.selectFirst(".corrected-query").text())
                .isEqualTo("Showing results for Hezbollah. Search instead for Hezbolah Hezbollah.");
        assertThat(typo.select(".result h2 a").eachAttr("href"))
                .isEqualTo(app.page("/search?q=Hezbollah").select(".result h2 a").eachAttr("href"));
        for (String both : List.of("Qaeda Qaida", "Qaida Qaeda", "Qaida qaida")) {
            Document page = app.page("/search?q=" + q(both));
            org.jsoup.nodes.Element corrected = page.selectFirst(".corrected-query strong");
            assertThat(corrected == null ? both : corrected.text()).as(both).doesNotContainIgnoringCase("Qaeda Qaeda");
            assertThat(page.select(".result h2 a").eachAttr("href")).as(both)
                    .isEqualTo(app.page("/search?q=Qaeda").select(".result h2 a").eachAttr("href"));
        }
        // With syntax, the word is left as typed rather than taken out from beside its operator.
        org.jsoup.nodes.Element or = app.page("/search?q=" + q("Hezbollah OR Hezbolah")).selectFirst(".corrected-query strong");
        assertThat(or == null ? "" : or.text()).doesNotContain("Hezbollah OR Hezbollah");
    }

    @Test
    void nothingFoundGivesCloseNamesAndHowSearchingWorks() {
        Document page = app.page("/search?q=Hizbala");
        assertThat(page.selectFirst(".result-count").text()).contains("Nothing in the library matches");
        assertThat(page.select(".close-entries a").eachAttr("href")).contains("/organizations/hezbollah");
        assertThat(page.select(".no-results li code").eachText()).contains("AND", "author:bacon");
        assertThat(page.select(".no-results a").eachAttr("href")).contains("/concepts", "/organizations");
    }

    @Test
    void aPagePastTheEndRedirectsToTheLastPageAndTheApiAnswers404() throws Exception {
        long total = JSON.readTree(app.get("/api/search?q=alliance").body()).get("total").asLong();
        long last = (total + 9) / 10;
        HttpResponse<String> past = app.get("/search?q=terrorist&kind=paragraph&page=99");
        assertThat(past.statusCode()).isEqualTo(302);
        String location = past.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith("/search?q=terrorist&kind=paragraph");
        Document lastPage = app.page(location);
        assertThat(lastPage.select(".result")).isNotEmpty();
        assertThat(lastPage.selectFirst(".pagination span").text()).matches("Page (\\d+) of \\1");
        assertThat(app.get("/search?q=alliance&page=" + (last + 1)).statusCode()).isEqualTo(302);
        assertThat(app.get("/search?q=zzzzqqq&page=2").headers().firstValue("Location")).contains("/search?q=zzzzqqq");
        // A page number too long for an int is past the end too, not malformed.
        HttpResponse<String> huge = app.get("/search?q=terrorist&kind=paragraph&page=99999999999999999999");
        assertThat(huge.statusCode()).isEqualTo(302);
        assertThat(huge.headers().firstValue("Location")).hasValue(location);
        assertThat(app.get("/api/search?q=alliance&page=99999999999").statusCode()).isEqualTo(404);
        HttpResponse<String> api = app.get("/api/search?q=alliance&page=99");
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(api.body()).get("message").asText()).contains("past the last page");
    }

    @Test
    void theApiReturnsTheCardsBesideTheHitsAndTheCorrectedQuery() throws Exception {
        JsonNode body = JSON.readTree(app.get("/api/search?q=" + q("Hezbolah Hamas")).body());
        assertThat(body.get("query").asText()).isEqualTo("Hezbolah Hamas");
        assertThat(body.get("correctedQuery").asText()).isEqualTo("Hezbollah Hamas");
        JsonNode entries = body.get("entries");
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).get("kind").asText()).isEqualTo("organization");
        assertThat(entries.get(0).get("name").asText()).isEqualTo("Hezbollah");
        assertThat(entries.get(0).get("url").asText()).isEqualTo("/organizations/hezbollah");
        assertThat(entries.get(0).get("summary").asText()).isNotBlank();
        assertThat(entries.get(0).get("passages").asInt()).isEqualTo(3);
        assertThat(body.get("hits").get(0).get("url").asText()).contains("why-terrorist-actors-cooperate").endsWith("#p-7");
        assertThat(body.get("hits")).allSatisfy(hit -> assertThat(hit.get("kind").asText()).isIn("paragraph", "note", "document", "relation"));
        JsonNode concepts = JSON.readTree(app.get("/api/search?q=" + q("safe haven") + "&kind=concept").body());
        assertThat(concepts.get("entries")).isEmpty();
        assertThat(concepts.get("hits").get(0).get("url").asText()).isEqualTo("/concepts/safe-haven");
    }

    @Test
    void theJsonApiAnswersInItsDocumentedShape() throws Exception {
        JsonNode body = JSON.readTree(app.get("/api/search?q=" + q("\"pooled\" alliance") + "&size=2").body());
        assertThat(body.get("query").asText()).isEqualTo("\"pooled\" alliance");
        assertThat(body.get("total").asLong()).isPositive();
        assertThat(body.get("page").asInt()).isEqualTo(1);
        assertThat(body.get("size").asInt()).isEqualTo(2);
        assertThat(body.get("hits")).allSatisfy(hit -> {
            assertThat(hit.get("kind").asText()).isNotBlank();
            assertThat(hit.get("snippet").asText()).contains("<mark>");
        });
        JsonNode passages = JSON.readTree(app.get("/api/search?q=" + q("\"pooled\" alliance") + "&kind=paragraph").body());
        assertThat(passages.get("hits").get(0).get("url").asText())
                .startsWith("/documents/journal-excerpt-on-terrorist-affiliations").contains("#p-1");
    }

    /**
     * Words are searched for in any of them: the count line says how many results have them all,
     * when not every one does, and the API gives the number.
     */
    @Test
    void theCountSaysHowManyResultsHaveEveryWord() throws Exception {
        assertThat(app.page("/search?q=" + q("Hezbollah Nigeria")).selectFirst(".result-count").text())
                .contains("None has every word searched for; each has some of them.");
        assertThat(app.page("/search?q=" + q("Hezbollah Amal")).selectFirst(".result-count").text())
                .containsPattern("\\d+ of them ha(s|ve) every word searched for; the others, some of them\\.");
        assertThat(app.page("/search?q=alliance").selectFirst(".result-count").text()).doesNotContain("every word");
        assertThat(app.page("/search?q=" + q("\"safe haven\"")).selectFirst(".result-count").text()).doesNotContain("every word");
        JsonNode both = JSON.readTree(app.get("/api/search?q=" + q("Hezbollah Amal")).body());
        assertThat(both.get("withEveryWord").asLong()).isPositive().isLessThan(both.get("total").asLong());
        JsonNode one = JSON.readTree(app.get("/api/search?q=alliance").body());
        assertThat(one.get("withEveryWord").asLong()).isEqualTo(one.get("total").asLong());
    }

    @Test
    void aFilterNamingNoDocumentOrKindIsABadRequestNotNothingFound() throws Exception {
        // Found by a hostile-input trial: "Nothing in the library matches alliance", untrue of the query.
        HttpResponse<String> document = app.get("/search?q=alliance&doc=" + q("<nonexistent>"));
        assertThat(document.statusCode()).isEqualTo(400);
        assertThat(document.body()).contains("There is no document called ‘&lt;nonexistent&gt;’").doesNotContain("<nonexistent>")
                .doesNotContain("Nothing in the library matches");
        HttpResponse<String> kind = app.get("/api/search?q=alliance&kind=bogus");
        assertThat(kind.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(kind.body()).get("message").asText())
                .isEqualTo("There is no kind of result called ‘bogus’. The kinds are document, paragraph, note, relation,"
                        + " concept, organization, person, work.");
        // A known document and kind, and blank ones, filter as before.
        assertThat(app.get("/search?q=alliance&doc=why-terrorist-actors-cooperate&kind=paragraph").statusCode()).isEqualTo(200);
        assertThat(app.get("/search?q=alliance&doc=&kind=").statusCode()).isEqualTo(200);
    }

    /**
     * A long search says truly what was searched, and the page's sentences quote it cut short (a new
     * user's trial: one 9,000-character word was "only its first 32 words" and filled a phone's screen).
     */
    @Test
    void aLongSearchSaysWhatWasSearchedAndIsQuotedBackCutShort() throws Exception {
        String word = "a".repeat(9_000);
        Document one = app.page("/search?q=" + word);
        assertThat(one.selectFirst(".search-notice").text()).isEqualTo("Your search was long, so its words were searched as plain text.");
        String echoed = one.selectFirst(".result-count q").text();
        assertThat(echoed).endsWith("\u2026").hasSizeLessThanOrEqualTo(SearchView.ECHOED_CHARS + 2);
        assertThat(one.selectFirst("#site-search, input[name=q]").attr("value")).isEqualTo(word);
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            many.append("alliance").append(i).append(' ');
        }
        Document cut = app.page("/search?q=" + q(many.toString().strip()));
        assertThat(cut.selectFirst(".search-notice").text()).isEqualTo("Your search was long, so only its first 32 words were searched.");
        assertThat(cut.selectFirst(".result-count q").text()).endsWith("\u2026").hasSizeLessThanOrEqualTo(SearchView.ECHOED_CHARS + 2);
        // The title and description quote it cut short too (a trial: a 900-word search was the page's title).
        for (Document page : List.of(one, cut)) {
            assertThat(page.title()).endsWith("\u2026 — Concordance").hasSizeLessThanOrEqualTo(SearchView.ECHOED_CHARS + 30);
            assertThat(page.selectFirst("meta[name=description]").attr("content")).endsWith("\u2026”.")
                    .hasSizeLessThanOrEqualTo(SearchView.ECHOED_CHARS + 60);
        }
        // A direction opened at its start and closed only at its end is closed again where it is cut.
        Document override = app.page("/search?q=" + q("\u202E" + "x".repeat(300)));
        String quoted = override.selectFirst(".result-count q").text();
        assertThat(quoted).startsWith("\u202E").contains("\u202C");
    }

    @Test
    void outOfRangePagingGetsA400WithAMessage() throws Exception {
        for (String params : List.of("page=0", "size=10000", "size=0", "page=abc", "size=-3", "size=99999999999", "page=-99999999999")) {
            HttpResponse<String> response = app.get("/api/search?q=x&" + params);
            assertThat(response.statusCode()).as(params).isEqualTo(400);
            assertThat(JSON.readTree(response.body()).get("message").asText()).as(params).isNotBlank();
            assertThat(app.get("/search?q=x&" + params.replace("size", "page")).statusCode()).as(params).isIn(302, 400);
        }
        assertThat(app.get("/search?q=x&page=0").body()).contains("must be 1 or more");
    }

    @Test
    void suggestionsCompleteWhatTheReaderTypes() throws Exception {
        JsonNode body = JSON.readTree(app.get("/api/suggest?q=Hezb").body());
        assertThat(body.get("suggestions")).isNotEmpty();
        assertThat(body.get("suggestions").get(0).get("label").asText()).containsIgnoringCase("hezbollah");
        // The organization is offered once: not again as the word of its name.
        List<String> labels = new java.util.ArrayList<>();
        JSON.readTree(app.get("/api/suggest?q=hez").body()).get("suggestions").forEach(s -> labels.add(s.get("label").asText()));
        assertThat(labels).filteredOn(label -> label.equalsIgnoreCase("hezbollah")).containsExactly("Hezbollah");
        assertThat(JSON.readTree(app.get("/api/suggest?q=").body()).get("suggestions")).isEmpty();
    }

    /** The texts write "café" (Allies Poised…): completions and corrections showed "cafe", the word as folded. */
    @Test
    void suggestionsAndCorrectionsSpellAWordAsTheTextsDo() throws Exception {
        for (String typed : List.of("caf", "cafe", "café", "CAF")) {
            List<String> labels = new java.util.ArrayList<>();
            JSON.readTree(app.get("/api/suggest?q=" + q(typed)).body()).get("suggestions").forEach(s -> labels.add(s.get("label").asText()));
            assertThat(labels).as(typed).contains("café").doesNotContain("cafe");
        }
        JsonNode cafe = JSON.readTree(app.get("/api/suggest?q=caf").body()).get("suggestions").get(0);
        assertThat(app.page(cafe.get("url").asText()).select(".result-snippet mark").eachText()).contains("café");
        Document corrected = app.page("/search?q=caffe");
        assertThat(corrected.selectFirst(".corrected-query strong").text()).isEqualTo("café");
        assertThat(corrected.select(".result-snippet mark").eachText()).contains("café");
    }

    @Test
    void browsersAreOfferedTheSiteSearch() {
        HttpResponse<String> response = app.get("/opensearch.xml");
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/opensearchdescription+xml");
        assertThat(response.body()).contains("/search?q={searchTerms}");
        assertThat(app.page("/").selectFirst("link[rel=search]").attr("href")).isEqualTo("/opensearch.xml");
    }

    /** Thousands of random and hostile queries: never a 5xx, never the input unescaped in the page. */
    @Test
    void noQueryTextEverBreaksThePageOrTheApi() {
        Random random = new Random(20261122L);
        List<String> hostile = List.of("\"", "(", ")", "*", "?", "AND", "OR NOT", "~", "^", "[a TO", "{", "\\", "/", "-",
                "<script>alert(1)</script>", "\" onmouseover=\"x", "author:", "doc:\"", "title:(", "a".repeat(10_000),
                "\u0000\u0001\u001f", "\uD83D\uDE00", "\u202E", "ǅ", "İ", "ß", "&amp;", "%", "%%", "' OR 1=1 --");
        String alphabet = "abcdefghijklmnopqrstuvwxyz AQISHezbolah\"()*?~^:-+!&|[]{}\\/<>'’“”é\u0000\u00a0\uD83D\uDE00";
        for (int i = 0; i < 2000; i++) {
            String query;
            if (i < hostile.size()) {
                query = hostile.get(i);
            } else {
                StringBuilder text = new StringBuilder();
                int length = 1 + random.nextInt(i % 10 == 0 ? 300 : 25);
                for (int c = 0; c < length; c++) {
                    text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                if (random.nextInt(5) == 0) {
                    text.append(hostile.get(random.nextInt(hostile.size())));
                }
                query = text.toString();
            }
            String encoded = q(query);
            HttpResponse<String> page = app.get("/search?q=" + encoded);
            assertThat(page.statusCode()).as(query).isLessThan(500).isEqualTo(200);
            assertThat(page.body()).as(query).doesNotContain("<script>alert", "\" onmouseover=\"x");
            if (i % 4 == 0) {
                HttpResponse<String> api = app.get("/api/search?q=" + encoded + "&kind=paragraph");
                assertThat(api.statusCode()).as(query).isEqualTo(200);
                assertThat(Jsoup.parse(api.body()).select("script")).isEmpty();
            }
        }
    }
}
