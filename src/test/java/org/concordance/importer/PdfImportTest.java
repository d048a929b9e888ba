package org.concordance.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concordance.importer.TestPdf.italic;
import static org.concordance.importer.TestPdf.sup;
import static org.concordance.importer.TestPdf.text;

import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.concordance.content.Document;
import org.concordance.content.DocumentKind;
import org.concordance.content.Paragraph;
import org.concordance.content.Title;
import org.concordance.importer.TestPdf.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A two-page journal article typeset with PDFBox imports with its parts, notes and metadata. */
class PdfImportTest {
    static final String HEAD = "Journal of Alliance Studies 3, no. 1 (Spring 2021)";

    @TempDir
    Path folder;

    /** The article: title, authors, two headings, three paragraphs (one across the page break), three notes. */
    static byte[] article() {
        return article(new Run[] {text(" Tricia Bacon, "), italic("Why Terrorist Groups Form International Alliances"),
                text(" (Philadelphia: University of")}, new Run[] {text("Pennsylvania Press, 2018), 31.")});
    }

    /** The article, its first note's two lines as given. */
    static byte[] article(Run[] noteLine, Run[] noteNextLine) {
        return new TestPdf()
                .page(HEAD, "45")
                .line(TestPdf.BOLD, 18, "Why Small Groups Join Alliance Hubs")
                .line(TestPdf.ROMAN, 11, "Jane Doe and Omar Haddad")
                .space(12)
                .line(TestPdf.BOLD, TestPdf.BODY, "Introduction")
                .justified(18, text("Small militant groups rarely survive alone. When a group loses its safe haven, its"))
                .justified(0, text("leaders look for a stronger partner, and the partner they choose is usually an organi-"))
                .justified(0, text("zation that already hosts several others."), sup("1"), text(" Such hubs offer training, money and a"))
                .last(0, text("brand that a small group could never build by itself."))
                .justified(18, text("The pattern holds across regions. Al Qaeda worked with Lashkar-e-"))
                .justified(0, text("Jhangvi in Pakistan, and the Islamic State accepted pledges from seventy-"))
                .justified(0, text("two small groups within a year, by one count."), sup("2"), text(" The IRA reportedly received $2 million"))
                .justified(0, text("for training, and the Animal Liberation Front formalized an alliance in 1997, yet neither"))
                .footnote(1, "1", noteLine)
                .footnote(0, null, noteNextLine)
                .footnote(-1, "2", text(" Ibid., 45."))
                .page(HEAD, "46")
                .justified(0, text("arrangement made the smaller partner (1) safer or (2) richer for long. Surveys find that"))
                .last(0, text("98% of such pledges are announced publicly, most of them on a date like May 30."))
                .line(TestPdf.BOLD, TestPdf.BODY, "Conclusion")
                .justified(18, text("Alliance hubs are few because few groups can offer what partners want. The organization"))
                .last(0, text("that can is worth watching; the groups around it are worth counting."), sup("3"))
                .footnote(0, "3", text(" Assaf Moghadam, "), italic("Nexus of Global Jihad"),
                        text(" (New York: Columbia University Press, 2017), 12."))
                .bytes();
    }

    /**
     * A journal that prints its page numbers above a wide bottom margin (found by a trial: the
     * number was read as the last words of the page's last note).
     */
    @Test
    void pageNumbersAboveTheBottomMarginAreNotPartOfANote() {
        byte[] pdf = new TestPdf().page(null, "7", 672)
                .line(TestPdf.BOLD, 16, "Hubs and Their Partners")
                .space(6)
                .justified(18, text("Hubs attract partners because they can train them and pay them, and few"))
                .last(0, text("other groups can do either."), sup("1"))
                .footnoteAt(640, "1", text(" Bacon, "), italic("Why Terrorist Groups Form International Alliances"), text(", 31."))
                .page(null, "8", 672)
                .justified(18, text("Partners stay for the name, and the name stays with the hub, whatever the"))
                .last(0, text("partners later do."), sup("2"))
                .footnoteAt(640, "2", text(" Moghadam, "), italic("Nexus of Global Jihad"), text(", 12."))
                .bytes();
        Imports imports = new Imports(folder);
        Imports.Written written = imports.written(imports.file("hubs.pdf", pdf));
        assertThat(written.document().notes()).extracting(n -> n.label() + " " + n.text()).containsExactly(
                "1 Bacon, Why Terrorist Groups Form International Alliances, 31.", "2 Moghadam, Nexus of Global Jihad, 12.");
        assertThat(written.report().removed()).contains("page number: “7”", "page number: “8”");
    }

