package org.concordance.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.concordance.TestApp;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The network's pages, API and downloads over HTTP, and its parts of the organization, document and search pages. */
class NetworkPagesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MOGHADAM = "why-terrorist-actors-cooperate";
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
    void theMapLinksEveryOrganizationAndEveryRelationWithoutScript() {
        Document page = app.page("/network");
        Element svg = page.selectFirst("figure.network-figure svg.network-map");
        assertThat(svg).isNotNull();
        List<String> nodes = svg.select("a.node").eachAttr("href");
        assertThat(nodes).hasSize(26).contains("/organizations/islamic-state", "/organizations/hezbollah",
                "/organizations/islamic-state-yemen", "/organizations/al-qaeda-affiliates");
        assertThat(svg.select("a.edge").eachAttr("href")).hasSize(22).allMatch(href -> href.startsWith("/relations/"));
        assertThat(svg.select("a.node text").eachText()).contains("Islamic State", "Hezbollah");
        assertThat(svg.select("a.edge-rivalry")).hasSize(2);
        assertThat(page.select(".network-key-list a").eachAttr("href")).contains("/network?type=rivalry", "/network?type=province");
    }

    @Test
    void theHubsAreTheIslamicStateAlQaedaAndHezbollahInThatOrder() {
        Document page = app.page("/network");
        assertThat(page.select(".network-hub-table tbody th a").eachText()).containsExactly("Islamic State", "Al Qaeda", "Hezbollah");
        assertThat(page.select(".network-hub-table tbody tr").first().select("td").eachText()).containsExactly("1", "9", "36", "1.00");
        // A rival is no partner (a trial: Amal was one of Hezbollah's "4 partners"); the map says which is which.
        assertThat(page.select("svg a.node[href=/organizations/hezbollah] > title").text()).isEqualTo("Hezbollah: 3 partners, 1 rival");
        assertThat(page.select("svg a.node[href=/organizations/amal] > title").text()).isEqualTo("Amal: no partner, 1 rival");
        assertThat(page.select(".network-figures-defined dt").eachText()).containsExactly("Partners (degree)", "Betweenness",
                "Eigenvector centrality");
    }

    @Test
    void theTableListsEveryRelationWithItsEvidenceOneClickFromThePassage() {
        Document page = app.page("/network");
        assertThat(page.select(".relation-table tbody tr")).hasSize(22);
        Element rivalry = page.getElementById("hezbollah-rivalry-amal");
        assertThat(rivalry.select("td").eachAttr("data-label")).containsExactly("From", "Relation", "To", "When", "Evidence");
        assertThat(rivalry.select("td").get(1).selectFirst("a").attr("href")).isEqualTo("/relations/hezbollah-rivalry-amal");
        assertThat(rivalry.select("td").get(3).text()).isEqualTo("the late 1980s");
        assertThat(rivalry.selectFirst("blockquote").text()).startsWith("When competing with Amal for power in Lebanon");
        assertThat(rivalry.selectFirst("figcaption a").attr("href")).isEqualTo("/documents/" + MOGHADAM + "#p-5");
    }

    @Test
    void filtersByTypeAndDocumentNarrowTheMapAndTheTable() {
        Document rivalries = app.page("/network?type=rivalry");
        assertThat(rivalries.select(".relation-table tbody tr").eachAttr("id"))
                .containsExactly("hezbollah-rivalry-amal", "islamic-state-rivalry-al-qaeda");
        assertThat(rivalries.select("svg a.node")).hasSize(4);
        assertThat(rivalries.selectFirst("#filter-type option[selected]").attr("value")).isEqualTo("rivalry");
        assertThat(rivalries.selectFirst(".network-filter-state").text()).isEqualTo("The 2 rivalry relations, of 22.");

        Document bacon = app.page("/network?type=&document=allies-poised-to-help-the-islamic-state-recover");
        assertThat(bacon.select(".relation-table tbody tr")).hasSize(9);
        Document none = app.page("/network?type=training&document=allies-poised-to-help-the-islamic-state-recover");
        assertThat(none.select("svg.network-map")).isEmpty();
        assertThat(none.selectFirst(".network-empty").text()).startsWith("No relation of this type");
        // The hubs are the whole network's, whatever the filter.
        assertThat(none.select(".network-hub-table tbody th a").eachText()).containsExactly("Islamic State", "Al Qaeda", "Hezbollah");
        // The unfiltered page is rendered once and revalidates; a filtered one is rendered for its request.
        assertThat(app.get("/network").headers().firstValue("ETag")).isPresent();
    }

    @Test
    void unknownFiltersAnswerAHelpfulBadRequest() {
        HttpResponse<String> type = app.get("/network?type=" + q("<friendship>"));
        assertThat(type.statusCode()).isEqualTo(400);
        assertThat(type.body()).contains("There is no relation type ‘&lt;friendship&gt;’", "alliance, province")
                .doesNotContain("<friendship>");
        HttpResponse<String> document = app.get("/network?document=journal-excerpt-on-terrorist-affiliations");
        assertThat(document.statusCode()).isEqualTo(400);
        assertThat(document.body()).contains("No relation in the network is stated in a document");
    }

    @Test
    void aRelationPageShowsPartiesTypeTimeConceptsAndEveryQuoteLinkedToItsParagraph() {
        Document page = app.page("/relations/islamic-state-yemen-province-islamic-state");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Islamic State in Yemen became a province of Islamic State");
        assertThat(page.select(".relation-facts dd a").eachAttr("href")).contains("/organizations/islamic-state-yemen",
                "/organizations/islamic-state", "/network?type=province", "/concepts/provinces", "/concepts/pledge-of-allegiance");
        assertThat(page.select(".relation-facts dd").eachText()).contains("2014");
        assertThat(page.select(".relation-evidence figcaption a").eachAttr("href")).containsExactly(
                "/documents/allies-poised-to-help-the-islamic-state-recover#p-4",
                "/documents/allies-poised-to-help-the-islamic-state-recover#p-4",
                "/documents/allies-poised-to-help-the-islamic-state-recover#p-6");
        assertThat(page.select(".relation-facts dt").eachText()).startsWith("From", "To");
        assertThat(app.get("/relations/no-such-relation").statusCode()).isEqualTo(404);
        // Without a direction neither party is "from" the other (a trial: From Hezbollah, To Amal, then "no direction").
        Document rivalry = app.page("/relations/hezbollah-rivalry-amal");
        assertThat(rivalry.select(".relation-facts dt").eachText()).startsWith("Parties").doesNotContain("From", "To");
        assertThat(rivalry.selectFirst(".relation-facts dd").text()).isEqualTo("Hezbollah and Amal");
    }

    @Test
    void hezbollahsPageShowsItsPartnersAndItsRivalEachWithTheSentenceAndItsPassage() {
        Document page = app.page("/organizations/hezbollah");
        Element partners = page.selectFirst("section.entry-partners");
        assertThat(partners.select("h3").eachText()).containsExactly("Cooperation", "Tactical partnership", "Knowledge transfer", "Rivalry");
        Element rivalry = partners.select(".partner-group").last();
        assertThat(rivalry.selectFirst(".partner-name").attr("href")).isEqualTo("/organizations/amal");
        assertThat(rivalry.selectFirst("blockquote").text()).contains("When competing with Amal for power in Lebanon");
        assertThat(rivalry.selectFirst("figcaption a").attr("href")).isEqualTo("/documents/" + MOGHADAM + "#p-5");
        assertThat(partners.select(".partner-name").eachText()).contains("Abu Nidal Organization", "Al Qaeda", "Hamas");
        assertThat(app.page("/organizations/plo").select("section.entry-partners")).as("no relation, no section").isEmpty();
        // The time reads as part of the sentence, with its own preposition where the text gives one.
        assertThat(rivalry.selectFirst(".partner-how").text()).isEqualTo("Hezbollah competed with Amal in the late 1980s");
        assertThat(app.page("/organizations/islamic-state").select(".partner-how").eachText())
                .contains("Islamic State allied with Islamic State in Nigeria in the few years after 2014");
        assertThat(app.page("/organizations/earth-liberation-front").select(".partner-how").eachText())
                .anyMatch(line -> line.endsWith(" in 1997") && !line.contains("in in"));
    }

    @Test
    void aParagraphThatStatesRelationsOffersThem() {
        Document page = app.page("/documents/" + MOGHADAM);
        Element panel = page.selectFirst("#p-5-tools .tools-relations");
        assertThat(panel.selectFirst(".tools-heading").text()).isEqualTo("Relations stated in paragraph 5");
        assertThat(panel.select("li")).hasSize(5);
        assertThat(page.selectFirst("#p-5 a.para-control").text()).endsWith(", relations");
        assertThat(panel.select("a").eachAttr("href")).contains("/relations/hezbollah-rivalry-amal",
                "/relations/islamic-state-rivalry-al-qaeda");
        assertThat(page.select("#p-1-tools .tools-relations")).isEmpty();
    }

    @Test
    void searchFindsRelationsByTheirPartiesAndType() throws Exception {
        JsonNode amal = JSON.readTree(app.get("/api/search?q=" + q("Hezbollah Amal")).body());
        List<String> urls = new ArrayList<>();
        amal.get("hits").forEach(hit -> urls.add(hit.get("url").asText()));
        // Amal's own page (whose line calls it Hezbollah's rival) may come first; the relation is next to it.
        assertThat(urls.subList(0, 3)).contains("/relations/hezbollah-rivalry-amal");
        assertThat(amal.get("hits").get(urls.indexOf("/relations/hezbollah-rivalry-amal")).get("kind").asText()).isEqualTo("relation");
        JsonNode training = JSON.readTree(app.get("/api/search?q=" + q("IRA FARC training")).body());
        List<String> kinds = new ArrayList<>();
        training.get("hits").forEach(hit -> kinds.add(hit.get("kind").asText() + " " + hit.get("url").asText()));
        // The paragraph that states it comes first; the relation, which quotes it, next.
        assertThat(kinds.get(0)).startsWith("paragraph /documents/why-terrorist-actors-cooperate");
        assertThat(kinds.get(1)).isEqualTo("relation /relations/ira-training-farc");
    }

    /** The API takes the page's filters, and refuses an unknown one as the page does (it answered 200, unfiltered: a trial). */
    @Test
    void theApiIsFilteredAsThePageIs() throws Exception {
        JsonNode rivalries = JSON.readTree(app.get("/api/network?type=rivalry").body());
        assertThat(rivalries.get("edges")).isNotEmpty().allSatisfy(edge -> assertThat(edge.get("type").asText()).isEqualTo("rivalry"));
        java.util.Set<String> joined = new java.util.HashSet<>();
        rivalries.get("edges").forEach(edge -> {
            joined.add(edge.get("source").asText());
            joined.add(edge.get("target").asText());
        });
        List<String> ids = new ArrayList<>();
        rivalries.get("nodes").forEach(node -> ids.add(node.get("id").asText()));
        assertThat(ids).containsExactlyInAnyOrderElementsOf(joined);
        JsonNode stated = JSON.readTree(app.get("/api/network?document=" + MOGHADAM).body());
        assertThat(stated.get("edges")).isNotEmpty().allSatisfy(edge -> assertThat(edge.get("evidence").findValuesAsText("document"))
                .contains(MOGHADAM));
        HttpResponse<String> bogus = app.get("/api/network?type=bogus");
        assertThat(bogus.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(bogus.body()).get("message").asText()).contains("There is no relation type ‘bogus’");
    }

    @Test
    void theApiAnswersInExactlyTheDocumentedShape() throws Exception {
        HttpResponse<String> response = app.get("/api/network");
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.fieldNames()).toIterable().containsExactly("nodes", "edges");
        JsonNode node = body.get("nodes").get(0);
        assertThat(node.fieldNames()).toIterable().containsExactly("id", "name", "kind", "degree", "betweenness", "url");
        JsonNode islamicState = find(body.get("nodes"), "id", "islamic-state");
        assertThat(islamicState.get("name").asText()).isEqualTo("Islamic State");
        assertThat(islamicState.get("degree").asInt()).as("its partners: its rival Al Qaeda is none").isEqualTo(9);
        assertThat(islamicState.get("url").asText()).isEqualTo("/organizations/islamic-state");
        JsonNode edge = find(body.get("edges"), "id", "hezbollah-knowledge-transfer-hamas");
        assertThat(edge.fieldNames()).toIterable().containsExactly("id", "source", "target", "type", "directed", "when",
                "concepts", "evidence");
        assertThat(edge.get("source").asText()).isEqualTo("hezbollah");
        assertThat(edge.get("directed").asBoolean()).isTrue();
        assertThat(edge.get("when").asText()).isEqualTo("the 1990s");
        JsonNode evidence = edge.get("evidence").get(0);
        assertThat(evidence.fieldNames()).toIterable().containsExactly("document", "paragraph", "url", "quote");
        assertThat(evidence.get("paragraph").asInt()).isEqualTo(7);
        assertThat(evidence.get("url").asText()).isEqualTo("/documents/" + MOGHADAM + "#p-7");
        assertThat(find(body.get("edges"), "id", "islamic-state-rivalry-al-qaeda").get("when").isNull()).isTrue();
        assertThat(body.get("edges")).hasSize(22);
    }

    @Test
    void theDownloadsAreServedAsFilesAndTheGexfOpensInAGraphReader() {
        HttpResponse<String> gexf = app.get("/network.gexf");
        assertThat(gexf.headers().firstValue("Content-Disposition")).contains("attachment; filename=\"network.gexf\"");
        DirectedPseudograph<String, DefaultEdge> graph = new DirectedPseudograph<>(null, DefaultEdge::new, false);
        graph.setVertexSupplier(new java.util.function.Supplier<>() {
            private int next;

            @Override
            public String get() {
                return "v" + next++;
            }
        });
        new SimpleGEXFImporter<String, DefaultEdge>().importGraph(graph, new java.io.StringReader(gexf.body()));
        assertThat(graph.vertexSet()).hasSize(26);
        assertThat(graph.edgeSet()).hasSize(22);
        assertThat(gexf.body()).contains(app.url("/organizations/islamic-state"));
        assertThat(app.get("/network.graphml").headers().firstValue("Content-Type")).get().asString().startsWith("application/graphml+xml");
        HttpResponse<String> csv = app.get("/network.csv");
        assertThat(csv.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
        assertThat(csv.body().lines().count()).isGreaterThan(22);
    }

    @Test
    void theNavigationOffersTheNetwork() {
        Document page = app.page("/relations/hezbollah-rivalry-amal");
        assertThat(page.selectFirst(".site-nav a[href=/network]").attr("aria-current")).isEqualTo("page");
        assertThat(app.page("/").selectFirst(".site-nav a[href=/network]").hasAttr("aria-current")).isFalse();
    }

    @Test
    void twoIngestsOfTheSameContentServeTheSameNetworkToTheByte() {
        byte[] first = app.getBytes("/network").body();
        try (TestApp other = TestApp.start()) {
            assertThat(other.getBytes("/network").body()).isEqualTo(first);
        }
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode item : array) {
            if (item.get(field).asText().equals(value)) {
                return item;
            }
        }
        throw new AssertionError("no " + field + " = " + value);
    }
}
