package org.concordance.citations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.concordance.content.Document;
import org.concordance.content.DocumentKind;
import org.concordance.content.Title;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every style against references written out by hand from the style guides' own examples and
 * patterns: the Chicago Manual of Style, 17th edition (notes and bibliography, chapter 14), the APA
 * Publication Manual, 7th edition (chapters 9 and 10), and the MLA Handbook, 9th edition. Where an
 * input is a guide's own example, the comment says so; the expected strings are the guide's, with
 * italics checked separately on the HTML. The six kinds: a book, a chapter in an edited book, a
 * journal article with volume, issue and pages, a blog post, a report in a numbered series, and
 * the library's excerpt whose title is not known.
 */
class StyleGuideTest {
    private static final String POST_URL = "https://blogs.plos.org/scied/2018/09/15/can-we-talk-scientifically-about-free-will/";
    private static final String EXCERPT_URL = "https://c.example/documents/journal-excerpt-on-terrorist-affiliations";
    private static final String BLOG_URL = "https://c.example/documents/why-terrorist-actors-cooperate";
    private static CitationFormatter formatter;

    /** The Chicago Manual of Style's own book example (17th ed., quick guide). */
    private static final Work BOOK = Works.of(WorkType.BOOK, "smith-swing-time").author("Zadie Smith").title("Swing Time")
            .publisher("New York", "Penguin Press").year(2016).build();
    /** Chicago's own chapter example (quick guide); the book title needs "American" kept in APA. */
    private static final Work CHAPTER = Works.of(WorkType.CHAPTER, "thoreau-walking").author("Henry David Thoreau").title("Walking")
            .container("The Making of the American Essay").editor("John D’Agata").publisher("Minneapolis", "Graywolf Press")
            .year(2016).pages("167-195").build();
    /** Chicago's own journal article example (quick guide), with a Latin term in italics inside the title. */
    private static final Work ARTICLE = Works.of(WorkType.JOURNAL_ARTICLE, "satterfield-livy").author("Susan Satterfield")
            .title("Livy and the <i>Pax Deum</i>").container("Classical Philology").volume("111", "2").year(2016)
            .pages("165-176").build();

    @BeforeAll
    static void loadStyles() {
        formatter = CitationFormatter.create(SentenceCase.keeping(List.of("American", "Al Qaeda", "Sci-Ed")), "Concordance");
    }

    private static String chicago(Work work) {
        return formatter.format(work, CitationStyle.CHICAGO).text();
    }

    private static String apa(Work work) {
        return formatter.format(work, CitationStyle.APA).text();
    }

    private static String mla(Work work) {
        return formatter.format(work, CitationStyle.MLA).text();
    }

    private static String note(Work work, String page, CitationStyle style) {
        return formatter.note(work, Optional.of(page), style).text();
    }

    private static Document blogPost() {
        // APA 7, 10.1 example 17 (a blog post), given here as a library document would be.
        return Works.document("klymkowsky-free-will", DocumentKind.BLOG_POST,
                Optional.of("Can we talk scientifically about free will?"), List.of("M. Klymkowsky"), Optional.of("Sci-Ed"),
                Optional.of("September 15, 2018"), OptionalInt.of(2018));
    }

    private static Document excerpt() {
        return Fixtures.LIBRARY.document("journal-excerpt-on-terrorist-affiliations").orElseThrow();
    }

    @Test
    void chicagoBookAsTheManualPrintsIt() {
        // Chicago, books: Last, First. Title in italics. Place: Publisher, Year. The note: First Last,
        // Title (Place: Publisher, Year), page; inclusive numbers abbreviated as 9.61 says.
        assertThat(chicago(BOOK)).isEqualTo("Smith, Zadie. Swing Time. New York: Penguin Press, 2016.");
        assertThat(formatter.format(BOOK, CitationStyle.CHICAGO).html()).contains("<i>Swing Time</i>");
        assertThat(note(BOOK, "315-316", CitationStyle.CHICAGO)).isEqualTo("Zadie Smith, Swing Time (New York: Penguin Press, 2016), 315–16.");
    }