    /**
     * A journal that prints the first page's number at its foot, under the notes and above a wide
     * margin, and the others' in the head: on one page of two, the foot's number was not taken for a
     * page number and was read as the last words of the page's last note ("…, 31. 7").
     */
    @Test
    void aPageNumberUnderThePagesNotesIsNotPartOfTheLastNote() {
        byte[] pdf = new TestPdf().page(HEAD, "7", 672)
                .line(TestPdf.BOLD, 16, "Hubs and Their Partners")
                .space(6)
                .justified(18, text("Hubs attract partners because they can train them and pay them, and few"))
                .last(0, text("other groups can do either."), sup("1"))
                .footnoteAt(630, "1", text(" Bacon, "), italic("Why Terrorist Groups Form International Alliances"), text(", 31."))
                .footnoteAt(640, "2", text(" Moghadam, "), italic("Nexus of Global Jihad"), text(", 12."))
                .page(HEAD, "8", 60)
                .justified(18, text("Partners stay for the name, and the name stays with the hub, whatever the"))
                .last(0, text("partners later do."), sup("2"))
                .bytes();
        Imports imports = new Imports(folder);
        Imports.Written written = imports.written(imports.file("hubs.pdf", pdf));
        assertThat(written.document().notes()).extracting(n -> n.label() + " " + n.text()).containsExactly(
                "1 Bacon, Why Terrorist Groups Form International Alliances, 31.", "2 Moghadam, Nexus of Global Jihad, 12.");
        assertThat(written.report().removed()).contains("page number: “7”", "page number: “8”");
        // The pages in their order, though the second's number was found first.
        assertThat(written.document().metadata().pages()).contains("7–8");
    }

    /**
     * A title set in italics across a line break of a note is one title, not two italic runs (found
     * by a trial: "*Libya's Fragmentation: … in Violent* *Conflict*" was cited as a report titled
     * "…in Violent" of the type "Conflict").
     */
    @Test
    void aGlyphInASpanWithActualTextIsReadAsThatText() throws Exception {
        // Chromium prints "ﬁ" as a glyph its font maps to no text, in a span whose /ActualText is "ﬁ".
        byte[] pdf = new TestPdf().page(null, "1")
                .line(TestPdf.BOLD, 16, "Records of Two Intifadas")
                .space(6)
                .justified(18, text("Our data come from interviews and from archival records of the "),
                        TestPdf.actual("?", "\uFB01"), text("rst and second"))
                .last(0, text("intifadas; the o"), TestPdf.actual("?", "\uFB03"), text("ces kept them all."))
                .bytes();
        Imports imports = new Imports(folder);
        Imports.Written written = imports.written(imports.file("intifadas.pdf", pdf));
        String text = java.nio.file.Files.readString(written.outcome().document());
        assertThat(text).contains("records of the first and second intifadas; the offices kept them all.")
                .doesNotContain("?").doesNotContain("\uFB01");
    }

    @Test
    void anItalicTitleBrokenAcrossLinesIsOneTitle() throws Exception {
        byte[] pdf = article(new Run[] {text(" Tricia Bacon, "), italic("Why Terrorist Groups Form")},
                new Run[] {italic("International Alliances"), text(" (Philadelphia: University of Pennsylvania Press, 2018), 31.")});
        Imports imports = new Imports(folder);
        Imports.Written written = imports.written(imports.file("hubs.pdf", pdf));
        assertThat(java.nio.file.Files.readString(written.outcome().document()))
                .contains("*Why Terrorist Groups Form International Alliances* (Philadelphia");
        assertThat(written.document().notes().get(0).html())
                .contains("<em>Why Terrorist Groups Form International Alliances</em>");
    }

