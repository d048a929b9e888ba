package org.concordance.citations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.concordance.content.Document;
import org.concordance.content.Note;
import org.concordance.content.Title;
import org.junit.jupiter.api.Test;

class NoteParserTest {
    private final NoteParser parser = new NoteParser();

    private Citation only(String html) {
        ParsedNote note = parser.parseHtml(html);
        assertThat(note.citations()).as(html).hasSize(1);
        return note.citations().get(0);
    }

    private Note libraryNote(String label) {
        Document excerpt = Fixtures.LIBRARY.document("journal-excerpt-on-terrorist-affiliations").orElseThrow();
        return excerpt.note(label).orElseThrow();
    }

    /**
     * An interview or a conversation cited in a note (CMOS 14.211–14.214: "Interview, Kabul, 2019.",
     * unpublished, no work to list) names no author: "Interview" and "Kabul" were read as two authors
     * cited at page 2019, and a work of theirs was listed (a trial).
     */
    @Test
    void anInterviewIsNotReadAsAuthorsAndAPage() {
        for (String note : List.of("Interview, Kabul, 2019.", "Interviews, Bamako and Gao, 2018.", "Conversation, Beirut, 12.",
                "Correspondence, 2020.")) {
            assertThat(parser.parseHtml(note).citations()).as(note).isEmpty();
        }
        assertThat(only("Byman, 45.").authors()).extracting(Name::family).containsExactly("Byman");
    }

    /** A suffix after a comma in a note's author list is the name's, not another author (a review). */
    @Test
    void aSuffixAfterACommaIsTheNamesOwn() {
        Citation c = only("Martin Luther King, Jr., <em>Why We Can’t Wait</em> (New York: Harper &amp; Row, 1964), 12.");
        assertThat(c.authors()).containsExactly(Name.parse("Martin Luther King Jr."));
    }

    @Test
    void everyNoteInTheLibraryParsesAndKeepsItsRawText() {
        for (Document document : Fixtures.LIBRARY.documents()) {
            for (Note note : document.notes()) {
                ParsedNote parsed = parser.parse(note);
                assertThat(parsed.text()).isEqualTo(note.text());
                assertThat(parsed.citations()).as(note.text()).hasSize(1);
            }
        }
    }

    @Test
    void noteFourteenIsAnAuthorAndShortTitleAtPage442() {
        Citation c = parser.parse(libraryNote("14")).citations().get(0);
        assertThat(c.form()).isEqualTo(CitationForm.SHORT_TITLE);
        assertThat(c.authors()).containsExactly(new Name("Byman", Optional.empty()));
        assertThat(c.title().map(Title::plain)).contains("Buddies or Burdens?");
        assertThat(c.pinpoint()).contains("442");
    }

    @Test
    void noteFifteenIsAReportInANumberedSeriesCitedAtRomanPages() {
        Citation c = parser.parse(libraryNote("15")).citations().get(0);
        assertThat(c.form()).isEqualTo(CitationForm.REPORT);
        assertThat(c.authors()).containsExactly(new Name("Byman", Optional.of("D.")));
        assertThat(c.title().map(Title::plain)).contains("Breaking the Bonds Between Al Qaeda and its Affiliate Organizations");
        assertThat(c.publisher()).contains("Brookings Institution");
        assertThat(c.container()).contains("Analysis Paper");
        assertThat(c.number()).contains("27");
        assertThat(c.year()).isEqualTo(OptionalInt.of(2012));
        assertThat(c.pinpoint()).contains("iv-v");
    }

    @Test
    void noteSixteenIsAShortTitleWithoutPage() {
        Citation c = parser.parse(libraryNote("16")).citations().get(0);
        assertThat(c.form()).isEqualTo(CitationForm.SHORT_TITLE);
        assertThat(c.title().map(Title::plain)).contains("Breaking the Bonds");
        assertThat(c.pinpoint()).isEmpty();
    }

    @Test
    void noteSeventeenIsAJournalArticleWithVolumeIssueAndYear() {
        Citation c = parser.parse(libraryNote("17")).citations().get(0);
        assertThat(c.form()).isEqualTo(CitationForm.JOURNAL_ARTICLE);
        assertThat(c.authors()).containsExactly(new Name("Moghadam", Optional.of("A.")));
        assertThat(c.title().map(Title::plain)).contains("Terrorist Affiliations in Context: A Typology of Terrorist Inter-Group Cooperation");
        assertThat(c.container()).contains("CTS Sentinel");
        assertThat(c.volume()).contains("8");
        assertThat(c.issue()).contains("3");
        assertThat(c.year()).isEqualTo(OptionalInt.of(2015));
    }

