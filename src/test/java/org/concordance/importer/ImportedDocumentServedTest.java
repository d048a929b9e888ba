package org.concordance.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.concordance.TestApp;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An imported document is served like any other: it passes the app's content rules, its page has
 * permalinks and notes that link both ways, its Ibid. note resolves to the work the note before it
 * cites, a short form resolves to a work the library already knows, mentions are found, its link
 * is a link, and search finds its words.
 */
class ImportedDocumentServedTest {
    private static final String SLUG = "how-alliance-hubs-recruit-their-partners";

    @TempDir
    Path inbox;

    @Test
    void anImportedPageIsServedSearchedAndItsNotesResolve() throws Exception {
        try (TestApp app = TestApp.start()) {
            Path file = Files.write(inbox.resolve("hubs.html"), WebPageImportTest.resource("served.html"));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int exit = ImportCommand.run(List.of(file), app.content(), Given.NONE, false, Optional::empty, Imports.TODAY,
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()), false);
            assertThat(exit).as(out.toString(StandardCharsets.UTF_8)).isZero();
            app.restart();

            Document page = app.page("/documents/" + SLUG);
            assertThat(page.selectFirst("h1").text()).isEqualTo("How Alliance Hubs Recruit Their Partners");
            assertThat(page.select("p.para")).hasSize(3);
            assertThat(page.select("p.para").eachAttr("id")).containsExactly("p-1", "p-2", "p-3");
            assertThat(page.select("p.para a.para-control").eachAttr("href")).containsExactly("#p-1-tools", "#p-2-tools", "#p-3-tools");
            for (Element marker : page.select("a[role=doc-noteref]")) {
                Element note = page.getElementById(marker.attr("href").substring(1));
                assertThat(note.select("a[role=doc-backlink]").eachAttr("href")).contains("#" + marker.id());
            }
            assertThat(page.select("#p-1 a.mention[href=/organizations/al-qaeda]")).isNotEmpty();
            assertThat(page.select("#p-2 a[href=https://example.org/names/borrowed]").text()).as("the page's link, kept").isEqualTo("borrow");

            String first = page.getElementById("fn-1").selectFirst("a.work-link").attr("href");
            String ibid = page.getElementById("fn-2").selectFirst("a.work-link").attr("href");
            assertThat(first).startsWith("/works/byman-deadly-connections");
            assertThat(ibid).as("Ibid. points to the work of note 1").isEqualTo(first);
            assertThat(page.getElementById("fn-3").selectFirst("a.work-link").attr("href"))
                    .as("the short form resolves to the report the library already cites").isEqualTo("/works/byman-breaking-the-bonds");
            assertThat(app.page(first).select(".citing-notes li a").eachAttr("href"))
                    .contains("/documents/" + SLUG + "#fn-1", "/documents/" + SLUG + "#fn-2");
            assertThat(app.get("/api/works?q=Deadly%20Connections").body()).contains("Deadly Connections");

            String search = app.get("/api/search?q=quartermaster").body();
            assertThat(search).contains("\"document\":\"" + SLUG + "\"").containsPattern("/documents/" + SLUG + "[^\"]*#p-1");
        }
    }

    /**
     * A page in Arabic declares its language: the imported document states it, its page says it on
     * the text (not on the English around it) and tells reference managers; a text whose language
     * is not stated claims none; each paragraph and note takes its direction from most of its
     * letters (found by a trial: every page said "en", an Arabic one too). Its words keep their
     * language and direction on every other page that shows them: its title in lists and headings,
     * a search snippet, the paragraph quoted to be cited (WCAG 2.2, 3.1.2; found by a trial: only
     * its own page said so).
     */
    @Test
    void aDeclaredLanguageIsTheTextsAndAnUndeclaredOneIsClaimedByNone() throws Exception {
        try (TestApp app = TestApp.start()) {
            Path arabic = Files.writeString(inbox.resolve("arabic.html"), "<!doctype html><html lang=\"ar\" dir=\"rtl\"><head>"
                    + "<meta charset=\"utf-8\"><title>التحالفات بين الجماعات المسلحة</title></head><body><article>"
                    + "<h1>التحالفات بين الجماعات المسلحة</h1><p>تتعاون الجماعات المسلحة عندما تفوق المكاسب المخاطر.</p>"
                    + "<p>الملاذات الآمنة تجعل التعاون أسهل.<sup><a href=\"#fn1\">1</a></sup></p><ol class=\"footnotes\"><li id=\"fn1\">Bacon,"
                    + " <i>Why Terrorist Groups Form International Alliances</i>, 31.</li></ol></article></body></html>");
            Path plain = Files.writeString(inbox.resolve("plain.txt"), "التعاون بين الجماعات\n\nتتعاون الجماعات المسلحة عندما"
                    + " تفوق المكاسب المخاطر.\n\n«الدولة الإسلامية» is the name the group gave itself in 2014, and the one most"
                    + " readers know it by.\n");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int exit = ImportCommand.run(List.of(arabic, plain), app.content(), Given.NONE, false, Optional::empty, Imports.TODAY,
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()), false);
            assertThat(exit).as(out.toString(StandardCharsets.UTF_8)).isZero();
            assertThat(Files.readString(app.content().resolve("documents/althalfat-byn-aljmaat-almslht.md"))).contains("\nlanguage: ar\n");
            app.restart();

            Document page = app.page("/documents/althalfat-byn-aljmaat-almslht");
            assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en"); // the site's own words
            assertThat(page.selectFirst("h1").attr("lang")).isEqualTo("ar");
            assertThat(page.selectFirst("h1").attr("dir")).isEqualTo("rtl");
            assertThat(page.select("p.para").eachAttr("dir")).containsOnly("rtl");
            assertThat(page.select("p.para > span[lang=ar]")).hasSize(2);
            assertThat(page.select("p.para a.para-control [lang]")).as("the control's English words").isEmpty();
            assertThat(page.select("li.note[dir]")).as("an English note in an Arabic text reads left to right").isEmpty();
            assertThat(page.select("meta[name=citation_language]").attr("content")).isEqualTo("ar");
            elsewhere(app, "althalfat-byn-aljmaat-almslht", page.getElementById("fn-1").selectFirst("a.work-link").attr("href"));
            assertThat(page.selectFirst("script[type=application/ld+json]").data()).contains("\"inLanguage\":\"ar\"");

            java.util.regex.Matcher written = java.util.regex.Pattern.compile("plain\\.txt -> .*/documents/([^/]+)\\.md")
                    .matcher(out.toString(StandardCharsets.UTF_8));
            assertThat(written.find()).isTrue();
            Document undeclared = app.page("/documents/" + written.group(1));
            assertThat(undeclared.select("meta[name=citation_language]")).isEmpty();
            assertThat(undeclared.selectFirst("script[type=application/ld+json]").data()).doesNotContain("inLanguage");
            assertThat(undeclared.select("p.para")).hasSize(2);
            assertThat(undeclared.select("p.para[dir=rtl]").eachAttr("id")).as("by most of its letters, not its first")
                    .containsExactly("p-1");

            Document english = app.page("/documents/why-terrorist-actors-cooperate");
            assertThat(english.select("meta[name=citation_language]").attr("content")).isEqualTo("en");
            assertThat(english.select("p.para[dir], p.para [lang], h1[lang]")).as("English on an English page: nothing to say").isEmpty();
        }
    }

    private static void elsewhere(TestApp app, String slug, String citedWork) throws Exception {
        String link = "a[href=/documents/" + slug + "]";
        Document home = app.page("/");
        assertThat(home.select(link + " > span[lang=ar][dir=rtl]").text()).isEqualTo("التحالفات بين الجماعات المسلحة");
        assertThat(home.select(".document-card a[href=/documents/why-terrorist-actors-cooperate] [lang],"
                + " .document-card a[href=/documents/why-terrorist-actors-cooperate] [dir]")).as("an English title: nothing to say").isEmpty();
        assertThat(home.select(".document-card [lang]")).as("a text in Arabic letters that states no language claims none").hasSize(1);

        Document search = app.page("/search?q=" + java.net.URLEncoder.encode("الملاذات", StandardCharsets.UTF_8));
        Element hit = search.selectFirst("li.result");
        assertThat(hit.select("h2 a > span[lang=ar][dir=rtl]").text()).isEqualTo("التحالفات بين الجماعات المسلحة");
        assertThat(hit.select("h2 a").text()).as("the site's words beside it").endsWith(", ¶ 2");
        assertThat(hit.selectFirst("p.result-snippet").attr("lang")).isEqualTo("ar");
        assertThat(hit.selectFirst("p.result-snippet").attr("dir")).isEqualTo("rtl");
        Document english = app.page("/search?q=havens");
        assertThat(english.select("li.result [lang], li.result [dir]")).as("English hits: nothing to say").isEmpty();

        // A note claims no language, here as on the document page: the Arabic text's note naming Bacon.
        Element group = app.page("/people/tricia-bacon").getElementById("in-" + slug);
        assertThat(group.select("h3 a > span[lang=ar][dir=rtl]")).hasSize(1);
        assertThat(group.select(".kwic-text")).isNotEmpty().allSatisfy(line -> assertThat(line.hasAttr("lang")).isFalse());

        Element quoted = app.page("/documents/" + slug + "/cite/2").selectFirst("blockquote.cited-paragraph p");
        assertThat(quoted.attr("lang")).isEqualTo("ar");
        assertThat(quoted.attr("dir")).isEqualTo("rtl");

        Element citing = app.page(citedWork).select(".citing-notes li").stream()
                .filter(li -> li.select("a[href^=/documents/" + slug + "#]").size() > 0).findFirst().orElseThrow();
        assertThat(citing.select(".citing-where span[lang=ar][dir=rtl]").text()).isEqualTo("التحالفات بين الجماعات المسلحة");
        assertThat(citing.selectFirst(".citing-text p").hasAttr("dir")).as("the note cites an English work").isFalse();
        assertThat(citing.select(".citing-text [lang]")).isEmpty();
    }
}