    @Test
    void apaBookInSentenceCaseWithoutPlace() {
        // APA 7, 10.2: Author, A. A. (Year). Title in italics and sentence case. Publisher. No place.
        assertThat(apa(BOOK)).isEqualTo("Smith, Z. (2016). Swing time. Penguin Press.");
        assertThat(formatter.format(BOOK, CitationStyle.APA).html()).contains("<i>Swing time</i>");
        // APA 7, 8.13: "pp." and an en dash for a range of pages.
        assertThat(note(BOOK, "315-316", CitationStyle.APA)).isEqualTo("(Smith, 2016, pp. 315–316)");
    }

    @Test
    void mlaBookWithPublisherAndYear() {
        // MLA 9, the core elements: Author. Title. Publisher, Year. In text: author and page, no "p.".
        assertThat(mla(BOOK)).isEqualTo("Smith, Zadie. Swing Time. Penguin Press, 2016.");
        assertThat(note(BOOK, "315-316", CitationStyle.MLA)).isEqualTo("(Smith 315–16)");
    }

    @Test
    void mlaAbbreviatesAUniversityPressAndTheOtherStylesDoNot() {
        // MLA Handbook, 9th ed., 2.108: "UP" for University Press, "U" and "P" when apart.
        Work baron = Works.of(WorkType.BOOK, "baron-words-onscreen").author("Naomi S. Baron")
                .title("Words Onscreen: The Fate of Reading in a Digital World").publisher("New York", "Oxford University Press")
                .year(2015).build();
        assertThat(mla(baron)).isEqualTo("Baron, Naomi S. Words Onscreen: The Fate of Reading in a Digital World. Oxford UP, 2015.");
        assertThat(chicago(baron)).contains("New York: Oxford University Press, 2015.");
        assertThat(apa(baron)).contains("Oxford University Press.");
        Work chicagoPress = Works.of(WorkType.BOOK, "doe-alliances").author("Jo Doe").title("Alliances")
                .publisher("Chicago", "University of Chicago Press").year(2001).build();
        assertThat(mla(chicagoPress)).isEqualTo("Doe, Jo. Alliances. U of Chicago P, 2001.");
        assertThat(CslItems.item(chicagoPress, CslItems.Target.export())).containsEntry("publisher", "University of Chicago Press");
    }

    @Test
    void aTranslatedBookAnEditedBookAndAnEditionInEveryStyle() {
        Bibliography built = Bibliography.build(Libraries.withNotes(
                "Jhumpa Lahiri, <em>In Other Words</em>, trans. Ann Goldstein (New York: Alfred A. Knopf, 2016), 146.",
                "Joel Greenberg, ed., <em>Of Prairie, Woods, and Water: Two Centuries of Chicago Nature Writing</em>"
                        + " (Chicago: University of Chicago Press, 2008), 42.",
                "Jane Doe, <em>Alliances</em>, 3rd ed. (New York: Norton, 2010), 5."), References.none());
        List<Work> cited = built.notes(Libraries.SLUG).stream().map(n -> n.citations().get(0).work().orElseThrow()).toList();
        // CMOS 17, 14.103 (translated), 14.103 (edited), 14.118 (edition): bibliography entries.
        // The translator is printed as each guide's example does, with no empty part before it
        // (CslStyles.namesOneByOne), and given in exports.
        assertThat(chicago(cited.get(0))).isEqualTo("Lahiri, Jhumpa. In Other Words. Translated by Ann Goldstein."
                + " New York: Alfred A. Knopf, 2016.");
        assertThat(note(cited.get(0), "146", CitationStyle.CHICAGO)).isEqualTo("Jhumpa Lahiri, In Other Words, trans. Ann"
                + " Goldstein (New York: Alfred A. Knopf, 2016), 146.");
        assertThat(CslItems.item(cited.get(0), CslItems.Target.export())).containsKey("translator");
        assertThat(Exports.ris(cited.get(0))).contains("A4  - Goldstein, Ann");
        assertThat(chicago(cited.get(1))).isEqualTo("Greenberg, Joel, ed. Of Prairie, Woods, and Water: Two Centuries of Chicago Nature Writing."
                + " Chicago: University of Chicago Press, 2008.");
        assertThat(cited.get(1).slug()).isEqualTo("greenberg-of-prairie-woods-and-water");
        assertThat(chicago(cited.get(2))).isEqualTo("Doe, Jane. Alliances. 3rd ed. New York: Norton, 2010.");
        // APA 7, 10.2: editors "(Ed.)"; "(3rd ed.)".
        // APA 7, 10.2 (translated book): "(A. Goldstein, Trans.)" after the title.
        assertThat(apa(cited.get(0))).isEqualTo("Lahiri, J. (2016). In other words (A. Goldstein, Trans.). Alfred A. Knopf.");
        assertThat(apa(cited.get(1))).isEqualTo("Greenberg, J. (Ed.). (2008). Of prairie, woods, and water: Two centuries of Chicago"
                + " nature writing. University of Chicago Press.");
        assertThat(apa(cited.get(2))).isEqualTo("Doe, J. (2010). Alliances (3rd ed.). Norton.");
        // MLA 9: "editor", "3rd ed.".
        // MLA 9, 5.33 (translator as other contributor): "Translated by Ann Goldstein,".
        assertThat(mla(cited.get(0))).isEqualTo("Lahiri, Jhumpa. In Other Words. Translated by Ann Goldstein, Alfred A. Knopf, 2016.");
        assertThat(mla(cited.get(1))).isEqualTo("Greenberg, Joel, editor. Of Prairie, Woods, and Water: Two Centuries of Chicago Nature"
                + " Writing. U of Chicago P, 2008.");
        assertThat(mla(cited.get(2))).isEqualTo("Doe, Jane. Alliances. 3rd ed., Norton, 2010.");
    }

