package org.concordance.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.concordance.TestApp;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An organization's other names and spellings, and a cited work named like it, as a new reader's
 * trial met them: the bundled library with a text citing Levitt's <i>Hezbollah</i> and three works
 * spelling al-Qaeda "al-Qa'ida" or "al-Qa‘ida".
 */
class OtherNamesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestApp app;

    @BeforeAll
    static void start() throws Exception {
        app = TestApp.start();
        Files.writeString(app.content().resolve("documents/allies-abroad.md"), """
                ---
                title: Allies Abroad
                kind: blog-post
                authors:
                  - Jane Roe
                venue: Conflict Notes
                date: March 2, 2021
                year: 2021
                accessed: 2026-11-22
                source: allies-abroad.txt
                ---
                Iran's partner reaches far beyond Lebanon.[^1] Its money travels further still.[^2]

                In the Sahel the two jihadist brands compete.[^3] Older studies saw one network.[^4] Its
                affiliates came later.[^5]

                [^1]: Matthew Levitt, *Hezbollah: The Global Footprint of Lebanon's Party of God* (Washington, DC: Georgetown University Press, 2013), 212.
                [^2]: Levitt, *Hezbollah*, 230–31.
                [^3]: Héni Nsaibia and Caleb Weiss, "The End of the Sahelian Anomaly: How the Global Conflict between the Islamic State and al-Qa‘ida Finally Came to West Africa," *CTC Sentinel* 13, no. 7 (2020): 1–14.
                [^4]: Jason Burke, *Al-Qa'ida: Casting a Shadow of Terror* (London: I.B. Tauris, 2003), 7.
                [^5]: Barak Mendelsohn, *The al-Qa’ida Franchise: The Expansion of al-Qa’ida and Its Consequences* (New York: Oxford University Press, 2016), 3.
                """);
        Files.writeString(app.content().resolve("sources/allies-abroad.txt"), "Iran's partner reaches far beyond Lebanon.\n");
        app.restart();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static JsonNode json(String path) throws Exception {
        return JSON.readTree(app.get(path).body());
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.get(field).asText()));
        return texts;
    }

    /** Issue: the book claimed the word "Hezbollah", and the organization's card was dropped though counted. */
    @Test
    void aWorkNamedLikeAnOrganizationShowsBesideItsCardNotInsteadOfIt() throws Exception {
        Document page = app.page("/search?q=Hezbollah");
        List<String> cards = page.select(".entry-card h3 a").eachAttr("href");
        assertThat(cards).hasSize(2);
        assertThat(cards.get(0)).isEqualTo("/organizations/hezbollah");
        assertThat(cards.get(1)).startsWith("/works/levitt-hezbollah");
        assertThat(texts(json("/api/search?q=Hezbollah").get("entries"), "url")).isEqualTo(cards);
        // A longer name still claims its words from a shorter one.
        assertThat(texts(json("/api/search?q=" + q("Al Qaeda Central")).get("entries"), "url"))
                .containsExactly("/organizations/al-qaeda-central");
    }

    /** Issue: only an entry's main name was offered; its other names and spellings offered nothing. */
    @Test
    void anOrganizationsOtherNamesSuggestItUnderItsMainName() throws Exception {
        for (String[] typed : new String[][] {{"Hizballah", "/organizations/hezbollah", "Hizballah → Hezbollah"},
                {"Hizb", "/organizations/hezbollah", "→ Hezbollah"}, {"al-Qaida", "/organizations/al-qaeda", "→ Al Qaeda"},
                {"ISIS", "/organizations/islamic-state", "ISIS → Islamic State"},
                {"Daesh", "/organizations/islamic-state", "Daesh → Islamic State"},
                {"ANO", "/organizations/abu-nidal-organization", "ANO → Abu Nidal Organization"}}) {
            JsonNode suggestions = json("/api/suggest?q=" + q(typed[0])).get("suggestions");
            assertThat(texts(suggestions, "url")).as(typed[0]).contains(typed[1]);
            JsonNode entry = null;
            for (JsonNode suggestion : suggestions) {
                if (suggestion.get("url").asText().equals(typed[1])) {
                    entry = suggestion;
                    break;
                }
            }
            assertThat(entry.get("label").asText()).as(typed[0]).contains(typed[2]);
            assertThat(entry.get("kind").asText()).as(typed[0]).isEqualTo("organization");
            // Offered once, however many of its names begin so.
            assertThat(texts(suggestions, "url").stream().filter(typed[1]::equals)).as(typed[0]).hasSize(1);
        }
        // The main name is offered as itself, not again under the names that contain it.
        JsonNode hezbollah = json("/api/suggest?q=Hezb").get("suggestions");
        assertThat(texts(hezbollah, "label")).contains("Hezbollah").noneMatch(label -> label.contains("→ Hezbollah"));
    }

    /** Issue: the works filter matched the letters typed, not the word: "al-Qaida" missed "al-Qa'ida". */
    @Test
    void theWorksFilterFindsATitleUnderAnySpellingOrNameOfWhatItNames() throws Exception {
        for (String query : List.of("al-Qaida", "Qaeda", "al-Qa'ida", "Al Qaeda", "AQ")) {
            assertThat(texts(json("/api/works?q=" + q(query)).get("works"), "title")).as(query)
                    .anySatisfy(title -> assertThat(title).startsWith("The End of the Sahelian Anomaly"))
                    .anySatisfy(title -> assertThat(title).startsWith("Al-Qa'ida: Casting a Shadow"))
                    .anySatisfy(title -> assertThat(title).startsWith("The al-Qa’ida Franchise"));
        }
        for (String query : List.of("Hizballah", "Hizbullah Levitt", "hezbollah")) {
            assertThat(texts(json("/api/works?q=" + q(query)).get("works"), "title")).as(query)
                    .anySatisfy(title -> assertThat(title).startsWith("Hezbollah: The Global Footprint"));
        }
        // The words still must all be there: another name of one entry is not a licence for any word.
        assertThat(json("/api/works?q=" + q("Hizballah Sahel")).get("works")).isEmpty();
        Document page = app.page("/works?q=" + q("al-Qaida"));
        assertThat(page.select("a[href^=/works/]").eachText())
                .anySatisfy(text -> assertThat(text).contains("Casting a Shadow"));
        // The words the page's own filter matches as the reader types, folded alike, with the other names.
        assertThat(app.page("/works").select("li[data-filter]").eachAttr("data-filter"))
                .anySatisfy(words -> assertThat(words).contains("al qaida casting").contains(" qaeda").contains(" aq"))
                .anySatisfy(words -> assertThat(words).contains("hezbollah the global").contains(" hizballah"));
    }
}
