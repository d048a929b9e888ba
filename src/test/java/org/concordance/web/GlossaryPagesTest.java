package org.concordance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.concordance.TestApp;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The concept, organization and person pages, and the links into them from the documents. */
class GlossaryPagesTest {
    private static final String EXCERPT = "journal-excerpt-on-terrorist-affiliations";
    private static final String MOGHADAM = "why-terrorist-actors-cooperate";
    private static final String BACON = "allies-poised-to-help-the-islamic-state-recover";

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
    void pooledInTheExcerptLinksToThePooledAlliancePage() {
        Document excerpt = app.page("/documents/" + EXCERPT);
        Element pooled = excerpt.selectFirst("#p-1 a.mention[href=/concepts/pooled-alliance]");
        assertThat(pooled).isNotNull();
        assertThat(pooled.text()).isEqualTo("“pooled” alliance");
        assertThat(pooled.attr("data-definition")).startsWith("The closest of Bacon's types of affiliation");
        assertThat(pooled.attr("data-name")).as("the preview's heading").isEqualTo("Pooled alliance");
        assertThat(excerpt.select("a.mention[data-name]")).allSatisfy(link -> assertThat(link.text()).isNotEqualTo(link.attr("data-name")));
    }

    @Test
    void thePooledAlliancePageShowsBaconsTypologyItBelongsToAndItsPassages() {
        Document page = app.page("/concepts/pooled-alliance");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Pooled alliance");
        assertThat(page.selectFirst(".entry-summary").text()).startsWith("The closest of Bacon's types of affiliation");
        Element quote = page.selectFirst("figure.defining-quote");
        assertThat(quote.selectFirst("blockquote").text()).endsWith("The result is a “pooled” alliance.");
        assertThat(quote.selectFirst("figcaption a").attr("href")).isEqualTo("/documents/" + EXCERPT + "#p-1");
        assertThat(page.selectFirst(".introduced-by").text()).contains("Bacon", "“Bacon, 753” (note 19)");
        assertThat(page.selectFirst(".introduced-by a").attr("href")).isEqualTo("/people/tricia-bacon");
        assertThat(page.select(".entry-related dt a").eachAttr("href")).first().isEqualTo("/concepts/types-of-affiliation");
        assertThat(page.select(".entry-mentions .kwic a").eachAttr("href")).contains("/documents/" + EXCERPT + "#p-1");
        assertThat(page.select(".entry-mentions .kwic mark").eachText()).allMatch(term -> term.toLowerCase().contains("pooled"));
    }

    @Test
    void theTypologyPageListsEveryPassageOnAllianceTypesAcrossTheLibrary() {
        Document page = app.page("/concepts/types-of-affiliation");
        assertThat(page.select(".entry-related dt a").eachAttr("href")).contains("/concepts/pooled-alliance");
        List<String> places = page.select(".entry-mentions .kwic a").eachAttr("href");
        assertThat(places).isNotEmpty().allMatch(href -> href.matches("/documents/[a-z0-9-]+#(p|fn)-[0-9]+"));
        assertThat(places).contains("/documents/" + EXCERPT + "#p-1");
        assertThat(page.select(".entry-counts li").eachText()).allMatch(line -> line.matches(".*: \\d+ mentions? in \\d+ paragraphs?"));
    }

    @Test
    void theHezbollahPageListsEveryPassageMentioningHezbollahWithLinksToTheParagraphs() {
        Document page = app.page("/organizations/hezbollah");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Hezbollah");
        assertThat(page.selectFirst(".entry-variants").text()).contains("Hizballah");
        assertThat(page.select(".mention-group")).singleElement()
                .satisfies(group -> assertThat(group.selectFirst("h3 a").attr("href")).isEqualTo("/documents/" + MOGHADAM));
        assertThat(page.select(".kwic a.kwic-place").eachAttr("href")).containsExactly(
                "/documents/" + MOGHADAM + "#p-5", "/documents/" + MOGHADAM + "#p-7", "/documents/" + MOGHADAM + "#p-9");
        assertThat(page.select(".kwic mark").eachText()).containsOnly("Hezbollah");
        assertThat(page.select(".kwic li").first().text()).contains("Hezbollah decided to collaborate with the Abu Nidal Organization");
        assertThat(page.select(".entry-counts li").text()).contains("3 mentions in 3 paragraphs");
        assertThat(page.select(".entry-alongside a").eachAttr("href")).contains("/concepts/knowledge-transfer");
    }

