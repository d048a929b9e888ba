package org.concordance.citations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.concordance.content.Document;
import org.concordance.content.DocumentKind;
import org.concordance.content.Metadata;
import org.concordance.content.Paragraph;
import org.concordance.content.Part;
import org.concordance.content.Title;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CitationFormatterTest {
    private static CitationFormatter formatter;

    @BeforeAll
    static void loadStyles() {
        formatter = CitationFormatter.create(Fixtures.BIBLIOGRAPHY.sentenceCase(), "Concordance");
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
                + " Analysis Paper No. 27. Brookings Institution, 2012.");
        assertThat(chicago.html()).startsWith("Byman, D. <i>Breaking the Bonds").doesNotContain("style=");
    }

    @Test
    void apaFormatsMoghadamsBookInSentenceCaseWithPublisherAndYear() {
        assertThat(formatter.format(work("moghadam-nexus-of-global-jihad"), CitationStyle.APA).text()).isEqualTo(
                "Moghadam, A. (2017). Nexus of global jihad: Understanding cooperation among terrorist actors."
                        + " Columbia University Press.");
    }

    @Test
    void mlaFormatsMoghadamsJournalArticle() {
        assertThat(formatter.format(work("moghadam-terrorist-affiliations-in-context"), CitationStyle.MLA).text())
                .isEqualTo("Moghadam, A. “Terrorist Affiliations in Context: A Typology of Terrorist Inter-Group"
                        + " Cooperation.” CTS Sentinel, vol. 8, no. 3, 2015.");
    }

    /**
     * "Bacon, 753." is a note's short form: 753 is the page the note cites, not part of a
     * reference, and the full reference is not in the text. No style may format it as an entry.
     */
    @Test
    void aWorkKnownOnlyByItsShortFormIsItsAuthorAndFullReferenceNotGivenNeverTheNotesPage() {
        for (CitationStyle style : CitationStyle.values()) {
            FormattedCitation bacon = formatter.format(work("bacon-untitled"), style);
            assertThat(bacon.text()).as(style.code()).isEqualTo("Bacon — full reference not given in the text");
            assertThat(bacon.html()).as(style.code()).doesNotContain("753");
            assertThat(formatter.note(work("bacon-untitled"), java.util.Optional.of("753"), style).text()).as(style.code())
                    .doesNotContain("753");
            assertThat(formatter.format(work("byman-buddies-or-burdens"), style).text()).as(style.code())
                    .isEqualTo("Byman, “Buddies or Burdens?” — full reference not given in the text");
        }
    }

    @Test
    void aBlogPostIsCitedWithItsTitleInQuotesNeverItalicLikeABook() {
        String url = "https://concordance.example/documents/why-terrorist-actors-cooperate";
        for (CitationStyle style : List.of(CitationStyle.CHICAGO, CitationStyle.MLA)) {
            FormattedCitation cited = formatter.format(document("why-terrorist-actors-cooperate"), url, style);
            assertThat(cited.text()).as(style.code()).contains("“Why Terrorist Actors Cooperate.”");
            assertThat(cited.html()).as(style.code()).doesNotContain("<i>Why");
        }
    }

    @Test
    void theAccessDateIsTheDayTheTextEnteredTheLibraryNeverTheClock() {
        String url = "https://concordance.example/documents/why-terrorist-actors-cooperate";
        assertThat(formatter.format(document("why-terrorist-actors-cooperate"), url, CitationStyle.CHICAGO).text())
                .contains("Accessed November 22, 2026.");
        // A fresh formatter on another day gives the same bytes.
        CitationFormatter other = CitationFormatter.create(Fixtures.BIBLIOGRAPHY.sentenceCase(), "Concordance");
        for (CitationStyle style : CitationStyle.values()) {
            assertThat(other.format(document("why-terrorist-actors-cooperate"), url, style))
                    .isEqualTo(formatter.format(document("why-terrorist-actors-cooperate"), url, style));
        }
    }

    @Test
    void noStyleEverPrintsRetrievedWithoutADateAndFrom() {
        for (Document document : Fixtures.LIBRARY.documents()) {
            String apa = formatter.format(document, "http://c.example/d", CitationStyle.APA).text();
            assertThat(apa).doesNotContainPattern("Retrieved https?:");
        }
    }

    @Test
    void aParagraphIsCitedAtItsPermalink() {
        Document excerpt = document("journal-excerpt-on-terrorist-affiliations");
        String permalink = "https://concordance.example/documents/journal-excerpt-on-terrorist-affiliations#p-1";
        FormattedCitation note = formatter.note(excerpt, excerpt.paragraph(1).orElseThrow(), permalink, CitationStyle.CHICAGO);
        assertThat(note.text()).contains("International Journal on Criminology 7, no. 2").contains(permalink);
        // The address may break at a narrow width (Chicago's break points), and reads the same.
        assertThat(note.html()).contains("<span class=\"url\">https://<wbr>concordance<wbr>.example<wbr>/documents<wbr>/journal");
        assertThat(org.jsoup.Jsoup.parse(note.html()).text()).contains(permalink);
    }

    @Test
    void aWorkIsCitedAsAChicagoNoteOrAnInTextCitationWithItsPage() {
        Work bonds = work("byman-breaking-the-bonds");
        assertThat(formatter.note(bonds, Optional.of("iv-v"), CitationStyle.CHICAGO).text()).isEqualTo(
                "D. Byman, Breaking the Bonds between Al Qaeda and Its Affiliate Organizations, Analysis Paper no. 27"
                        + " (Brookings Institution, 2012), iv–v.");
        assertThat(formatter.note(bonds, Optional.of("iv-v"), CitationStyle.APA).text()).isEqualTo("(Byman, 2012, pp. iv–v)");
        assertThat(formatter.note(bonds, Optional.empty(), CitationStyle.MLA).text()).isEqualTo("(Byman)");
        assertThat(formatter.note(bonds, Optional.of("iv-v"), CitationStyle.MLA).text()).isEqualTo("(Byman iv–v)");
    }

    @Test
    void aParagraphOfATextOnOnePageIsCitedByThePageAndOtherwiseByItsNumber() {
        Document excerpt = document("journal-excerpt-on-terrorist-affiliations");
        var paragraph = excerpt.paragraph(1).orElseThrow();
        String permalink = "https://c.example/documents/journal-excerpt-on-terrorist-affiliations#p-1";
        assertThat(formatter.note(excerpt, paragraph, permalink, CitationStyle.APA).text()).endsWith("2020, p. 21)");
        Document post = document("why-terrorist-actors-cooperate");
        assertThat(formatter.note(post, post.paragraph(3).orElseThrow(), "https://c.example/d#p-3", CitationStyle.APA).text())
                .endsWith("n.d., para. 3)");
        assertThat(formatter.note(excerpt, paragraph, permalink, CitationStyle.CHICAGO).text())
                .isEqualTo("Excerpt of an article, title not given, International Journal on Criminology 7, no. 2 (Spring 2020): 21, "
                        + permalink + ".");
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
    void aParagraphCitedAtAnyPermalinkIsFormattedOnceAndKept() {
        Document post = document("why-terrorist-actors-cooperate");
        Paragraph first = post.paragraph(1).orElseThrow();
        formatter.note(post, first, "https://x/#p-0", CitationStyle.CHICAGO);
        int kept = formatter.kept();
        for (int i = 1; i < 100; i++) {
            FormattedCitation note = formatter.note(post, first, "https://x/#p-" + i, CitationStyle.CHICAGO);
            assertThat(note.text()).contains("https://x/#p-" + i);
        }
        assertThat(formatter.kept()).as("one formatting, the address put in afterwards").isEqualTo(kept);
    }

    /** An imported text of no clearer kind, with its venue or without. */
    private static Document imported(Optional<String> venue) {
        return imported(venue, Optional.empty());
    }

    /** An imported text of no clearer kind, with its venue or without, and the address it was published at or none. */
    private static Document imported(Optional<String> venue, Optional<String> original) {
        Metadata metadata = new Metadata(Optional.of(Title.of("Proxies and Partners")), "Proxies and Partners", DocumentKind.DOCUMENT,
                List.of("Ana López"), venue, Optional.empty(), Optional.empty(), Optional.of("March 15, 2021"), OptionalInt.of(2021),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(LocalDate.of(2026, 12, 4)),
                original, Optional.empty(), "proxies-and-partners.html");
        Paragraph paragraph = new Paragraph(1, Part.BODY, "<p>Text.</p>", "Text.", Optional.empty(), List.of());
        return new Document("proxies-and-partners", metadata, Optional.empty(), List.of(paragraph), List.of());
    }

    /** Not "In <i>Example Security Blog</i>", as CSL's document type prints a venue: a page of it, or of this site. */
    @Test
    void aTextOfNoClearerKindIsCitedAsAPageOfItsVenueOrOfThisSite() {
        String url = "https://c.example/documents/proxies-and-partners";
        String chicago = formatter.format(imported(Optional.of("Example Security Blog")), url, CitationStyle.CHICAGO).text();
        assertThat(chicago).startsWith("López, Ana. “Proxies and Partners.” Example Security Blog, March 15, 2021.")
                .endsWith(url + ".").doesNotContain(" In ");
        assertThat(formatter.format(imported(Optional.of("Example Security Blog")), url, CitationStyle.APA).text())
                .doesNotContain(" In ").contains("Example Security Blog");
        assertThat(formatter.format(imported(Optional.empty()), url, CitationStyle.MLA).text())
                .startsWith("López, Ana. “Proxies and Partners.” Concordance, 15 Mar. 2021");
    }

    @Test
    void aTextWithTheAddressItWasPublishedAtIsCitedThereNotAsAPageOfThisSite() {
        String page = "https://c.example/documents/proxies-and-partners";
        String original = "https://blog.example.org/2021/03/proxies-and-partners";
        Document published = imported(Optional.empty(), Optional.of(original));
        Paragraph first = published.paragraph(1).orElseThrow();
        // Chicago 14.206, a web page of a site not named: author, title in quotes, date, URL; no access date beside a date.
        assertThat(formatter.format(published, page, CitationStyle.CHICAGO).text())
                .isEqualTo("López, Ana. “Proxies and Partners.” March 15, 2021. " + original + ".");
        // A paragraph of it, cited there, has no number of this library's: the original numbers none.
        assertThat(formatter.note(published, first, page + "#p-1", CitationStyle.CHICAGO).text())
                .isEqualTo("Ana López, “Proxies and Partners,” March 15, 2021, " + original + ".");
        assertThat(formatter.note(published, first, page + "#p-1", CitationStyle.APA).text()).isEqualTo("(López, 2021)");
        assertThat(formatter.note(published, first, page + "#p-1", CitationStyle.MLA).text()).isEqualTo("(López)");
        assertThat(formatter.format(published, page, CitationStyle.APA).text())
                .isEqualTo("López, A. (2021, March 15). Proxies and partners. " + original);
        assertThat(formatter.format(published, page, CitationStyle.MLA).text())
                .isEqualTo("López, Ana. Proxies and Partners. 15 Mar. 2021, blog.example.org/2021/03/proxies-and-partners.");
        for (CitationStyle style : CitationStyle.values()) {
            assertThat(formatter.format(published, page, style).text()).as(style.toString()).doesNotContain("c.example", "Concordance");
            assertThat(formatter.format(published, page, style).html()).as(style.toString())
                    .contains(UrlMarkup.breakableUrl(CslItems.printedUrl(original, style)));
        }
        // The same text without its address is still a page of this site, at the page's address.
        assertThat(formatter.format(imported(Optional.empty()), page, CitationStyle.CHICAGO).text()).contains("Concordance").endsWith(page + ".");
    }
}