    /**
     * A page printed from a browser: the names under the title a little larger than the text, and
     * note markers at 83% of its size, barely raised (found by a trial: the names became a heading,
     * and the PDF was refused for notes no marker cites).
     */
    /**
     * A journal's line in small type above the title, on the first page alone (so not a running
     * head), is the page's head: taken out and reported, and the title and its author are read as
     * without it. A trial's one-page PDF with such a line had no title and no author.
     */
    @Test
    void aHeadAboveTheTitleOnTheFirstPageAloneIsTakenOut() {
        byte[] pdf = new TestPdf().page(null, "1")
                .line(TestPdf.ROMAN, 8, "Review of Terrorism Research 4 (2023)")
                .line(TestPdf.BOLD, 20, "Pooled Resources and Militant Alliances")
                .line(TestPdf.ROMAN, 12, "Daniel Okafor")
                .space(12)
                .justified(18, text("Groups that pool their resources bind themselves to one another for years, and the"))
                .last(0, text("bond outlasts the war that made it."))
                .bytes();
        Imports imports = new Imports(folder);
        Imports.Written written = imports.written(imports.file("pooled.pdf", pdf));
        Document document = written.document();
        assertThat(document.metadata().title().map(org.concordance.content.Title::plain))
                .contains("Pooled Resources and Militant Alliances");
        assertThat(document.metadata().authors()).containsExactly("Daniel Okafor");
        assertThat(document.paragraphs()).extracting(Paragraph::text).containsExactly("Groups that pool their resources bind"
                + " themselves to one another for years, and the bond outlasts the war that made it.");
        assertThat(written.report().removed()).contains("the first page's head: “Review of Terrorism Research 4 (2023)”");
    }

    @Test
    void aBrowsersPrintHasItsAuthorsAndItsMarkers() {
        Run marker1 = new Run("1", TestPdf.ROMAN, 0.83f, 2.2f);
        Run marker2 = new Run("2", TestPdf.ROMAN, 0.83f, 2.2f);
        byte[] pdf = new TestPdf().page(null, "7")
                .line(TestPdf.BOLD, 22, "Rivals and Partners in the Sahel")
                .line(TestPdf.ROMAN, TestPdf.BODY * 1.18f, "Ousmane Diallo and Sophie de la Tour")
                .space(12)
                .justified(18, text("Armed groups in the Sahel have cooperated with one another in many ways since"))
                .last(0, text("the collapse of the Libyan state in 2011."), marker1, text(" Their ties rested on kinship."))
                .justified(18, text("Some of these groups later merged into a single front, which changed the balance"))
                .last(0, text("of power in northern Mali for a decade."), marker2)
                .footnote(1, "1", text(" Lacher, "), italic("Libya's Fragmentation"), text(", 77."))
                .footnote(0, "2", text(" Ibid., 79."))
                .bytes();
        Imports imports = new Imports(folder);
        Document document = imports.written(imports.file("sahel.pdf", pdf)).document();
        assertThat(document.metadata().authors()).containsExactly("Ousmane Diallo", "Sophie de la Tour");
        assertThat(document.headings()).isEmpty();
        assertThat(document.paragraphs()).extracting(Paragraph::noteLabels).containsExactly(List.of("1"), List.of("2"));
    }

    @Test
    void endnotesUnderANotesHeadingAreCollected() {
        byte[] pdf = new TestPdf().page(null, null)
                .line(TestPdf.BOLD, 16, "A Short Paper")
                .space(6)
                .justified(18, text("Hubs attract partners because they can train them and pay them, and few"))
                .last(0, text("other groups can do either."), sup("1"), text(" Partners stay for the name."), sup("2"))
                .space(10)
                .line(TestPdf.BOLD, TestPdf.BODY, "Notes")
                .last(0, text("1. Bacon, "), italic("Why Terrorist Groups Form International Alliances"), text(", 31."))
                .last(0, text("2. Moghadam, "), italic("Nexus of Global Jihad"), text(", 12. In 1997 the"))
                .last(0, text("pattern was new."))
                .bytes();
        Imports imports = new Imports(folder);
        Document document = imports.written(imports.file("short.pdf", pdf)).document();
        assertThat(document.headings()).isEmpty();
        assertThat(document.paragraphs()).singleElement().extracting(Paragraph::noteLabels, InstanceOfAssertFactories.list(String.class))
                .containsExactly("1", "2");
        assertThat(document.notes()).extracting(n -> n.label() + " " + n.text()).containsExactly(
                "1 Bacon, Why Terrorist Groups Form International Alliances, 31.",
                "2 Moghadam, Nexus of Global Jihad, 12. In 1997 the pattern was new.");
    }