    @Test
    void aBookWithAnEditorAndATranslatorNamesBothInEveryStyle() {
        // CMOS 17, 14.104; APA 7, 10.2 ("Ed." and "Trans." joined); MLA 9, 5.33.
        Work both = Works.of(WorkType.BOOK, "weber-letters").author("Max Weber").editor("Anna Fischer")
                .translator("Ann Goldstein").title("Letters").publisher("New York", "Norton").year(2001).build();
        assertThat(chicago(both)).isEqualTo("Weber, Max. Letters. Edited by Anna Fischer. Translated by Ann Goldstein."
                + " New York: Norton, 2001.");
        assertThat(apa(both)).isEqualTo("Weber, M. (2001). Letters (A. Fischer, Ed.; A. Goldstein, Trans.). Norton.");
        // The MLA style capitalizes each role's label, the handbook only the first ("translated by"):
        // the style's own choice, the same before the names were split.
        assertThat(mla(both)).isEqualTo("Weber, Max. Letters. Edited by Anna Fischer, Translated by Ann Goldstein, Norton, 2001.");
    }

    @Test
    void chicagoChapterInAnEditedBook() {
        // Chicago, chapters: “Chapter.” In Book, edited by Editor, pages. Place: Publisher, Year.
        assertThat(chicago(CHAPTER)).isEqualTo("Thoreau, Henry David. “Walking.” In The Making of the American Essay, edited by"
                + " John D’Agata, 167–95. Minneapolis: Graywolf Press, 2016.");
        assertThat(note(CHAPTER, "177-178", CitationStyle.CHICAGO)).isEqualTo("Henry David Thoreau, “Walking,” in The Making of the"
                + " American Essay, ed. John D’Agata (Minneapolis: Graywolf Press, 2016), 177–78.");
    }

    @Test
    void apaChapterWithEditorAndPages() {
        // APA 7, 10.3: Author. (Year). Chapter. In E. Editor (Ed.), Book in sentence case (pp. x–y). Publisher.
        assertThat(apa(CHAPTER)).isEqualTo("Thoreau, H. D. (2016). Walking. In J. D’Agata (Ed.), The making of the American essay"
                + " (pp. 167–195). Graywolf Press.");
        assertThat(formatter.format(CHAPTER, CitationStyle.APA).html()).contains("<i>The making of the American essay</i>");
    }

    @Test
    void mlaChapterInItsContainer() {
        // MLA 9: “Chapter.” Book, edited by Editor, Publisher, Year, pp. x–y.
        assertThat(mla(CHAPTER)).isEqualTo("Thoreau, Henry David. “Walking.” The Making of the American Essay, edited by"
                + " John D’Agata, Graywolf Press, 2016, pp. 167–95.");
    }