    @Test
    void noteEighteenIsAnItalicShortTitle() {
        Citation c = parser.parse(libraryNote("18")).citations().get(0);
        assertThat(c.form()).isEqualTo(CitationForm.SHORT_TITLE);
        assertThat(c.italicTitle()).isTrue();
        assertThat(c.title().map(Title::plain)).contains("Nexus of Global Jihad");
    }

    @Test
    void noteNineteenIsAnAuthorAndPage() {
        Citation c = parser.parse(libraryNote("19")).citations().get(0);
        assertThat(c.form()).isEqualTo(CitationForm.SHORT_AUTHOR_PAGE);
        assertThat(c.authors()).containsExactly(new Name("Bacon", Optional.empty()));
        assertThat(c.title()).isEmpty();
        assertThat(c.pinpoint()).contains("753");
    }

    @Test
    void aBookGivesPlacePublisherYearAndPinpoint() {
        Citation c = only("Assaf Moghadam, <em>Nexus of Global Jihad: Understanding Cooperation among Terrorist Actors</em>"
                + " (New York: Columbia University Press, 2017), 45.");
        assertThat(c.form()).isEqualTo(CitationForm.BOOK);
        assertThat(c.authors()).containsExactly(new Name("Moghadam", Optional.of("Assaf")));
        assertThat(c.place()).contains("New York");
        assertThat(c.publisher()).contains("Columbia University Press");
        assertThat(c.year()).isEqualTo(OptionalInt.of(2017));
        assertThat(c.pinpoint()).contains("45");
    }

    /** Found by a trial: a note imported from plain text, where italics do not survive, cited nothing. */
    @Test
    void aBookWhoseTitleLostItsItalicsIsReadByItsPublicationFacts() {
        Citation c = only("Tricia Bacon, Why Terrorist Groups Form International Alliances (Philadelphia: University of"
                + " Pennsylvania Press, 2018), 44.");
        assertThat(c.form()).isEqualTo(CitationForm.BOOK);
        assertThat(c.authors()).containsExactly(new Name("Bacon", Optional.of("Tricia")));
        assertThat(c.title().map(Title::plain)).contains("Why Terrorist Groups Form International Alliances");
        assertThat(c.place()).contains("Philadelphia");
        assertThat(c.publisher()).contains("University of Pennsylvania Press");
        assertThat(c.year()).isEqualTo(OptionalInt.of(2018));
        assertThat(c.pinpoint()).contains("44");
        Citation two = only("Jane Doe and John Roe, Allies in Arms (London: Routledge, 2019).");
        assertThat(two.form()).isEqualTo(CitationForm.BOOK);
        assertThat(two.authors()).extracting(Name::family).containsExactly("Doe", "Roe");
        assertThat(two.title().map(Title::plain)).contains("Allies in Arms");
    }

    @Test
    void withoutPlaceAndPublisherOrNamesAPlainTitleIsNotGuessed() {
        assertThat(parser.parseHtml("On this point (2018), see below.").citations()).isEmpty();
        // Names and words: plain words that may hold a known work's title (PlainTitlesTest), none taken for one here.
        assertThat(parser.parseHtml("Bacon, as argued in the last chapter (see above), 44.").citations()).singleElement()
                .satisfies(c -> {
                    assertThat(c.form()).isEqualTo(CitationForm.PLAIN_TITLE);
                    assertThat(c.title()).isEmpty();
                });
        assertThat(parser.parseHtml("the groups discussed here, a long list (Damascus: no publisher named, 2001).").citations())
                .isEmpty();
    }

    @Test
    void aJournalArticleGivesItsPinpointAfterTheColon() {
        Citation c = only("Jane Doe and John Roe, “Allies in Arms,” <em>Journal of Studies</em> 23, no. 3 (2014): 431–70.");
        assertThat(c.form()).isEqualTo(CitationForm.JOURNAL_ARTICLE);
        assertThat(c.authors()).extracting(Name::family).containsExactly("Doe", "Roe");
        assertThat(c.container()).contains("Journal of Studies");
        assertThat(c.volume()).contains("23");
        assertThat(c.issue()).contains("3");
        assertThat(c.pinpoint()).contains("431–70");
    }