    /**
     * A two-page article whose second page's head ("Doe and Haddad: Alliance Hubs") is printed once,
     * so not taken out as a repeated head (a trial): it stood as a paragraph of its own between
     * "…apostasy in" and "its official media.", splitting the sentence. A line in smaller type
     * atop a page, between a sentence left unfinished and its lower-case rest, is the page's head.
     */
    @Test
    void aHeadPrintedOnceWithinASentenceIsTakenOutAndTheParagraphGoesOn() {
        byte[] pdf = new TestPdf()
                .page(HEAD, "45")
                .line(TestPdf.BOLD, 18, "Why Small Groups Join Alliance Hubs")
                .line(TestPdf.ROMAN, 11, "Jane Doe and Omar Haddad")
                .space(12)
                .justified(18, text("The two fronts fought over territory and recruits in the Inner Niger Delta, and"))
                .justified(0, text("each accused the other of apostasy in"))
                .footnote(0, "1", text(" Ibid., 45."))
                .page("Doe and Haddad: Alliance Hubs", "46")
                .justified(0, text("its official media."), sup("1"), text(" The fighting has since killed hundreds of militants on"))
                .last(0, text("both sides."))
                .bytes();
        Imports imports = new Imports(folder);
        Imports.Written written = imports.written(imports.file("hubs.pdf", pdf));
        assertThat(written.document().paragraphs()).extracting(Paragraph::text).containsExactly(
                "The two fronts fought over territory and recruits in the Inner Niger Delta, and each accused the other of"
                        + " apostasy in its official media. The fighting has since killed hundreds of militants on both sides.");
        assertThat(written.report().removed()).contains("running head or footer: “Doe and Haddad: Alliance Hubs”");
    }

    /**
     * A blog post printed from a browser, its footnotes an ordered list at the end without a "Notes"
     * heading, set in the text's own size (found by a trial: the PDF was refused, "cites notes (1, 2)
     * but holds no notes").
     */
    @Test
    void aNumberedListAtTheEndIsTheNotesWhenItsNumbersAreTheMarkers() {
        Run marker1 = new Run("1", TestPdf.ROMAN, 0.83f, 2.2f);
        Run marker2 = new Run("2", TestPdf.ROMAN, 0.83f, 2.2f);
        byte[] pdf = new TestPdf().page(null, null)
                .line(TestPdf.BOLD, 22, "Rivals and Partners in the Sahel")
                .space(12)
                .justified(18, text("Armed groups in the Sahel have cooperated with one another in many ways since"))
                .last(0, text("the collapse of the Libyan state in 2011."), marker1, text(" Their ties rested on kinship."))
                .justified(18, text("Some of these groups later merged into a single front, which changed the balance"))
                .last(0, text("of power in northern Mali for a decade."), marker2)
                .space(12)
                .last(12, text("1. Wolfram Lacher, "), italic("Libya's Fragmentation"), text(" (London: I.B. Tauris, 2020),"))
                .last(24, text("77."))
                .last(12, text("2. Ibid., 79."))
                .space(12)
                .last(0, text("We use cookies to improve your experience."))
                .bytes();
        Imports imports = new Imports(folder);
        Document document = imports.written(imports.file("sahel.pdf", pdf)).document();
        assertThat(document.paragraphs()).extracting(Paragraph::noteLabels).containsExactly(List.of("1"), List.of("2"));
        assertThat(document.notes()).extracting(n -> n.label() + " " + n.text()).containsExactly(
                "1 Wolfram Lacher, Libya's Fragmentation (London: I.B. Tauris, 2020), 77.", "2 Ibid., 79.");
        assertThat(document.paragraphs()).extracting(Paragraph::text).noneMatch(p -> p.contains("Wolfram Lacher"));
    }