    @Test
    void chicagoJournalArticleKeepsTheItalicsInsideItsTitle() {
        // Chicago, journal articles: “Article.” Journal Volume, no. Issue (Year): pages. A term
        // italic in the title stays italic inside the quotation marks.
        assertThat(chicago(ARTICLE)).isEqualTo("Satterfield, Susan. “Livy and the Pax Deum.” Classical Philology 111, no. 2 (2016): 165–76.");
        assertThat(formatter.format(ARTICLE, CitationStyle.CHICAGO).html())
                .contains("“Livy and the <i>Pax Deum</i>.” <i>Classical Philology</i> 111");
        assertThat(note(ARTICLE, "170", CitationStyle.CHICAGO))
                .isEqualTo("Susan Satterfield, “Livy and the Pax Deum,” Classical Philology 111, no. 2 (2016): 170.");
    }

    @Test
    void apaJournalArticleWithVolumeIssueAndPages() {
        // APA 7, 10.1: Author. (Year). Title in sentence case. Journal, Volume(Issue), pages. The
        // journal and volume in italics, the title not.
        assertThat(apa(ARTICLE)).isEqualTo("Satterfield, S. (2016). Livy and the Pax Deum. Classical Philology, 111(2), 165–176.");
        assertThat(formatter.format(ARTICLE, CitationStyle.APA).html())
                .startsWith("Satterfield, S. (2016). Livy and the <i>Pax Deum</i>. <i>Classical Philology</i>, <i>111</i>(2)");
    }

    @Test
    void mlaJournalArticleWithVolumeIssueAndPages() {
        // MLA 9: “Article.” Journal, vol. 111, no. 2, Year, pp. x–y.
        assertThat(mla(ARTICLE)).isEqualTo("Satterfield, Susan. “Livy and the Pax Deum.” Classical Philology, vol. 111, no. 2, 2016,"
                + " pp. 165–76.");
    }

    @Test
    void aBlogPostIsQuotedInItsBlogInChicagoAndMla() {
        Document post = blogPost();
        // Chicago, blog posts: “Title of Post.” Blog Name, Month Day, Year. URL. No access date when the post is dated.
        FormattedCitation chicago = formatter.format(post, POST_URL, CitationStyle.CHICAGO);
        assertThat(chicago.text()).isEqualTo("Klymkowsky, M. “Can We Talk Scientifically about Free Will?” Sci-Ed, September 15, 2018. "
                + POST_URL + ".");
        assertThat(chicago.html()).contains("<i>Sci-Ed</i>").doesNotContain("<i>Can We");
        // MLA 9: “Title.” Blog, Day Mon. Year, URL.
        FormattedCitation mla = formatter.format(post, POST_URL, CitationStyle.MLA);
        assertThat(mla.text()).isEqualTo("Klymkowsky, M. “Can We Talk Scientifically about Free Will?” Sci-Ed, 15 Sept. 2018, "
                + "blogs.plos.org/scied/2018/09/15/can-we-talk-scientifically-about-free-will/.");
        assertThat(mla.html()).doesNotContain("<i>Can We");
    }

    @Test
    void anApaBlogPostHasItsDateAndTheBlogInItalics() {
        // APA 7, 10.1 example 17: Klymkowsky, M. (2018, September 15). Can we talk scientifically
        // about free will? Sci-Ed. URL — the post's title roman and in sentence case, the blog italic.
        FormattedCitation apa = formatter.format(blogPost(), POST_URL, CitationStyle.APA);
        assertThat(apa.text()).isEqualTo("Klymkowsky, M. (2018, September 15). Can we talk scientifically about free will? Sci-Ed. " + POST_URL);
        assertThat(apa.html()).contains("<i>Sci-Ed</i>").doesNotContain("<i>Can we");
    }