    @Test
    void aChapterGivesItsBookEditorsAndPublisher() {
        Citation c = only("Jane Doe, “A Chapter,” in <em>The Big Book</em>, ed. John Roe (London: Routledge, 2019), 12–14.");
        assertThat(c.form()).isEqualTo(CitationForm.CHAPTER);
        assertThat(c.title().map(Title::plain)).contains("A Chapter");
        assertThat(c.container()).contains("The Big Book");
        assertThat(c.editors()).containsExactly(new Name("Roe", Optional.of("John")));
        assertThat(c.place()).contains("London");
        assertThat(c.publisher()).contains("Routledge");
        assertThat(c.year()).isEqualTo(OptionalInt.of(2019));
        assertThat(c.pinpoint()).contains("12–14");
    }

    @Test
    void aWebPageGivesItsSiteDateAndAddress() {
        Citation c = only("Jane Doe, “Allies Poised,” <em>Political Violence at a Glance</em>, June 5, 2018,"
                + " https://example.org/allies.");
        assertThat(c.form()).isEqualTo(CitationForm.WEB_PAGE);
        assertThat(c.container()).contains("Political Violence at a Glance");
        assertThat(c.date()).contains("June 5, 2018");
        assertThat(c.year()).isEqualTo(OptionalInt.of(2018));
        assertThat(c.url()).contains("https://example.org/allies");
    }

    @Test
    void aWebPagesAccessDateIsNotItsDateAndTheSiteBeforeItIsKept() {
        // The Chicago Manual of Style, 17th ed., 14.206: a page without a date, cited with the day it was accessed.
        Citation yale = only("“About Yale: Yale Facts,” Yale University, accessed May 1, 2017,"
                + " https://www.yale.edu/about-yale/yale-facts.");
        assertThat(yale.form()).isEqualTo(CitationForm.WEB_PAGE);
        assertThat(yale.container()).contains("Yale University");
        assertThat(yale.date()).isEmpty();
        assertThat(yale.year()).isEmpty();
        assertThat(yale.accessed()).contains("May 1, 2017");
        assertThat(yale.url()).contains("https://www.yale.edu/about-yale/yale-facts");
        // And one last modified on a day, its site and owner before the date.
        Citation google = only("“Privacy Policy,” Privacy &amp; Terms, Google, last modified April 17, 2017, accessed"
                + " April 22, 2017, https://www.google.com/policies/privacy/.");
        assertThat(google.container()).contains("Privacy & Terms, Google");
        assertThat(google.date()).contains("April 17, 2017");
        assertThat(google.year()).hasValue(2017);
        assertThat(google.accessed()).contains("April 22, 2017");
        // A year in a site's name is not a date.
        Citation vision = only("“Goals,” Vision 2030, accessed May 1, 2017, https://example.org/goals.");
        assertThat(vision.container()).contains("Vision 2030");
        assertThat(vision.year()).isEmpty();
    }

    @Test
    void aBooksEditionEditorsAndTranslatorAreReadWithItsPublicationFacts() {
        // The Chicago Manual of Style, 17th ed., 14.88 and 14.103-14.118.
        Citation lahiri = only("Jhumpa Lahiri, <em>In Other Words</em>, trans. Ann Goldstein (New York: Alfred A. Knopf, 2016), 146.");
        assertThat(lahiri.form()).isEqualTo(CitationForm.BOOK);
        assertThat(lahiri.authors()).containsExactly(new Name("Lahiri", Optional.of("Jhumpa")));
        assertThat(lahiri.translators()).containsExactly(new Name("Goldstein", Optional.of("Ann")));
        assertThat(lahiri.publisher()).contains("Alfred A. Knopf");
        assertThat(lahiri.pinpoint()).contains("146");
        Citation greenberg = only("Joel Greenberg, ed., <em>Of Prairie, Woods, and Water: Two Centuries of Chicago Nature"
                + " Writing</em> (Chicago: University of Chicago Press, 2008), 42.");
        assertThat(greenberg.form()).isEqualTo(CitationForm.BOOK);
        assertThat(greenberg.authors()).isEmpty();
        assertThat(greenberg.editors()).containsExactly(new Name("Greenberg", Optional.of("Joel")));
        assertThat(greenberg.year()).hasValue(2008);
        Citation third = only("Jane Doe, <em>Alliances</em>, 3rd ed. (New York: Norton, 2010), 5.");
        assertThat(third.form()).isEqualTo(CitationForm.BOOK);
        assertThat(third.edition()).contains("3rd");
        assertThat(third.publisher()).contains("Norton");
        Citation revised = only("Jane Doe, <em>Alliances</em>, rev. ed., ed. Ann Roe and Jo Poe (New York: Norton, 2012), 9.");
        assertThat(revised.form()).isEqualTo(CitationForm.BOOK);
        assertThat(revised.edition()).contains("rev. ed.");
        assertThat(revised.editors()).extracting(Name::family).containsExactly("Roe", "Poe");
        assertThat(revised.year()).hasValue(2012);
    }

