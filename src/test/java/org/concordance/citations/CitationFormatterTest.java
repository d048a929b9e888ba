package org.concordance.citations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.concordance.content.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CitationFormatterTest {
    private static CitationFormatter formatter;

    @BeforeAll
    static void loadStyles() {
        formatter = CitationFormatter.create();
    }

    private static Work work(String slug) {
        return Fixtures.BIBLIOGRAPHY.work(slug).orElseThrow();
    }

    private static Document document(String slug) {
        return Fixtures.LIBRARY.document(slug).orElseThrow();
    }

    @Test
    void chicagoFormatsBreakingTheBondsAsANumberedReport() {
        FormattedCitation chicago = formatter.format(work("byman-breaking-the-bonds"), CitationStyle.CHICAGO);
        assertThat(chicago.text()).isEqualTo("Byman, D. Breaking the Bonds between Al Qaeda and Its Affiliate Organizations."
                + " No. 27. Analysis Paper. Brookings Institution, 2012.");
        assertThat(chicago.html()).startsWith("Byman, D. <i>Breaking the Bonds").doesNotContain("style=");
    }

    @Test
    void apaFormatsMoghadamsBookWithPublisherAndYear() {
        assertThat(formatter.format(work("moghadam-nexus-of-global-jihad"), CitationStyle.APA).text()).isEqualTo(
                "Moghadam, A. (2017). Nexus of Global Jihad: Understanding Cooperation among Terrorist Actors."
                        + " Columbia University Press.");
    }

    @Test
    void mlaFormatsMoghadamsJournalArticle() {
        assertThat(formatter.format(work("moghadam-terrorist-affiliations-in-context"), CitationStyle.MLA).text())
                .isEqualTo("Moghadam, A. “Terrorist Affiliations in Context: A Typology of Terrorist Inter-Group"
                        + " Cooperation.” CTS Sentinel, vol. 8, no. 3, 2015.");
    }

    @Test
    void aWorkKnownOnlyByItsShortFormIsShownAsTheShortFormInEveryStyle() {
        for (CitationStyle style : CitationStyle.values()) {
            FormattedCitation formatted = formatter.format(work("bacon-untitled"), style);
            assertThat(formatted.text()).isEqualTo("Bacon, 753. " + CitationFormatter.SHORT_FORM_ONLY);
        }
    }

    @Test
    void aBlogPostIsCitedWithItsAuthorTitleAndUrl() {
        String url = "https://concordance.example/documents/why-terrorist-actors-cooperate";
        assertThat(formatter.format(document("why-terrorist-actors-cooperate"), url, CitationStyle.CHICAGO).text())
                .isEqualTo("Moghadam, Assaf. Why Terrorist Actors Cooperate. n.d. " + url + ".");
        assertThat(formatter.format(document("why-terrorist-actors-cooperate"), url, CitationStyle.MLA).text())
                .isEqualTo("Moghadam, Assaf. Why Terrorist Actors Cooperate. " + url + ".");
    }

    @Test
    void aParagraphIsCitedAtItsPermalink() {
        Document excerpt = document("journal-excerpt-on-terrorist-affiliations");
        String permalink = "https://concordance.example/documents/journal-excerpt-on-terrorist-affiliations#p-1";
        FormattedCitation apa = formatter.format(excerpt, excerpt.paragraph(1).orElseThrow(), permalink, CitationStyle.APA);
        assertThat(apa.text()).contains("International Journal on Criminology, 7(2), 21.").endsWith(permalink);
        assertThat(apa.html()).contains(permalink);
    }

    @Test
    void aWorkIsCitedAsAChicagoNoteOrAnInTextCitationWithItsPage() {
        Work bonds = work("byman-breaking-the-bonds");
        assertThat(formatter.note(bonds, Optional.of("iv-v"), CitationStyle.CHICAGO).text()).isEqualTo(
                "D. Byman, Breaking the Bonds between Al Qaeda and Its Affiliate Organizations, no. 27, Analysis Paper"
                        + " (Brookings Institution, 2012), iv–v.");
        assertThat(formatter.note(bonds, Optional.of("iv-v"), CitationStyle.APA).text()).isEqualTo("(Byman, 2012, pp. iv–v)");
        assertThat(formatter.note(bonds, Optional.empty(), CitationStyle.MLA).text()).isEqualTo("(Byman, Breaking the Bonds)");
    }

    @Test
    void aParagraphIsCitedInTextByItsNumberAndInChicagoByItsPermalink() {
        Document excerpt = document("journal-excerpt-on-terrorist-affiliations");
        var paragraph = excerpt.paragraph(1).orElseThrow();
        String permalink = "https://c.example/documents/journal-excerpt-on-terrorist-affiliations#p-1";
        assertThat(formatter.note(excerpt, paragraph, permalink, CitationStyle.APA).text()).endsWith("2020, para. 1)");
        assertThat(formatter.note(excerpt, paragraph, permalink, CitationStyle.CHICAGO).text())
                .isEqualTo("“[Excerpt on Why Terrorist Groups Affiliate],”"
                        + " International Journal on Criminology 7, no. 2 (2020): 21, " + permalink + ".");
    }

    @Test
    void aParagraphOfAnotherDocumentIsRefused() {
        Document excerpt = document("journal-excerpt-on-terrorist-affiliations");
        var foreign = document("why-terrorist-actors-cooperate").paragraph(1).orElseThrow();
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> formatter.note(excerpt, foreign, "u", CitationStyle.APA))
                .withMessageContaining("not part of journal-excerpt-on-terrorist-affiliations");
    }

    @Test
    void aCachedStyleFormatsAHundredParagraphsQuickly() {
        Document post = document("why-terrorist-actors-cooperate");
        formatter.format(post, "https://x/", CitationStyle.CHICAGO);
        long start = System.nanoTime();
        for (int i = 0; i < 100; i++) {
            formatter.format(post, post.paragraph(1).orElseThrow(), "https://x/#p-" + i, CitationStyle.CHICAGO);
        }
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(500);
    }
}