    @Test
    void aBlogPostWhoseBlogIsNotNamedIsCitedAsAPageOfTheLibraryWithTheDayItEnteredIt() {
        Document post = Fixtures.LIBRARY.document("why-terrorist-actors-cooperate").orElseThrow();
        // Chicago, website content: “Title.” Site. Accessed date (content without a date). URL.
        assertThat(formatter.format(post, BLOG_URL, CitationStyle.CHICAGO).text()).isEqualTo(
                "Moghadam, Assaf. “Why Terrorist Actors Cooperate.” Concordance. Accessed November 22, 2026. " + BLOG_URL + ".");
        // APA 7, 10.16 and 9.16: (n.d.), the page's title italic in sentence case, site, "Retrieved Date, from URL".
        FormattedCitation apa = formatter.format(post, BLOG_URL, CitationStyle.APA);
        assertThat(apa.text()).isEqualTo("Moghadam, A. (n.d.). Why terrorist actors cooperate. Concordance. Retrieved November 22, 2026,"
                + " from " + BLOG_URL);
        assertThat(apa.text()).doesNotContainPattern("Retrieved https?:");
        // MLA 9, a web page: “Title.” Website, URL. Accessed Day Mon. Year (optional, for undated pages).
        assertThat(formatter.format(post, BLOG_URL, CitationStyle.MLA).text()).isEqualTo(
                "Moghadam, Assaf. “Why Terrorist Actors Cooperate.” Concordance, c.example/documents/why-terrorist-actors-cooperate."
                        + " Accessed 22 Nov. 2026.");
    }

    @Test
    void aBlogPostANoteCitesIsQuotedInItsBlogWithItsDay() {
        String url = "https://harvardpress.typepad.com/hup_publicity/2018/05/scholars-and-scholarship-jack-lynch.html";
        Bibliography built = Bibliography.build(Libraries.withNotes("Jack Lynch, “Scholars and Scholarship,” <em>Harvard"
                + " University Press Blog</em>, May 10, 2018, " + url + "."), References.none());
        Work post = built.works().get(0);
        assertThat(post.type()).isEqualTo(WorkType.BLOG_POST);
        // CMOS 17, 14.208: Lynch, Jack. “Scholars and Scholarship.” Harvard University Press Blog, May 10, 2018. URL.
        assertThat(chicago(post)).isEqualTo("Lynch, Jack. “Scholars and Scholarship.” Harvard University Press Blog, May 10, 2018. "
                + url + ".");
        assertThat(formatter.format(post, CitationStyle.CHICAGO).html()).contains("<i>Harvard University Press Blog</i>");
        // APA 7, 10.1: Author. (Year, Month Day). Title. Blog. URL
        assertThat(apa(post)).isEqualTo("Lynch, J. (2018, May 10). Scholars and scholarship. Harvard University Press Blog. " + url);
        assertThat(mla(post)).isEqualTo("Lynch, Jack. “Scholars and Scholarship.” Harvard University Press Blog, 10 May 2018, "
                + url.substring("https://".length()) + ".");
    }

    @Test
    void aCitedPageWithoutADateIsCitedWithTheDayTheNoteSaysItWasAccessed() {
        // The Chicago Manual of Style, 17th ed., 14.206: “About Yale: Yale Facts,” Yale University,
        // accessed May 1, 2017, https://www.yale.edu/about-yale/yale-facts.
        Bibliography built = Bibliography.build(Libraries.withNotes("“About Yale: Yale Facts,” Yale University, accessed"
                + " May 1, 2017, https://www.yale.edu/about-yale/yale-facts."), References.none());
        Work yale = built.works().get(0);
        assertThat(yale.year()).isEmpty();
        assertThat(chicago(yale)).isEqualTo("Yale University. “About Yale: Yale Facts.” Accessed May 1, 2017."
                + " https://www.yale.edu/about-yale/yale-facts.");
        // APA 7, 9.16 and 10.16: a page without a date, its title first without an author, retrieved on the day given.
        assertThat(apa(yale)).isEqualTo("About Yale: Yale facts. (n.d.). Yale University. Retrieved May 1, 2017, from"
                + " https://www.yale.edu/about-yale/yale-facts");
        // MLA 9, 5.111: the date of access after the URL, for a page without a date.
        assertThat(mla(yale)).isEqualTo("“About Yale: Yale Facts.” Yale University, www.yale.edu/about-yale/yale-facts."
                + " Accessed 1 May 2017.");
        assertThat(Exports.bibtex(yale, SentenceCase.keeping(List.of()))).contains("urldate = {2017-05-01}");
    }