    @Test
    void aBlogNamedAsOneInItalicsMakesAPostAndItsDayIsKept() {
        // The Chicago Manual of Style, 17th ed., 14.208: a blog's name in italics, "(blog)" when the name does not say so.
        Citation lynch = only("Jack Lynch, “Scholars and Scholarship,” <em>Harvard University Press Blog</em>, May 10, 2018,"
                + " https://harvardpress.typepad.com/hup_publicity/2018/05/scholars-and-scholarship-jack-lynch.html.");
        assertThat(lynch.form()).isEqualTo(CitationForm.BLOG_POST);
        assertThat(lynch.container()).contains("Harvard University Press Blog");
        assertThat(lynch.date()).contains("May 10, 2018");
        Citation marked = only("Jo Doe, “A Post,” <em>Ideas</em> (blog), June 5, 2018, https://example.org/a-post.");
        assertThat(marked.form()).isEqualTo(CitationForm.BLOG_POST);
        assertThat(marked.container()).contains("Ideas");
        assertThat(marked.date()).contains("June 5, 2018");
        assertThat(marked.url()).contains("https://example.org/a-post");
    }

    @Test
    void ibidAndIdCarryTheirPinpoints() {
        assertThat(only("Ibid.").form()).isEqualTo(CitationForm.IBID);
        assertThat(only("Ibid., 45.").pinpoint()).contains("45");
        Citation id = only("Id. at 12.");
        assertThat(id.form()).isEqualTo(CitationForm.IBID);
        assertThat(id.pinpoint()).contains("12");
    }

    /** A trial's Arabic note "المصدر نفسه" (Ibid.) was no Ibid.; nor was "Ibidem" or "Ibid" without its period. */
    @Test
    void ibidInOtherSpellingsAndLanguagesCarriesItsPinpoint() {
        java.util.Map<String, String> pinpoints = new java.util.LinkedHashMap<>();
        pinpoints.put("Ibidem, 45.", "45");
        pinpoints.put("Ibid, 45", "45");
        pinpoints.put("Ibíd., 45.", "45");
        // The word for "page" is not the page (a re-check: "page p. 45", "page ص 4").
        pinpoints.put("Ibid., p. 45.", "45");
        pinpoints.put("Ibid., pp. 45–46.", "45–46");
        pinpoints.put("Ebd., S. 45.", "45");
        pinpoints.put("Там же. С. 45.", "45");
        pinpoints.put("المصدر نفسه، ص 45.", "45");
        pinpoints.put("同上，45頁。", "45頁");
        pinpoints.forEach((note, pinpoint) -> {
            assertThat(only(note).form()).as(note).isEqualTo(CitationForm.IBID);
            assertThat(only(note).pinpoint()).as(note).contains(pinpoint);
        });
        pinpoints.put("ibid., 61–62.", "61–62");
        pinpoints.put("שם, עמ' 50.", "50");
        pinpoints.forEach((note, pinpoint) -> assertThat(only(note).pinpoint()).as(note).contains(pinpoint));
        assertThat(only("المرجع نفسه.").form()).isEqualTo(CitationForm.IBID);
        // "同上。" has no page: its full stop is none (a re-check: "page 。").
        assertThat(only("同上。").form()).isEqualTo(CitationForm.IBID);
        assertThat(only("同上。").pinpoint()).isEmpty();
        assertThat(only("ibid.").form()).isEqualTo(CitationForm.IBID);
        // Words that begin like one are not one.
        assertThat(parser.parseHtml("Ibidemque, 45.").citations()).noneMatch(c -> c.form() == CitationForm.IBID);
        assertThat(parser.parseHtml("Ivinskis, <em>Lithuania</em>, 45.").citations()).noneMatch(c -> c.form() == CitationForm.IBID);
    }

