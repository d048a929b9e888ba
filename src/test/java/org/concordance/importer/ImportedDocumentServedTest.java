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
            int exit = ImportCommand.run(List.of(file), app.content(), Optional.empty(), false, Imports.TODAY,
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
     * letters (found by a trial: every page said "en", an Arabic one too).
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
            int exit = ImportCommand.run(List.of(arabic, plain), app.content(), Optional.empty(), false, Imports.TODAY,
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
}