    /**
     * MLA Handbook, 9th ed., 5.95: "You can usually omit http:// or https:// from URLs"; its
     * examples print "www.npr.org/sections/…". Chicago and APA keep the address whole, and every
     * style keeps a DOI's. The address is still marked as one, so it breaks on a narrow screen.
     */
    @Test
    void mlaLeavesTheSchemeOutOfAUrlAndTheOtherStylesKeepIt() {
        Document post = Fixtures.LIBRARY.document("why-terrorist-actors-cooperate").orElseThrow();
        for (String url : List.of("https://c.example/documents/why-terrorist-actors-cooperate",
                "http://c.example/documents/why-terrorist-actors-cooperate")) {
            FormattedCitation mla = formatter.format(post, url, CitationStyle.MLA);
            assertThat(mla.text()).as(url).contains(", c.example/documents/why-terrorist-actors-cooperate.").doesNotContain("http");
            assertThat(mla.html()).as(url).contains("<span class=\"url\">c<wbr>.example").doesNotContain("http");
            assertThat(formatter.format(post, url, CitationStyle.CHICAGO).text()).as(url).contains(url);
            assertThat(formatter.format(post, url, CitationStyle.APA).text()).as(url).contains(url);
        }
        Work page = Works.of(WorkType.WEB_PAGE, "doe-page").author("Jo Doe").title("A Page").url("https://www.example.org/a/page").build();
        assertThat(mla(page)).contains("www.example.org/a/page").doesNotContain("https://");
        assertThat(chicago(page)).contains("https://www.example.org/a/page");
        assertThat(CslItems.printedUrl("https://doi.org/10.1000/182", CitationStyle.MLA)).isEqualTo("https://doi.org/10.1000/182");
    }

    @Test
    void aReportInANumberedSeriesInEveryStyle() {
        Work report = Fixtures.BIBLIOGRAPHY.work("byman-breaking-the-bonds").orElseThrow();
        // Chicago, reports: Title in italics. Series and number. Publisher, Year.
        assertThat(chicago(report)).isEqualTo("Byman, D. Breaking the Bonds between Al Qaeda and Its Affiliate Organizations."
                + " Analysis Paper No. 27. Brookings Institution, 2012.");
        assertThat(note(report, "iv-v", CitationStyle.CHICAGO)).isEqualTo("D. Byman, Breaking the Bonds between Al Qaeda and Its"
                + " Affiliate Organizations, Analysis Paper no. 27 (Brookings Institution, 2012), iv–v.");
        // APA 7, 10.4: Title in sentence case (Series No. 27). Publisher.
        assertThat(apa(report)).isEqualTo("Byman, D. (2012). Breaking the bonds between Al Qaeda and its affiliate organizations"
                + " (Analysis Paper No. 27). Brookings Institution.");
        assertThat(note(report, "iv-v", CitationStyle.APA)).isEqualTo("(Byman, 2012, pp. iv–v)");
        // MLA 9: Title. Series no. 27, Publisher, Year.
        assertThat(mla(report)).isEqualTo("Byman, D. Breaking the Bonds between Al Qaeda and Its Affiliate Organizations."
                + " Analysis Paper no. 27, Brookings Institution, 2012.");
    }

    @Test
    void theExcerptWithoutATitleIsCitedByWhatIsKnownWithADescription() {
        Document excerpt = excerpt();
        // Chicago: a descriptive title is capitalised sentence-style, without quotation marks; the
        // season of the issue printed as for any journal article.
        assertThat(formatter.format(excerpt, EXCERPT_URL, CitationStyle.CHICAGO).text()).isEqualTo("Excerpt of an article, title not"
                + " given. International Journal on Criminology 7, no. 2 (Spring 2020): 21. " + EXCERPT_URL + ".");
        // APA 7: a work without a title has a description in square brackets; 10.1: year only.
        assertThat(formatter.format(excerpt, EXCERPT_URL, CitationStyle.APA).text()).isEqualTo("[Excerpt of an article, title not"
                + " given]. (2020). International Journal on Criminology, 7(2), 21. " + EXCERPT_URL);
        // MLA 9: a description in place of a title, neither italic nor quoted.
        assertThat(formatter.format(excerpt, EXCERPT_URL, CitationStyle.MLA).text()).isEqualTo("Excerpt of an article, title not given."
                + " International Journal on Criminology, vol. 7, no. 2, Spring 2020, p. 21, c.example/documents/journal-excerpt-on-terrorist-affiliations.");
        // In the text: APA gives the bracketed description (8.14); MLA shortens it, as a title, to
        // its first noun phrase, with the page.
        var first = excerpt.paragraph(1).orElseThrow();
        assertThat(formatter.note(excerpt, first, EXCERPT_URL + "#p-1", CitationStyle.APA).text())
                .isEqualTo("([Excerpt of an article, title not given], 2020, p. 21)");
        assertThat(formatter.note(excerpt, first, EXCERPT_URL + "#p-1", CitationStyle.MLA).text()).isEqualTo("(Excerpt of an article 21)");
        for (CitationStyle style : CitationStyle.values()) {
            assertThat(formatter.format(excerpt, EXCERPT_URL, style).text()).as(style.code())
                    .doesNotContainIgnoringCase("article title not given in the excerpt").doesNotContain("Excerpt on");
        }
    }

