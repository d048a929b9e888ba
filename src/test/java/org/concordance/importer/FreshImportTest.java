package org.concordance.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concordance.importer.TestPdf.text;

import java.nio.file.Path;
import org.concordance.content.Document;
import org.concordance.content.DocumentKind;
import org.concordance.content.Paragraph;
import org.concordance.content.Title;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "tried as a new user would": a saved web page and a two-page PDF written after the
 * importer was finished, in styles its rules were not tuned on (a think tank's Word-exported
 * endnotes; a Helvetica PDF with numbered headings, spaced paragraphs and unraised note labels).
 */
class FreshImportTest {
    @TempDir
    Path folder;

    @Test
    void aThinkTankBriefWithWordEndnotesImports() {
        Imports imports = new Imports(folder);
        Imports.Written written = imports.written(imports.file("brief.html", WebPageImportTest.resource("fresh.html")));
        Document document = written.document();
        assertThat(document.metadata().title().map(Title::plain)).contains("Marriages of Convenience: Rebel Coalitions in the Sahel");
        assertThat(document.metadata().authors()).containsExactly("Amina Diallo", "Peter Lindqvist");
        assertThat(document.metadata().kind()).isEqualTo(DocumentKind.REPORT);
        assertThat(document.metadata().date()).as("as the page prints it").contains("May 14, 2019");
        assertThat(document.metadata().year()).hasValue(2019);
        assertThat(document.metadata().venue()).contains("Institute for Security Analysis");
        assertThat(document.headings()).extracting(h -> h.level() + " " + h.text())
                .containsExactly("2 Summary", "2 Coalitions of the moment", "2 Implications");
        assertThat(document.paragraphs()).hasSize(5);
        assertThat(document.paragraphs()).extracting(Paragraph::text).contains(
                "In 2012, four groups fought side by side in northern Mali. Within a year, two of them were fighting each other. "
                        + "The coalition had been built for a single campaign, and when the campaign ended its members returned "
                        + "to their older rivalries. Observers who counted 4,000 fighters in the coalition counted fewer than "
                        + "1,500 a year later.",
                "We did not trust them, but we needed their trucks.");
        assertThat(document.paragraphs()).extracting(Paragraph::noteLabels).flatExtracting(l -> l)
                .containsExactly("1", "2", "3", "4");
        assertThat(paragraphWith(document, "older rivalries").html()).contains("older rivalries.<sup");
        assertThat(paragraphWith(document, "route open").html()).contains("keep the route open.<sup");
        assertThat(document.notes()).extracting(n -> n.label() + " " + n.text()).containsExactly(
                "1 The brief draws on interviews conducted in Bamako and Niamey in 2018.",
                "2 Tricia Bacon, Why Terrorist Groups Form International Alliances (Philadelphia: University of Pennsylvania "
                        + "Press, 2018), 201.",
                "3 Ibid., 205–207.",
                "4 On leadership targeting, see Daniel Byman, “Buddies or Burdens? Understanding the Al Qaeda Relationship with "
                        + "Its Affiliate Organizations,” Security Studies 23, no. 3 (2014): 431–470.");
        WebPageImportTest.assertNoPageFurniture(document, "cookies", "Donate", "Related Research", "senior fellow",
                "Privacy policy", "Facebook", "Home ›");
        // Word's endnotes link back by their printed label ("[1]"): the note's own machinery, not a link lost.
        assertThat(written.report().warnings()).noneMatch(w -> w.contains("link"));
    }

    @Test
    void aHelveticaArticleWithNumberedHeadingsAndSpacedParagraphsImports() {
        TestPdf pdf = new TestPdf();
        var helvetica = new org.apache.pdfbox.pdmodel.font.PDType1Font(
                org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA);
        var helveticaBold = new org.apache.pdfbox.pdmodel.font.PDType1Font(
                org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA_BOLD);
        pdf.page("Alliance Review 9, no. 4 (Winter 2022)", "117")
                .line(helvetica, 16, "Franchise or Federation? How Jihadist Brands Spread")
                .line(helvetica, 10.5f, "Samira Haddad and Tomas Berg")
                .space(10)
                .line(helveticaBold, 12, "1. Franchises")
                .justified(0, text("Jihadist brands spread in two ways. Some groups open branches that answer to a"))
                .justified(0, text("central command; others lend their name to local groups that keep their own"))
                .last(0, text("leaders. The difference matters for how the brand can be disrupted."), TestPdf.sup("1"))
                .space(8)
                .justified(0, text("A franchise shares more than a name. It shares training, money and, often, a"))
                .justified(0, text("common enemy, which makes it hard to separate from the parent organi-"))
                .last(0, text("zation once the ties are made."), TestPdf.sup("2"))
                .footnote(1, null, text("1 See Assaf Moghadam, Nexus of Global Jihad (New York: Columbia University Press,"))
                .footnote(0, null, text("2017), 45."))
                .footnote(-1, null, text("2 Ibid., 52."))
                .page("Alliance Review 9, no. 4 (Winter 2022)", "118")
                .line(helveticaBold, 12, "2. Federations")
                .justified(0, text("A federation is looser. Its members pledge loyalty but keep their organization,"))
                .justified(0, text("their revenue and their local goals, and they can leave when the pledge no"))
                .last(0, text("longer pays."), TestPdf.sup("3"))
                .footnote(0, null, text("3 Tricia Bacon, \u201cAllies Poised to Help the Islamic State Recover from Losses.\u201d"));
        Imports imports = new Imports(folder);
        Imports.Written written = imports.written(imports.file("franchise.pdf", pdf.bytes()));
        Document document = written.document();
        assertThat(document.metadata().title().map(Title::plain)).contains("Franchise or Federation? How Jihadist Brands Spread");
        assertThat(document.metadata().authors()).containsExactly("Samira Haddad", "Tomas Berg");
        assertThat(document.metadata().venue()).contains("Alliance Review");
        assertThat(document.metadata().pages()).contains("117–118");
        assertThat(document.headings()).extracting(h -> h.text()).containsExactly("1. Franchises", "2. Federations");
        assertThat(document.paragraphs()).extracting(Paragraph::text).containsExactly(
                "Jihadist brands spread in two ways. Some groups open branches that answer to a central command; others lend "
                        + "their name to local groups that keep their own leaders. The difference matters for how the brand "
                        + "can be disrupted.",
                "A franchise shares more than a name. It shares training, money and, often, a common enemy, which makes it "
                        + "hard to separate from the parent organization once the ties are made.",
                "A federation is looser. Its members pledge loyalty but keep their organization, their revenue and their "
                        + "local goals, and they can leave when the pledge no longer pays.");
        assertThat(document.paragraphs()).extracting(Paragraph::noteLabels).flatExtracting(l -> l).containsExactly("1", "2", "3");
        assertThat(document.paragraphs().get(1).html()).contains("once the ties are made.<sup");
        assertThat(document.notes()).extracting(n -> n.label() + " " + n.text()).containsExactly(
                "1 See Assaf Moghadam, Nexus of Global Jihad (New York: Columbia University Press, 2017), 45.",
                "2 Ibid., 52.",
                "3 Tricia Bacon, “Allies Poised to Help the Islamic State Recover from Losses.”");
    }

    private static Paragraph paragraphWith(Document document, String words) {
        return document.paragraphs().stream().filter(p -> p.text().contains(words)).findFirst().orElseThrow();
    }
}
