package org.concordance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import org.concordance.TestApp;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A document's own title with italics inside it, written in its front matter as Markdown, from the
 * content file to every page and form that names the document: italics as {@code <i>} on pages,
 * plain text in {@code <title>} and meta tags, and no asterisk anywhere. Issue 12: the title
 * "Reading *Nexus of Global Jihad* alongside *The Accidental Guerrilla*" printed its asterisks.
 */
class DocumentTitleItalicsTest {
    private static final String PLAIN = "Reading Nexus of Global Jihad alongside The Accidental Guerrilla";
    private static final String HTML = "Reading <i>Nexus of Global Jihad</i> alongside <i>The Accidental Guerrilla</i>";
    private static TestApp app;

    @BeforeAll
    static void start() throws Exception {
        app = TestApp.start();
        Files.writeString(app.content().resolve("documents/reading-nexus.md"), """
                ---
                title: Reading *Nexus of Global Jihad* alongside *The Accidental Guerrilla*
                kind: blog-post
                authors:
                  - Jane Roe
                venue: Conflict Notes
                date: March 2, 2021
                year: 2021
                accessed: 2026-11-22
                source: reading-nexus.txt
                ---
                Two books read side by side on why al-Qaeda's affiliates cooperate.[^1]

                [^1]: Assaf Moghadam, *Nexus of Global Jihad: Understanding Cooperation Among Terrorist Actors* (New York: Columbia University Press, 2017), 12.
                """);
        Files.writeString(app.content().resolve("sources/reading-nexus.txt"), "Two books read side by side.\n");
        app.restart();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    /** The HTML of the one element {@code css} selects, as written inside it. */
    private static String inner(Document page, String css) {
        Element element = page.selectFirst(css);
        assertThat(element).as(css).isNotNull();
        return element.html();
    }

    @Test
    void theDocumentPageSetsTheTitleInItalicsWhereItIsTextAndPlainWhereItIsNot() {
        Document page = app.page("/documents/reading-nexus");
        assertThat(inner(page, "h1#doc-title")).isEqualTo(HTML);
        assertThat(page.title()).isEqualTo(PLAIN + " — Concordance");
        for (String meta : List.of("meta[name=citation_title]", "meta[property=og:title]")) {
            assertThat(page.selectFirst(meta).attr("content")).as(meta).isEqualTo(PLAIN);
        }
        // The document has no summary: its description says what its title block says, in plain text.
        assertThat(page.selectFirst("meta[name=description]").attr("content")).isEqualTo(PLAIN
                + ". Blog post. By Jane Roe · Conflict Notes (March 2, 2021). In the Concordance library, with its notes and citations.");
        assertThat(page.selectFirst("script[type=application/ld+json]").data()).contains("\"headline\":\"" + PLAIN + "\"");
        // Chicago, MLA and APA each print the post's title with the two book titles in italics.
        assertThat(page.select(".cite-this .citation")).hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(citation -> assertThat(citation.html()).contains("<i>Nexus of Global Jihad</i>"));
        assertThat(page.outerHtml()).doesNotContain("*Nexus").doesNotContain("&lt;i&gt;");
    }

    @Test
    void listsAndLinksNamingTheDocumentKeepItsItalics() {
        Document home = app.page("/");
        assertThat(home.select("a[href=/documents/reading-nexus]")).isNotEmpty()
                .allSatisfy(link -> assertThat(link.html()).isEqualTo(HTML));
        Document cite = app.page("/documents/reading-nexus/cite/1");
        assertThat(cite.title()).startsWith("Cite paragraph 1 of " + PLAIN + " — ");
        assertThat(cite.select("a[href=/documents/reading-nexus]")).isNotEmpty()
                .allSatisfy(link -> assertThat(link.html()).isEqualTo(HTML));
        Document work = app.page("/works/moghadam-nexus-of-global-jihad");
        assertThat(work.select("a[href^=/documents/reading-nexus]")).isNotEmpty()
                .allSatisfy(link -> assertThat(link.html()).contains(HTML));
    }

    @Test
    void searchResultsNameTheDocumentWithItsItalics() {
        Document results = app.page("/search?q=%22Accidental+Guerrilla%22");
        assertThat(results.select("h2 a[href^=/documents/reading-nexus]")).isNotEmpty()
                .allSatisfy(link -> assertThat(link.html()).startsWith(HTML));
        Document passages = app.page("/search?q=%22side+by+side%22");
        assertThat(passages.select("h2 a[href*=reading-nexus]")).isNotEmpty()
                .allSatisfy(link -> assertThat(link.html()).isEqualTo(HTML + ", ¶ 1"));
        assertThat(results.outerHtml() + passages.outerHtml()).doesNotContain("*Nexus").doesNotContain("&lt;i&gt;");
        assertThat(results.title()).doesNotContain("<i>");
        // The filter by document names it the same way.
        assertThat(passages.select(".facets a[href*=doc=reading-nexus]")).singleElement()
                .satisfies(link -> assertThat(link.html()).isEqualTo(HTML));
    }
}
