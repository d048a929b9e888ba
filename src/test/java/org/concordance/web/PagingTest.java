package org.concordance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.concordance.TestApp;
import org.concordance.bench.LibraryGenerator;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Long lists come a page at a time (issue #14): the home page's documents and an entry's passages,
 * each page linking its neighbours with rel=prev/next and saying which items it shows; every item
 * is on exactly one page; a page that does not exist is a 404, never a 5xx.
 */
class PagingTest {
    /** Enough documents for three pages of the home page. */
    private static final int GENERATED = 110;
    private static TestApp app;

    @BeforeAll
    static void start() throws Exception {
        app = TestApp.start();
        try (Stream<Path> files = Files.walk(app.content())) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
        LibraryGenerator.generate(Path.of("content"), app.content(), GENERATED, 7);
        app.restart();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void theHomePageListsEveryDocumentOnceAcrossItsPages() throws IOException {
        int total = GENERATED + 3;
        int pages = (total + LibraryPages.DOCUMENTS_PER_PAGE - 1) / LibraryPages.DOCUMENTS_PER_PAGE;
        Set<String> seen = new HashSet<>();
        List<Integer> sizes = new ArrayList<>();
        String next = "/";
        for (int page = 1; page <= pages; page++) {
            Document html = app.page(next);
            List<String> links = html.select(".document-list h3 a").eachAttr("href");
            sizes.add(links.size());
            seen.addAll(links);
            assertThat(html.selectFirst("nav.pagination span").text()).startsWith("Page " + page + " of " + pages);
            assertThat(html.select("a[rel=prev]").isEmpty()).isEqualTo(page == 1);
            if (page > 1) {
                assertThat(html.selectFirst("a[rel=prev]").attr("href")).isEqualTo(page == 2 ? "/" : "/?page=" + (page - 1));
            }
            next = page < pages ? html.selectFirst("a[rel=next]").attr("href") : null;
            assertThat(next == null).isEqualTo(page == pages);
        }
        assertThat(seen).hasSize(total);
        assertThat(sizes.get(0)).isEqualTo(LibraryPages.DOCUMENTS_PER_PAGE);
        assertThat(app.get("/?page=" + (pages + 1)).statusCode()).isEqualTo(404);
        assertThat(app.get("/?page=99999999999999999999").statusCode()).isEqualTo(404);
        // No list has a page 0 or -1: a 400, as on the search pages (a trial: 404 here, 400 there).
        for (String none : List.of("0", "-1", "-99999999999999999999")) {
            assertThat(app.get("/?page=" + none).statusCode()).as(none).isEqualTo(400);
        }
        // Not a whole number in digits 0-9: malformed, as the search says (a trial: 404 here, 400 there, and "٣" read as 3).
        for (String malformed : List.of("x", "2.5", "%00", "%D9%A3", "1e3")) {
            assertThat(app.get("/?page=" + malformed).statusCode()).as(malformed).isEqualTo(400);
            assertThat(app.get("/search?q=alliance&page=" + malformed).statusCode()).as(malformed).isEqualTo(400);
        }
        assertThat(app.get("/?page=1").body()).isEqualTo(app.get("/").body());
    }

    @Test
    void anEntrysPassagesComeTwentyDocumentsAPage() {
        Document first = app.page("/organizations/hezbollah");
        assertThat(first.select(".mention-group")).hasSize(GlossaryPages.DOCUMENTS_PER_PAGE);
        assertThat(first.select(".count-list li")).hasSize(GlossaryPages.DOCUMENTS_PER_PAGE);
        assertThat(first.selectFirst(".entry-counts .list-count").text()).matches("1–20 of [\\d,]+ documents that mention it, [\\d,]+ mentions in all");
        String second = first.selectFirst(".entry-mentions a[rel=next]").attr("href");
        assertThat(second).isEqualTo("/organizations/hezbollah?page=2");
        Document page2 = app.page(second);
        Set<String> one = new HashSet<>(first.select(".mention-group").eachAttr("id"));
        assertThat(page2.select(".mention-group").eachAttr("id")).isNotEmpty().noneMatch(one::contains);
        assertThat(page2.selectFirst(".entry-mentions a[rel=prev]").attr("href")).isEqualTo("/organizations/hezbollah");
        assertThat(app.get("/organizations/hezbollah?page=9999").statusCode()).isEqualTo(404);
    }

    @Test
    void theWorksComeAHundredAPageFilteredOrNot() {
        Document first = app.page("/works");
        int total = Integer.parseInt(first.selectFirst("#works-count").attr("data-total"));
        assertThat(total).as("the generated library cites more works than one page holds").isGreaterThan(CitationPages.WORKS_PER_PAGE);
        assertThat(first.select("#works-list > li")).hasSize(CitationPages.WORKS_PER_PAGE);
        assertThat(first.selectFirst("#works-list").attr("data-paged")).isEqualTo("true");
        Document second = app.page(first.selectFirst("a[rel=next]").attr("href"));
        assertThat(second.selectFirst("#works-list").attr("start")).isEqualTo(String.valueOf(CitationPages.WORKS_PER_PAGE + 1));
        Set<String> one = new HashSet<>(first.select("#works-list > li > a").eachAttr("href"));
        assertThat(second.select("#works-list > li > a").eachAttr("href")).noneMatch(one::contains);
        assertThat(app.get("/works?page=999").statusCode()).isEqualTo(404);
        // A filter keeps its words in the pages' links.
        Paging filtered = new Paging(2, 100, 250, "/works", "q=byman");
        assertThat(filtered.href(1)).isEqualTo("/works?q=byman");
        assertThat(filtered.href(3)).isEqualTo("/works?q=byman&page=3");
        assertThat(filtered.shown()).isEqualTo("101–200 of 250");
    }
    @Test
    void noDocumentPageGrowsWithTheLibrary() throws IOException {
        List<String> slugs;
        try (Stream<Path> files = Files.list(app.content().resolve("documents"))) {
            slugs = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".md"))
                    .map(n -> n.substring(0, n.length() - 3)).sorted().toList();
        }
        int counted = 0;
        for (String slug : slugs) {
            var response = app.get("/documents/" + slug);
            assertThat(response.body().length()).as(slug).isLessThan(150_000);
            Document page = org.jsoup.Jsoup.parse(response.body());
            for (var work : page.select(".note-list .note-work")) {
                List<String> authors = new ArrayList<>();
                for (var writing : work.select(".author-document")) {
                    authors.add(writing.ownText().replaceAll(",.*", ""));
                    var links = writing.select("a");
                    assertThat(links).as(slug).isNotEmpty().hasSizeLessThanOrEqualTo(CitationView.LISTED_DOCUMENTS);
                    if (writing.text().matches(".* who wrote \\d+ documents in this library\\.")) {
                        counted++;
                        assertThat(links).hasSize(1);
                        assertThat(links.attr("href")).matches("/people/.+|/search\\?q=author%3A%22.+%22");
                    }
                }
                assertThat(authors).as("each author once under a cited work, in " + slug).doesNotHaveDuplicates();
            }
        }
        assertThat(counted).as("notes citing an author of more than two documents").isPositive();
    }
}
