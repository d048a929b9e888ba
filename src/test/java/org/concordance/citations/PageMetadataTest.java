package org.concordance.citations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.concordance.content.Document;
import org.junit.jupiter.api.Test;

class PageMetadataTest {
    private static final String SITE = "Concordance";

    private static Document document(String slug) {
        return Fixtures.LIBRARY.document(slug).orElseThrow();
    }

    private static List<String> keys(List<MetaTag> tags) {
        return tags.stream().map(MetaTag::key).toList();
    }

    @Test
    void aBlogPostIsABlogPostAndNeverAJournalArticle() {
        List<MetaTag> tags = PageMetadata.metaTags(document("why-terrorist-actors-cooperate"), "https://c.example/d", SITE);
        assertThat(keys(tags)).doesNotContain("citation_journal_title").contains("og:site_name");
        assertThat(tags).contains(MetaTag.name("DC.type", "blogPost"), MetaTag.name("citation_author", "Assaf Moghadam"),
                MetaTag.name("citation_title", "Why Terrorist Actors Cooperate"), MetaTag.property("og:site_name", SITE));
        assertThat(keys(tags).get(0)).isEqualTo("citation_title");
    }

    @Test
    void theJournalExcerptCarriesItsJournalVolumeIssueAndPage() {
        List<MetaTag> tags = PageMetadata.metaTags(document("journal-excerpt-on-terrorist-affiliations"), "https://c.example/d", SITE);
        assertThat(tags).contains(MetaTag.name("citation_journal_title", "International Journal on Criminology"),
                MetaTag.name("citation_volume", "7"), MetaTag.name("citation_issue", "2"),
                MetaTag.name("citation_firstpage", "21"), MetaTag.name("citation_publication_date", "2020"));
        assertThat(keys(tags)).doesNotContain("citation_author", "DC.type");
        // Cited by what is known: the description the citations give, bracketed as a description
        // standing for a title is, never the library's label.
        assertThat(tags).contains(MetaTag.name("citation_title", "[Excerpt of an article, title not given]"));
    }

    @Test
    void theSiteNameIsConcordanceNeverTheJournalTheExcerptCameFrom() {
        List<MetaTag> tags = PageMetadata.metaTags(document("journal-excerpt-on-terrorist-affiliations"), "https://c.example/d", SITE);
        assertThat(tags).contains(MetaTag.property("og:site_name", SITE))
                .doesNotContain(MetaTag.property("og:site_name", "International Journal on Criminology"));
    }

    @Test
    void anUntitledTextHasNoHeadlineInJsonLdAndItsNameIsTheBracketedDescription() throws Exception {
        JsonNode excerpt = new ObjectMapper().readTree(PageMetadata.jsonLd(document("journal-excerpt-on-terrorist-affiliations"), "u"));
        assertThat(excerpt.has("headline")).isFalse();
        assertThat(excerpt.get("name").asText()).isEqualTo("[Excerpt of an article, title not given]");
        assertThat(excerpt.toString()).doesNotContain("Excerpt on why");
        JsonNode titled = new ObjectMapper().readTree(PageMetadata.jsonLd(document("why-terrorist-actors-cooperate"), "u"));
        assertThat(titled.get("headline").asText()).isEqualTo("Why Terrorist Actors Cooperate");
        assertThat(titled.get("name").asText()).isEqualTo("Why Terrorist Actors Cooperate");
    }

    /**
     * A date stated to the day is given to the day in every form a reference manager reads, as the
     * exports give it (found by a trial: Zotero's connector saved the year only).
     */
    @Test
    void aDateStatedToTheDayIsGivenToTheDay() throws Exception {
        for (String stated : List.of("March 15, 2021", "2021-03-15", "15 March 2021")) {
            Document dated = dated(stated, 2021);
            assertThat(PageMetadata.metaTags(dated, "u", SITE)).as(stated).contains(MetaTag.name("citation_publication_date", "2021/03/15"));
            assertThat(new ObjectMapper().readTree(PageMetadata.jsonLd(dated, "u")).get("datePublished").asText()).isEqualTo("2021-03-15");
            assertThat(URLDecoder.decode(PageMetadata.coins(dated, "u"), StandardCharsets.UTF_8)).contains("rft.date=2021-03-15");
        }
        assertThat(PageMetadata.metaTags(dated("May 2021", 2021), "u", SITE)).contains(MetaTag.name("citation_publication_date", "2021/05"));
        Document paged = dated("May 2021", 2021);
        org.concordance.content.Metadata m = paged.metadata();
        Document shortened = new Document(paged.slug(), new org.concordance.content.Metadata(m.title(), m.label(), m.kind(), m.authors(),
                m.venue(), m.volume(), m.issue(), m.date(), m.year(), java.util.Optional.of("315–16"), m.byline(), m.summary(),
                m.excerpt(), m.accessed(), m.url(), m.language(), m.sourceFile()), paged.figure(), paged.blocks(), paged.notes());
        assertThat(PageMetadata.metaTags(shortened, "u", SITE)).contains(MetaTag.name("citation_firstpage", "315"),
                MetaTag.name("citation_lastpage", "316"));
        assertThat(URLDecoder.decode(PageMetadata.coins(shortened, "u"), StandardCharsets.UTF_8)).contains("rft.spage=315", "rft.epage=316");
        assertThat(PageMetadata.metaTags(dated("Spring 2020", 2020), "u", SITE)).contains(MetaTag.name("citation_publication_date", "2020"));
    }