    @Test
    void aParagraphIsCitedInTextByItsNumber() {
        Document post = Fixtures.LIBRARY.document("why-terrorist-actors-cooperate").orElseThrow();
        var paragraph = post.paragraph(1).orElseThrow();
        // APA 7, 8.13: "para." for a paragraph; MLA 9: "par." after a comma.
        assertThat(formatter.note(post, paragraph, BLOG_URL + "#p-1", CitationStyle.APA).text()).isEqualTo("(Moghadam, n.d., para. 1)");
        assertThat(formatter.note(post, paragraph, BLOG_URL + "#p-1", CitationStyle.MLA).text()).isEqualTo("(Moghadam, par. 1)");
        // Chicago 17, 14.174: "para." where there is no page (citeproc-java printed a bare "1", which reads as a page).
        assertThat(formatter.note(post, paragraph, BLOG_URL + "#p-1", CitationStyle.CHICAGO).text())
                .contains("Why Terrorist Actors Cooperate,” ").contains(", para. 1, ").endsWith(BLOG_URL + "#p-1.");
    }

    /**
     * A press release is a work, its issuing organization its author (a trial: the note made no
     * work at all). CMOS 17, 14.198; APA 7, 10.16 ("[Press release]"); MLA 9 (a description
     * after the title).
     */
    @Test
    void aPressReleaseOfAnOrganizationIsCitedInEveryStyle() {
        String url = "https://home.treasury.gov/news/press-releases/tg195";
        Bibliography built = Bibliography.build(Libraries.withNotes("U.S. Department of the Treasury, “Treasury Designates"
                + " Individuals and Entity Fueling Violence in Iraq,” press release, July 2, 2009, " + url + "."), References.none());
        Work release = built.works().get(0);
        assertThat(release.type()).isEqualTo(WorkType.PRESS_RELEASE);
        assertThat(release.authors()).containsExactly(new Name("U.S. Department of the Treasury", Optional.empty()));
        // CMOS 17, 14.198: the issuer as author, the title quoted, "press release" and its date.
        assertThat(note(release, "2", CitationStyle.CHICAGO)).isEqualTo("U.S. Department of the Treasury, “Treasury Designates"
                + " Individuals and Entity Fueling Violence in Iraq,” press release, July 2, 2009, 2, " + url + ".");
        assertThat(chicago(release)).isEqualTo("U.S. Department of the Treasury. “Treasury Designates Individuals and Entity"
                + " Fueling Violence in Iraq.” Press release. July 2, 2009. " + url + ".");
        // APA 7, 10.16: Organization. (Year). Title [Press release]. URL
        assertThat(apa(release)).isEqualTo("U.S. Department of the Treasury. (2009). Treasury designates individuals and entity"
                + " fueling violence in Iraq [Press release]. " + url);
        assertThat(mla(release)).isEqualTo("U.S. Department of the Treasury. “Treasury Designates Individuals and Entity Fueling"
                + " Violence in Iraq.” Press release. 2 July 2009, home.treasury.gov/news/press-releases/tg195.");
        // The organization is one name of one part in every export.
        assertThat(Exports.bibtex(release, SentenceCase.keeping(List.of()))).startsWith("@misc{")
                .contains("author = {{U.S. Department of the Treasury}},").contains("type = {Press release},");
        assertThat(Exports.ris(release)).startsWith("TY  - PRESS\n").contains("AU  - U.S. Department of the Treasury\n")
                .contains("DA  - 2009/07/02/\n");
        assertThat(CslItems.item(release, CslItems.Target.export())).containsEntry("type", "article")
                .containsEntry("genre", "press release");
    }
}