    @Test
    void aDocumentsCountsNameTheParagraphsAndTheNotesItsListShows() {
        Document page = app.page("/people/daniel-byman");
        var group = page.selectFirst(".mention-group");
        assertThat(group.select("a.kwic-place").eachText()).containsExactly("¶ 1", "note 14", "note 15", "note 16");
        assertThat(group.selectFirst(".group-count").text()).isEqualTo("(4 mentions in 1 paragraph and 3 notes)");
        assertThat(page.select(".entry-counts li").text()).contains("4 mentions in 1 paragraph and 3 notes");
    }

    @Test
    void theFirstMentionInTheDocumentIsLinkedAndLaterOnesAreNot() {
        Document page = app.page("/documents/" + MOGHADAM);
        assertThat(page.select("#p-5 a.mention[href=/organizations/hezbollah]")).hasSize(1);
        assertThat(page.select("#p-7 a.mention[href=/organizations/hezbollah]")).isEmpty();
        assertThat(page.selectFirst("#p-7").text()).contains("Hezbollah famously transferred");
        assertThat(page.select("#p-9 a.mention[href=/organizations/hezbollah]")).isEmpty();
        List<String> links = page.select("a.mention").eachAttr("href");
        assertThat(links).allMatch(href -> href.matches("/(concepts|organizations|people)/[a-z0-9-]+")).doesNotHaveDuplicates();
        assertThat(page.select("a.mention").eachText()).doesNotContain("cooperation", "alliances", "allies", "training",
                "level of violence");
    }

    @Test
    void aParagraphsToolsOfferRelatedSentencesWithTheSharedWordsMarked() {
        Document page = app.page("/documents/" + MOGHADAM);
        Element related = page.selectFirst("#p-2-tools .tools-related");
        assertThat(related).isNotNull();
        Element first = related.selectFirst("li");
        assertThat(first.selectFirst("a.related-link").attr("href")).isEqualTo("/documents/" + BACON
                + "?mark=lethal&mark=weapons%20of%20mass%20destruction&mark=surviving%20losses#p-7");
        assertThat(first.selectFirst(".related-excerpt").text()).startsWith("Terrorist groups with allies tend to conduct more lethal");
        assertThat(first.select(".related-excerpt mark").eachText()).containsExactly("lethal", "weapons of mass destruction",
                "surviving losses");
        assertThat(first.selectFirst(".related-why").text()).isEqualTo("Both discuss lethality and organizational resilience.");
        for (Element tools : page.select(".tools-related")) {
            assertThat(tools.select("li")).hasSizeBetween(1, 3);
            assertThat(tools.select("li a").eachAttr("href")).noneMatch(href -> href.startsWith("/documents/" + MOGHADAM));
        }
        assertThat(app.page("/documents/" + BACON).select("#p-1-tools .tools-related")).as("no related passages for a standfirst").isEmpty();
    }

    @Test
    void aConceptLinksTheWorkOrDocumentItWasIntroducedIn() {
        assertThat(app.page("/concepts/process-goals").select(".introduced-by a").eachAttr("href"))
                .containsExactly("/people/assaf-moghadam", "/works/moghadam-nexus-of-global-jihad");
        assertThat(app.page("/concepts/terrorist-cooperation").select(".introduced-by a").eachAttr("href"))
                .containsExactly("/people/assaf-moghadam", "/documents/" + MOGHADAM);
        assertThat(app.page("/concepts/pooled-alliance").select(".introduced-by a").eachAttr("href"))
                .containsExactly("/people/tricia-bacon");
    }