    private static Document dated(String date, int year) {
        Document base = Libraries.withNotes().documents().get(0);
        org.concordance.content.Metadata m = base.metadata();
        org.concordance.content.Metadata metadata = new org.concordance.content.Metadata(m.title(), m.label(), m.kind(), m.authors(),
                m.venue(), m.volume(), m.issue(), java.util.Optional.of(date), java.util.OptionalInt.of(year), m.pages(), m.byline(),
                m.summary(), m.excerpt(), m.accessed(), m.url(), m.language(), m.sourceFile());
        return new Document(base.slug(), metadata, base.figure(), base.blocks(), base.notes());
    }

    @Test
    void oneCitationAuthorPerAuthor() {
        List<MetaTag> tags = PageMetadata.metaTags(Libraries.withNotes().documents().get(0), "https://c.example/d", SITE);
        assertThat(tags.stream().filter(t -> t.key().equals("citation_author"))).hasSize(1);
    }

    @Test
    void coinsIsAnOpenUrlContextObject() {
        String blog = PageMetadata.coins(document("allies-poised-to-help-the-islamic-state-recover"), "https://c.example/d?a=1");
        assertThat(blog).startsWith("ctx_ver=Z39.88-2004&rft_val_fmt=info%3Aofi%2Ffmt%3Akev%3Amtx%3Adc&rft.type=blogPost")
                .contains("rft.creator=Tricia%20Bacon").contains("rft.identifier=https%3A%2F%2Fc.example%2Fd%3Fa%3D1");
        String journal = URLDecoder.decode(PageMetadata.coins(document("journal-excerpt-on-terrorist-affiliations"), "u"),
                StandardCharsets.UTF_8);
        assertThat(journal).contains("rft.jtitle=International Journal on Criminology", "rft.volume=7", "rft.issue=2",
                "rft.date=2020", "rft.genre=article");
    }

    @Test
    void jsonLdNamesTheTypeAuthorsAndPeriodical() throws Exception {
        JsonNode blog = new ObjectMapper().readTree(PageMetadata.jsonLd(document("why-terrorist-actors-cooperate"), "https://c.example/d"));
        assertThat(blog.get("@type").asText()).isEqualTo("BlogPosting");
        assertThat(blog.get("author").get(0).get("name").asText()).isEqualTo("Assaf Moghadam");
        JsonNode article = new ObjectMapper().readTree(PageMetadata.jsonLd(document("journal-excerpt-on-terrorist-affiliations"), "u"));
        assertThat(article.get("@type").asText()).isEqualTo("ScholarlyArticle");
        assertThat(article.at("/isPartOf/issueNumber").asText()).isEqualTo("2");
        assertThat(article.at("/isPartOf/isPartOf/volumeNumber").asText()).isEqualTo("7");
        assertThat(article.at("/isPartOf/isPartOf/isPartOf/name").asText()).isEqualTo("International Journal on Criminology");
    }

    /**
     * Every object's keys come in the order they were written, "@type" first: the same bytes on
     * every JVM (Map.of's iteration order changes from one run to the next, which made replicas
     * and restarts send different pages and entity tags).
     */
    @Test
    void jsonLdKeysComeInAFixedOrder() throws Exception {
        for (String slug : List.of("why-terrorist-actors-cooperate", "journal-excerpt-on-terrorist-affiliations")) {
            JsonNode ld = new ObjectMapper().readTree(PageMetadata.jsonLd(document(slug), "https://c.example/d"));
            List<JsonNode> typed = ld.findParents("@type");
            assertThat(typed).hasSizeGreaterThanOrEqualTo(2);
            for (JsonNode object : typed) {
                String first = object.fieldNames().next();
                assertThat(first).as("%s: %s", slug, object).isIn("@context", "@type");
            }
        }
    }

    @Test
    void jsonLdCannotCloseItsScriptElement() {
        assertThat(PageMetadata.jsonLd(document("why-terrorist-actors-cooperate"), "https://c.example/</script>"))
                .doesNotContain("</script>");
    }
}