    /**
     * A page printed by Chromium with its headers and footers: the date and title atop the page, the
     * address and "1/1" at its foot (found by a trial: the footer was read as the end of the last
     * note). Both are taken out; the address, an http or https one, is the page's url.
     */
    @Test
    void aBrowsersPrintHeaderAndFooterAreTakenOutAndItsAddressIsTheUrl() {
        byte[] pdf = new TestPdf().page(null, null)
                .line(TestPdf.ROMAN, 6, "12/7/26, 4:15 AM Rivals and Partners in the Sahel – Sahel Watch")
                .space(20)
                .line(TestPdf.BOLD, 22, "Rivals and Partners in the Sahel")
                .space(12)
                .justified(18, text("Armed groups in the Sahel have cooperated with one another in many ways since"))
                .justified(0, text("the collapse of the Libyan state in 2011, and some of them later merged into a single front,"))
                .last(0, text("which changed the balance of power in northern Mali for a decade."), sup("1"))
                .footnoteAt(700, "1", text(" Wolfram Lacher, "), italic("Libya's Fragmentation"), text(", 77."))
                .space(577)
                .line(TestPdf.ROMAN, 6, "https://sahelwatch.example.org/2021/03/rivals/ 1/1")
                .bytes();
        Imports imports = new Imports(folder);
        Imports.Written written = imports.written(imports.file("sahel.pdf", pdf));
        Document document = written.document();
        assertThat(document.notes()).extracting(n -> n.label() + " " + n.text()).containsExactly("1 Wolfram Lacher, Libya's Fragmentation, 77.");
        assertThat(document.metadata().url()).contains("https://sahelwatch.example.org/2021/03/rivals/");
        assertThat(written.report().removed()).contains(
                "the browser's print header: “12/7/26, 4:15 AM Rivals and Partners in the Sahel – Sahel Watch”",
                "the browser's print footer: “https://sahelwatch.example.org/2021/03/rivals/ 1/1”");
    }

    /**
     * A blog post printed from a browser, its byline under the title ending with the date (found by a
     * trial: the authors were read and the date silently dropped). The byline is read as plain text's
     * and a saved page's are: kept as printed, its authors, and its date.
     */
    @Test
    void aBylineUnderThePrintedTitleGivesItsDate() {
        byte[] pdf = new TestPdf().page(null, null)
                .line(TestPdf.BOLD, 22, "Rivals and Partners in the Sahel")
                .line(TestPdf.ROMAN, TestPdf.BODY, "By Ousmane Diallo and Sophie de la Tour · March 15, 2021")
                .space(12)
                .justified(18, text("Armed groups in the Sahel have cooperated with one another in many ways since"))
                .last(0, text("the collapse of the Libyan state in 2011. Their ties rested on kinship."))
                .bytes();
        Imports imports = new Imports(folder);
        Document document = imports.written(imports.file("sahel.pdf", pdf)).document();
        assertThat(document.metadata().authors()).containsExactly("Ousmane Diallo", "Sophie de la Tour");
        assertThat(document.metadata().date()).contains("March 15, 2021");
        assertThat(document.metadata().byline()).contains("By Ousmane Diallo and Sophie de la Tour · March 15, 2021");
        assertThat(document.paragraphs()).extracting(Paragraph::text).noneMatch(p -> p.startsWith("By "));
    }

    /**
     * A post printed from a browser with its site's name and menu above the title (a trial): the
     * title, in the largest type, became a heading, the document had no title and the byline stayed
     * a paragraph. Short lines above the title are the page's masthead, taken out and reported.
     */
    @Test
    void aSitesNameAndMenuAboveThePrintedTitleAreItsMasthead() {
        byte[] pdf = new TestPdf().page(null, null)
                .line(TestPdf.BOLD, 15, "Militancy Watch")
                .line(TestPdf.ROMAN, TestPdf.BODY, "Home About Research Contact")
                .line(TestPdf.BOLD, 22, "Rivals and Partners in the Sahel")
                .line(TestPdf.ROMAN, TestPdf.BODY, "By Ousmane Diallo and Sophie de la Tour · March 15, 2021")
                .space(12)
                .justified(18, text("Armed groups in the Sahel have cooperated with one another in many ways since"))
                .last(0, text("the collapse of the Libyan state in 2011. Their ties rested on kinship."))
                .bytes();
        Imports imports = new Imports(folder);
        Imports.Written written = imports.written(imports.file("sahel.pdf", pdf));
        Document document = written.document();
        assertThat(document.metadata().title().map(Title::plain)).contains("Rivals and Partners in the Sahel");
        assertThat(document.metadata().authors()).containsExactly("Ousmane Diallo", "Sophie de la Tour");
        assertThat(document.headings()).isEmpty();
        assertThat(document.paragraphs()).extracting(Paragraph::text).containsExactly(
                "Armed groups in the Sahel have cooperated with one another in many ways since the collapse of the Libyan"
                        + " state in 2011. Their ties rested on kinship.");
        assertThat(written.report().removed())
                .contains("the page's masthead above the title (a line each): “Militancy Watch | Home About Research Contact”");
    }

