package org.concordance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.concordance.TestApp;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Arabic names and titles inside the site's English lines (a new user's trial): every citation and
 * the line under a title isolate each right-to-left run, so a citation beginning with an Arabic name
 * is not laid out right to left as a whole ("(n.d., para. 1 (الخطيب") and a journal's volume stays
 * after its Arabic name; a title ending in "؟" gets no period after it, in citations as in the page's
 * description, as one ending in "?" does.
 */
class RightToLeftLinesTest {
    private static final String TITLE = "لماذا تتحالف الجماعات الإرهابية؟";
    private static final String JOURNAL = "مجلة الدراسات الأمنية";
    private static TestApp app;

    @BeforeAll
    static void start() throws Exception {
        app = TestApp.start();
        Files.writeString(app.content().resolve("documents/arabic-alliances.md"), """
                ---
                title: %s
                kind: journal-article
                authors:
                  - أحمد الخطيب
                  - John Q. Smith
                venue: %s
                volume: 12
                issue: 3
                year: 2022
                pages: 45–67
                accessed: 2026-12-01
                source: arabic-alliances.txt
                ---
                تتعاون الجماعات المسلحة فيما بينها لأسباب كثيرة.
                """.formatted(TITLE, JOURNAL));
        Files.writeString(app.content().resolve("documents/marriage.md"), """
                ---
                title: A Marriage of Convenience?
                kind: blog-post
                authors:
                  - Jane Roe
                accessed: 2026-12-01
                source: arabic-alliances.txt
                ---
                Two groups allied for a while.
                """);
        Files.writeString(app.content().resolve("sources/arabic-alliances.txt"), "تتعاون الجماعات المسلحة فيما بينها لأسباب كثيرة.\n");
        app.restart();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void everyCitationIsolatesTheArabicNamesAndTitleAndLeavesNoPeriodAfterTheQuestionMark() {
        Document cite = app.page("/documents/arabic-alliances/cite/1");
        assertThat(cite.select(".citation-text")).hasSize(6).allSatisfy(citation -> {
            assertThat(citation.select("bdi")).isNotEmpty()
                    .allSatisfy(run -> assertThat(run.text()).doesNotContainPattern("[A-Za-z]"));
            // Nothing right to left is left outside an isolate.
            Element copy = citation.clone();
            copy.select("bdi").remove();
            assertThat(copy.text()).doesNotContainPattern("[\\u0600-\\u06FF]");
            assertThat(citation.text()).doesNotContain("؟.");
        });
        assertThat(cite.select("#cite-p-1-chicago bdi").eachText()).contains(TITLE, JOURNAL, "الخطيب", "أحمد");
        assertThat(cite.selectFirst("#cite-p-1-chicago").text()).contains("“" + TITLE + "” " + JOURNAL + " 12, no. 3 (2022): 45–67.");
        assertThat(cite.selectFirst("#cite-p-1-apa-note").html()).isEqualTo("(<bdi>الخطيب</bdi> &amp; Smith, 2022, para. 1)");
        assertThat(HtmlValidator.errors(app.get("/documents/arabic-alliances/cite/1").body())).isEmpty();
    }

    @Test
    void theLineUnderTheTitleIsolatesTheNamesAndJournalAndGivesTheYear() {
        Document page = app.page("/documents/arabic-alliances");
        assertThat(page.selectFirst(".doc-line").html())
                .isEqualTo("By <bdi>أحمد الخطيب</bdi> and John Q. Smith · <i><bdi>" + JOURNAL + "</bdi></i> 12, no. 3 (2022): 45–67");
        assertThat(page.selectFirst("meta[name=description]").attr("content")).startsWith(TITLE + " Journal article. By ");
        assertThat(page.select(".cite-this .citation-text")).isNotEmpty()
                .allSatisfy(citation -> assertThat(citation.select("bdi")).isNotEmpty());
        Document home = app.page("/");
        assertThat(home.select("a[href=/documents/arabic-alliances]")).isNotEmpty();
        assertThat(home.html()).contains("by <span><bdi>أحمد الخطيب</bdi> and John Q. Smith</span>");
        assertThat(HtmlValidator.errors(app.get("/documents/arabic-alliances").body())).isEmpty();
    }

    @Test
    void aTitleEndingInAQuestionMarkIsNotFollowedByAPeriodInTheDescription() {
        assertThat(app.page("/documents/marriage").selectFirst("meta[name=description]").attr("content"))
                .startsWith("A Marriage of Convenience? Blog post. By Jane Roe.");
    }
}