    @Test
    void severalCitationsInOneNoteAreSplitAtSemicolons() {
        ParsedNote note = parser.parseHtml("See Byman, “Breaking the Bonds,” 3; Moghadam, <em>Nexus of Global Jihad</em>, 12;"
                + " Bacon, 753.");
        assertThat(note.citations()).extracting(Citation::form).containsExactly(
                CitationForm.SHORT_TITLE, CitationForm.SHORT_TITLE, CitationForm.SHORT_AUTHOR_PAGE);
        assertThat(note.citations()).extracting(c -> c.pinpoint().orElseThrow()).containsExactly("3", "12", "753");
        assertThat(note.citations().get(0).text()).isEqualTo("See Byman, “Breaking the Bonds,” 3");
    }

    @Test
    void aSemicolonInsideATitleDoesNotSplitTheNote() {
        ParsedNote note = parser.parseHtml("Jane Doe, <em>War; Peace</em> (Oxford: Clarendon, 1990).");
        assertThat(note.citations()).singleElement().satisfies(c -> assertThat(c.title().map(Title::plain)).contains("War; Peace"));
    }

    @Test
    void aCommentaryNoteHasNoCitation() {
        assertThat(parser.parseHtml("On this point the sources disagree, as discussed above.").isCommentary()).isTrue();
        assertThat(parser.parseHtml("This figure, 45, is an estimate.").isCommentary()).isTrue();
    }

    @Test
    void aCitationAfterCommentaryIsFoundAfterItsSignal() {
        Citation c = only("For a different view, see Moghadam, <em>Nexus of Global Jihad</em>, 12.");
        assertThat(c.form()).isEqualTo(CitationForm.SHORT_TITLE);
        assertThat(c.authors()).extracting(Name::family).containsExactly("Moghadam");
        assertThat(c.pinpoint()).contains("12");
        assertThat(c.text()).isEqualTo("Moghadam, Nexus of Global Jihad, 12.");
    }

    @Test
    void aReportWithAnItalicTitleKeepsItsSeriesAndNumber() {
        // CMOS 17, 14.220: a report's title in italics, then its series and number, then its publication facts.
        Citation c = only("Daniel Byman, <em>Breaking the Bonds</em>, Analysis Paper 27 (Washington, DC: Brookings"
                + " Institution, 2012), iv.");
        assertThat(c.form()).isEqualTo(CitationForm.REPORT);
        assertThat(c.container()).contains("Analysis Paper");
        assertThat(c.number()).contains("27");
        assertThat(c.year()).hasValue(2012);
        assertThat(c.pinpoint()).contains("iv");
        // A volume is not a series.
        assertThat(only("Jo Doe, <em>Alliances</em>, vol. 2 (New York: Norton, 2010), 5.").form()).isNotEqualTo(CitationForm.REPORT);
    }

    @Test
    void aReportWithoutNumberKeepsItsSeries() {
        Citation c = only("Jane Doe, “Threat Assessment,” RAND Corporation Research Report (2016): 7.");
        assertThat(c.form()).isEqualTo(CitationForm.REPORT);
        assertThat(c.publisher()).contains("RAND Corporation");
        assertThat(c.container()).contains("Research Report");
        assertThat(c.pinpoint()).contains("7");
        assertThat(c.authors()).isEqualTo(List.of(new Name("Doe", Optional.of("Jane"))));
    }

    @Test
    void anAddressAfterAReportsPagesIsItsUrlAndThePagesStayThePinpoint() {
        Citation c = only("D. Byman, “Breaking the Bonds,” Brookings Institution Analysis Paper Number 27 (2012): iv-v,"
                + " https://www.example.org/files/byman-breaking-the-bonds.pdf.");
        assertThat(c.form()).isEqualTo(CitationForm.REPORT);
        assertThat(c.pinpoint()).contains("iv-v");
        assertThat(c.url()).contains("https://www.example.org/files/byman-breaking-the-bonds.pdf");
        Citation article = only("A. Moghadam, “Terrorist Affiliations,” <em>CTS Sentinel</em> 8, no. 3 (2015): 12, https://example.org/a.");
        assertThat(article.form()).isEqualTo(CitationForm.JOURNAL_ARTICLE);
        assertThat(article.url()).contains("https://example.org/a");
    }