    /** A first line in the text's own type is the text, not a masthead, when no larger title follows it. */
    @Test
    void aFirstSentenceAboveNoTitleIsKept() {
        byte[] pdf = new TestPdf().page(null, null)
                .line(TestPdf.BOLD, 22, "Rivals and Partners in the Sahel")
                .space(12)
                .line(TestPdf.ROMAN, TestPdf.BODY, "Armed groups fight.")
                .line(TestPdf.BOLD, 16, "Origins")
                .justified(18, text("Armed groups in the Sahel have cooperated with one another in many ways since"))
                .last(0, text("the collapse of the Libyan state in 2011. Their ties rested on kinship."))
                .bytes();
        Imports imports = new Imports(folder);
        Document document = imports.written(imports.file("sahel.pdf", pdf)).document();
        assertThat(document.metadata().title().map(Title::plain)).contains("Rivals and Partners in the Sahel");
        assertThat(document.paragraphs()).extracting(Paragraph::text).first().isEqualTo("Armed groups fight.");
    }

    @Test
    void aTwoPageArticleImportsWithItsPartsNotesAndMetadata() {
        Imports imports = new Imports(folder);
        Imports.Written written = imports.written(imports.file("hubs.pdf", article()));
        Document document = written.document();

        assertThat(document.slug()).isEqualTo("why-small-groups-join-alliance-hubs");
        assertThat(document.metadata().title().map(Title::plain)).contains("Why Small Groups Join Alliance Hubs");
        assertThat(document.metadata().authors()).containsExactly("Jane Doe", "Omar Haddad");
        assertThat(document.metadata().kind()).isEqualTo(DocumentKind.JOURNAL_ARTICLE);
        assertThat(document.metadata().venue()).contains("Journal of Alliance Studies");
        assertThat(document.metadata().volume()).contains("3");
        assertThat(document.metadata().issue()).contains("1");
        assertThat(document.metadata().date()).contains("Spring 2021");
        assertThat(document.metadata().year()).hasValue(2021);
        assertThat(document.metadata().pages()).contains("45–46");
        assertThat(document.headings()).extracting(h -> h.text()).containsExactly("Introduction", "Conclusion");

        assertThat(document.paragraphs()).extracting(Paragraph::text).containsExactly(
                "Small militant groups rarely survive alone. When a group loses its safe haven, its leaders look for a stronger "
                        + "partner, and the partner they choose is usually an organization that already hosts several others. "
                        + "Such hubs offer training, money and a brand that a small group could never build by itself.",
                "The pattern holds across regions. Al Qaeda worked with Lashkar-e-Jhangvi in Pakistan, and the Islamic State "
                        + "accepted pledges from seventy-two small groups within a year, by one count. The IRA reportedly "
                        + "received $2 million for training, and the Animal Liberation Front formalized an alliance in 1997, "
                        + "yet neither arrangement made the smaller partner (1) safer or (2) richer for long. Surveys find "
                        + "that 98% of such pledges are announced publicly, most of them on a date like May 30.",
                "Alliance hubs are few because few groups can offer what partners want. The organization that can is "
                        + "worth watching; the groups around it are worth counting.");
        // Each marker stands right after its sentence.
        assertThat(document.paragraphs().get(0).html()).contains("several others.<sup class=\"noteref\"><a href=\"#fn-1\"");
        assertThat(document.paragraphs().get(1).html()).contains("by one count.<sup class=\"noteref\"><a href=\"#fn-2\"");
        assertThat(document.paragraphs().get(2).html()).endsWith("counting.<sup class=\"noteref\"><a href=\"#fn-3\" "
                + "id=\"fnref-3\" role=\"doc-noteref\"><span class=\"visually-hidden\">Note </span>3</a></sup>");
        assertThat(document.notes()).extracting(n -> n.label() + " " + n.text()).containsExactly(
                "1 Tricia Bacon, Why Terrorist Groups Form International Alliances (Philadelphia: University of Pennsylvania "
                        + "Press, 2018), 31.",
                "2 Ibid., 45.",
                "3 Assaf Moghadam, Nexus of Global Jihad (New York: Columbia University Press, 2017), 12.");
        assertThat(document.note("1").orElseThrow().html()).contains("<em>Why Terrorist Groups Form International Alliances</em>");
        assertThat(written.report().removed()).anyMatch(r -> r.startsWith("running head"))
                .anyMatch(r -> r.startsWith("page number"));
        assertThat(written.report().warnings()).isEmpty();
    }
}