    @Test
    void theIndexesListEveryEntryAToZWithOneLineAndLetterNavigation() {
        Document concepts = app.page("/concepts");
        assertThat(concepts.select(".entry-list dt a").eachAttr("href")).contains("/concepts/pooled-alliance", "/concepts/safe-haven");
        List<String> names = concepts.select(".entry-list dt a").eachText();
        assertThat(names).isSortedAccordingTo(org.concordance.content.Collation.NAMES);
        for (Element letter : concepts.select(".letter-nav a")) {
            assertThat(concepts.getElementById(letter.attr("href").substring(1))).as(letter.text()).isNotNull();
        }
        assertThat(concepts.selectFirst("a[href=/concepts/pooled-alliance]").closest("div").selectFirst("dd").text())
                .startsWith("The closest of Bacon's types");
        assertThat(app.page("/organizations").select(".entry-list dt a").eachAttr("href")).contains("/organizations/hezbollah")
                .noneMatch(href -> href.startsWith("/people/"));
        assertThat(app.page("/people").select(".entry-list dt a").eachAttr("href")).contains("/people/tricia-bacon", "/people/kozo-okamoto");
    }

    /** People are listed as an index lists them: by family name, inverted, a particle not counted in the order. */
    @Test
    void peopleAreListedByFamilyName() {
        Document people = app.page("/people");
        assertThat(people.select(".entry-list dt a").eachText()).containsExactly(
                "Bacon, Tricia", "al-Baghdadi, Abu Bakr", "Byman, Daniel", "Moghadam, Assaf", "Okamoto, Kozo");
        assertThat(people.select(".letter-group h2").eachText()).containsExactly("B", "M", "O");
    }

    @Test
    void aPersonPageShowsVariantsDescriptionMentionsAndConceptsAlongside() {
        Document page = app.page("/people/kozo-okamoto");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Kozo Okamoto");
        assertThat(page.selectFirst(".entry-summary").text()).contains("Japanese Red Army");
        assertThat(page.select(".entry-related a").eachAttr("href")).contains("/organizations/japanese-red-army");
        assertThat(page.select(".kwic a.kwic-place").eachAttr("href")).contains("/documents/" + MOGHADAM + "#p-6");
        assertThat(page.select(".entry-alongside")).hasSize(1);
    }

    /** A book named in a description is in italics on the pages, and plain text where markup cannot go. */
    @Test
    void aBookInADescriptionIsInItalicsOnThePagesAndPlainInMetaTagsAndPreviews() {
        Document page = app.page("/people/assaf-moghadam");
        assertThat(page.select(".entry-summary i").eachText()).containsExactly("Nexus of Global Jihad");
        assertThat(page.selectFirst("meta[name=description]").attr("content")).endsWith("author of Nexus of Global Jihad.");
        assertThat(app.page("/people").select("dd i").eachText()).contains("Nexus of Global Jihad",
                "Why Terrorist Groups Form International Alliances");
        assertThat(app.page("/documents/journal-excerpt-on-terrorist-affiliations").select("a.mention[href=/people/assaf-moghadam]")
                .eachAttr("data-definition")).allSatisfy(definition -> assertThat(definition).doesNotContain("*")
                        .endsWith("author of Nexus of Global Jihad."));
    }

    @Test
    void theSiteNavigationMarksTheCurrentSection() {
        assertThat(app.page("/concepts/safe-haven").select(".site-nav a[aria-current=page]").eachText()).containsExactly("Concepts");
        assertThat(app.page("/organizations").select(".site-nav a[aria-current=page]").eachText()).containsExactly("Organizations");
        assertThat(app.page("/").select(".site-nav a[aria-current=page]").eachText()).containsExactly("Library");
        assertThat(app.page("/people/tricia-bacon").select(".site-nav a[aria-current=page]").eachText()).containsExactly("People");
        assertThat(app.page("/").select(".site-nav a").eachText()).containsExactly("Library", "Concepts", "Organizations",
                "People", "Works", "Network");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/concepts/no-such-concept", "/organizations/no-such-group", "/people/nobody",
            "/organizations/tricia-bacon", "/people/hezbollah", "/concepts/hezbollah"})
    void unknownSlugsAnswer404WithTheErrorPage(String path) {
        var response = app.get(path);
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Page not found");
    }
}