    @Test
    void italicsInsideAQuotedTitleAreRunsAndNamesKeepTheirParticles() {
        Citation c = only("Juana Inés de la Cruz and Karim al-Rashid, “On <em>Nexus</em>,” <em>J</em> 1, no. 2 (2020): 3.");
        assertThat(c.title().orElseThrow().html()).isEqualTo("On <i>Nexus</i>");
        assertThat(c.authors()).extracting(Name::surname).containsExactly("de la Cruz", "al-Rashid");
    }

    /** Copied from a PDF, a journal's name has lost its italics and the title's quotes may be straight. */
    @Test
    void aJournalArticleWhoseJournalLostItsItalicsIsStillAnArticle() {
        Citation c = only("Idreos Salehyan, \"The Delegation of War to Rebel Organizations,\" Journal of Conflict Resolution 54,"
                + " no. 3 (2010): 493–515.");
        assertThat(c.form()).isEqualTo(CitationForm.JOURNAL_ARTICLE);
        assertThat(c.title().map(Title::plain)).contains("The Delegation of War to Rebel Organizations");
        assertThat(c.container()).contains("Journal of Conflict Resolution");
        assertThat(c.volume()).contains("54");
        assertThat(c.issue()).contains("3");
        assertThat(c.year()).hasValue(2010);
        assertThat(c.pinpoint()).contains("493–515");
        // A report's series and number, and its publication facts, stay a report's.
        assertThat(only("D. Byman, “Breaking the Bonds,” Brookings Institution Analysis Paper Number 27 (2012): iv-v.").form())
                .isEqualTo(CitationForm.REPORT);
        assertThat(only("Jane Roe, \"Allies,\" Policy Paper 4, no. 2 (Washington, DC: Example Institute, 2019), 7.").form())
                .isNotEqualTo(CitationForm.JOURNAL_ARTICLE);
    }

    /**
     * A report's institution stands before its series and number, whatever it is called (a
     * trial: "Afghanistan Analysts Network" was left in the series, and the report had no
     * institution).
     */
    @Test
    void aReportsInstitutionIsReadOutOfItsSeries() {
        Citation c = only("Thomas Ruttig, “How Tribal Are the Taleban?,” Afghanistan Analysts Network Thematic Report 04/2010"
                + " (2010): 8.");
        assertThat(c.form()).isEqualTo(CitationForm.REPORT);
        assertThat(c.title().orElseThrow().plain()).isEqualTo("How Tribal Are the Taleban?");
        assertThat(c.publisher()).contains("Afghanistan Analysts Network");
        assertThat(c.container()).contains("Thematic Report");
        assertThat(c.number()).contains("04/2010");
        assertThat(c.pinpoint()).contains("8");
        Citation crisis = only("Jo Doe, “Syria’s Rebels,” International Crisis Group Middle East Report 123 (2012): 4.");
        assertThat(crisis.publisher()).contains("International Crisis Group");
        assertThat(crisis.container()).contains("Middle East Report");
        assertThat(crisis.number()).contains("123");
        Work report = Bibliography.build(Libraries.withNotes("Thomas Ruttig, “How Tribal Are the Taleban?,” Afghanistan Analysts"
                + " Network Thematic Report 04/2010 (2010): 8."), References.none()).works().get(0);
        assertThat(Exports.bibtex(report, SentenceCase.keeping(List.of()))).contains("type = {Thematic Report}")
                .contains("number = {04/2010}").contains("institution = {Afghanistan Analysts Network}");
        assertThat(Exports.ris(report)).contains("PB  - Afghanistan Analysts Network\n").contains("T2  - Thematic Report\n");
        assertThat(report.missingFacts()).isEmpty();
        CitationFormatter formatter = CitationFormatter.create(SentenceCase.keeping(List.of()), "Concordance");
        // As Byman's report in a numbered series (StyleGuideTest): CMOS 14.220, APA 10.4, MLA 9.
        assertThat(formatter.format(report, CitationStyle.CHICAGO).text()).isEqualTo("Ruttig, Thomas. How Tribal Are the Taleban?"
                + " Thematic Report 04/2010. Afghanistan Analysts Network, 2010.");
        assertThat(formatter.format(report, CitationStyle.APA).text()).isEqualTo("Ruttig, T. (2010). How tribal are the Taleban?"
                + " (Thematic Report 04/2010). Afghanistan Analysts Network.");
        assertThat(formatter.format(report, CitationStyle.MLA).text()).isEqualTo("Ruttig, Thomas. How Tribal Are the Taleban?"
                + " Thematic Report 04/2010, Afghanistan Analysts Network, 2010.");
    }
}
