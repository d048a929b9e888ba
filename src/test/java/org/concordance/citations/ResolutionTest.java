package org.concordance.citations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.concordance.content.Title;
import org.junit.jupiter.api.Test;

class ResolutionTest {
    private static final String EXCERPT = "journal-excerpt-on-terrorist-affiliations";
    private final Bibliography bibliography = Fixtures.BIBLIOGRAPHY;

    private Work workOf(String label) {
        ResolvedNote note = bibliography.note(EXCERPT, label).orElseThrow();
        assertThat(note.citations()).hasSize(1);
        return note.citations().get(0).work().orElseThrow();
    }

    @Test
    void noteSixteenResolvesToBreakingTheBondsCitedInFullInNoteFifteen() {
        Work work = workOf("16");
        assertThat(work).isEqualTo(workOf("15"));
        assertThat(work.slug()).isEqualTo("byman-breaking-the-bonds");
        assertThat(work.title().map(Title::plain)).contains("Breaking the Bonds Between Al Qaeda and its Affiliate Organizations");
        assertThat(work.shortTitle().map(Title::plain)).contains("Breaking the Bonds");
        assertThat(work.type()).isEqualTo(WorkType.REPORT);
        assertThat(work.year()).isEqualTo(OptionalInt.of(2012));
        assertThat(work.knownOnlyByShortForm()).isFalse();
        assertThat(bibliography.citationsOf(work.slug())).extracting(NoteCitation::noteLabel).containsExactly("15", "16");
        assertThat(bibliography.citationsOf(work.slug()).get(0).pinpoint()).contains("iv-v");
        assertThat(bibliography.citationsOf(work.slug()).get(1).href())
                .isEqualTo("/documents/journal-excerpt-on-terrorist-affiliations#fn-16");
    }

    /**
     * Which notes cite each work is made when first asked for, not by the build: an edited page does
     * not need it, and at 10,003 documents it was a quarter of a build after an edit.
     */
    @Test
    void aBuildLeavesWhichNotesCiteEachWorkUntilAskedAndThenGivesTheNotesCitingIt() throws Exception {
        Bibliography built = Bibliography.build(Fixtures.LIBRARY, References.of(Fixtures.LIBRARY, Fixtures.CONTENT));
        assertThat(built.citedWorksMade()).isFalse();
        assertThat(built.notes(EXCERPT)).isNotEmpty();
        assertThat(built.citedWorksMade()).isFalse();
        assertThat(built.citationsOf("byman-breaking-the-bonds")).extracting(NoteCitation::noteLabel).containsExactly("15", "16");
        assertThat(built.citedWorksMade()).isTrue();
    }

    @Test
    void noteFourteenIsBuddiesOrBurdensKnownOnlyByItsShortForm() {
        Work work = workOf("14");
        assertThat(work.slug()).isEqualTo("byman-buddies-or-burdens");
        assertThat(work.title().map(Title::plain)).contains("Buddies or Burdens?");
        assertThat(work.authors()).containsExactly(new Name("Byman", Optional.empty()));
        assertThat(work.knownOnlyByShortForm()).isTrue();
        assertThat(work.type()).isEqualTo(WorkType.UNKNOWN);
        assertThat(work.year()).isEmpty();
        assertThat(work.shortForm()).contains("Byman, “Buddies or Burdens?” 442.");
        assertThat(bibliography.citationsOf(work.slug())).singleElement()
                .satisfies(c -> assertThat(c.pinpoint()).contains("442"));
    }

    @Test
    void noteEighteenIsTheBookMoghadamsBiographyNames() {
        Work work = workOf("18");
        assertThat(work.slug()).isEqualTo("moghadam-nexus-of-global-jihad");
        assertThat(work.title().map(Title::plain)).contains("Nexus of Global Jihad: Understanding Cooperation among Terrorist Actors");
        assertThat(work.publisher()).contains("Columbia University Press");
        assertThat(work.sources()).contains(WorkSource.DOCUMENT_TEXT, WorkSource.SHORT_FORM);
        assertThat(bibliography.mentionsOf(work.slug())).singleElement().satisfies(m -> {
            assertThat(m.documentSlug()).isEqualTo("why-terrorist-actors-cooperate");
            assertThat(m.href()).isEqualTo("/documents/why-terrorist-actors-cooperate#p-14");
            assertThat(m.text()).isEqualTo("Nexus of Global Jihad: Understanding Cooperation among Terrorist Actors");
        });
    }

    @Test
    void noteNineteenIsAnUnnamedWorkByBaconAtPage753AndNotHerBook() {
        Work work = workOf("19");
        assertThat(work.title()).isEmpty();
        assertThat(work.slug()).isEqualTo("bacon-untitled");
        assertThat(work.knownOnlyByShortForm()).isTrue();
        assertThat(work.displayTitle()).contains("Bacon").contains("author and page only");
        assertThat(bibliography.citationsOf(work.slug())).singleElement()
                .satisfies(c -> assertThat(c.pinpoint()).contains("753"));
        Work book = bibliography.work("bacon-why-terrorist-groups-form-international-alliances").orElseThrow();
        assertThat(book).isNotEqualTo(work);
        assertThat(bibliography.citationsOf(book.slug())).isEmpty();
        assertThat(bibliography.mentionsOf(book.slug())).extracting(Mention::href)
                .containsExactly("/documents/allies-poised-to-help-the-islamic-state-recover#p-1");
    }

    @Test
    void noteSeventeenIsMoghadamsJournalArticle() {
        Work work = workOf("17");
        assertThat(work.slug()).isEqualTo("moghadam-terrorist-affiliations-in-context");
        assertThat(work.type()).isEqualTo(WorkType.JOURNAL_ARTICLE);
        assertThat(work.container()).contains("CTS Sentinel");
    }

    @Test
    void everyCitationInTheLibraryResolvesToAWork() {
        for (var document : Fixtures.LIBRARY.documents()) {
            for (ResolvedNote note : bibliography.notes(document.slug())) {
                String text = document.note(note.label()).orElseThrow().text();
                assertThat(note.citations()).as(text).isNotEmpty()
                        .allSatisfy(c -> assertThat(c.work()).as(text).isPresent());
            }
        }
        assertThat(bibliography.notes("journal-excerpt-on-terrorist-affiliations")).hasSize(6);
    }

    @Test
    void aNoteCitingAnAuthorOfTheLibraryLinksToTheirDocuments() {
        Work nexus = workOf("18");
        assertThat(bibliography.authorsOf(nexus)).singleElement()
                .satisfies(p -> assertThat(p.documents()).containsExactly("why-terrorist-actors-cooperate"));
        assertThat(bibliography.authorsOfDocument("allies-poised-to-help-the-islamic-state-recover"))
                .extracting(Person::slug).containsExactly("tricia-bacon");
        assertThat(bibliography.worksBy(bibliography.person("tricia-bacon").orElseThrow())).extracting(Work::slug)
                .containsExactly("bacon-why-terrorist-groups-form-international-alliances", "bacon-untitled");
    }

    @Test
    void worksAreSortedByAuthorThenYear() {
        assertThat(bibliography.works()).extracting(Work::slug).containsExactly(
                "bacon-why-terrorist-groups-form-international-alliances", "bacon-untitled",
                "byman-breaking-the-bonds", "byman-buddies-or-burdens",
                "moghadam-terrorist-affiliations-in-context", "moghadam-nexus-of-global-jihad");
    }

    @Test
    void peopleAreNamedAsFullyAsTheTextsNameThem() {
        assertThat(bibliography.people()).extracting(Person::slug)
                .containsExactly("tricia-bacon", "daniel-byman", "assaf-moghadam");
        Person moghadam = bibliography.person("assaf-moghadam").orElseThrow();
        assertThat(moghadam.documents()).containsExactly("why-terrorist-actors-cooperate");
        assertThat(moghadam.works()).containsExactly("moghadam-terrorist-affiliations-in-context",
                "moghadam-nexus-of-global-jihad");
        assertThat(bibliography.citationsOf(moghadam)).extracting(NoteCitation::noteLabel).containsExactly("17", "18");
        Person bacon = bibliography.person("tricia-bacon").orElseThrow();
        assertThat(bacon.documents()).containsExactly("allies-poised-to-help-the-islamic-state-recover");
        assertThat(bibliography.citationsOf(bacon)).extracting(NoteCitation::noteLabel).containsExactly("19");
        Person byman = bibliography.person("daniel-byman").orElseThrow();
        assertThat(byman.name()).isEqualTo(new Name("Byman", Optional.of("D.")));
        assertThat(byman.documents()).isEmpty();
    }

    @Test
    void ibidResolvesToThePreviousNotesWork() {
        Bibliography built = Bibliography.build(Libraries.withNotes(
                "D. Byman, “Breaking the Bonds,” Brookings Institution Analysis Paper Number 27 (2012): 4.",
                "Ibid., 7.",
                "Ibid."), References.none());
        List<ResolvedNote> notes = built.notes(Libraries.SLUG);
        Work first = notes.get(0).citations().get(0).work().orElseThrow();
        assertThat(notes.get(1).citations().get(0).work()).contains(first);
        assertThat(notes.get(2).citations().get(0).work()).contains(first);
        assertThat(built.citationsOf(first.slug())).extracting(c -> c.pinpoint().orElse("-")).containsExactly("4", "7", "-");
    }

    /** Chicago's short title omits a leading article (14.29); the work it names is the same. */
    @Test
    void aShortTitleWithoutTheLeadingArticleResolvesToTheFullTitle() {
        Bibliography built = Bibliography.build(Libraries.withNotes(
                "Jean-Pierre Filiu, “The Local and Global Jihad of al-Qa’ida in the Islamic Maghrib,” <em>Middle East Journal</em>"
                        + " 63, no. 2 (2009): 213–26.",
                "Filiu, “Local and Global Jihad,” 220.",
                "Jane Doe, <em>A Theory of Alliances</em> (Oxford: Clarendon, 1990), 3.",
                "Doe, <em>Theory of Alliances</em>, 9."), References.none());
        List<ResolvedNote> notes = built.notes(Libraries.SLUG);
        assertThat(notes.get(1).citations().get(0).work()).isEqualTo(notes.get(0).citations().get(0).work());
        assertThat(notes.get(3).citations().get(0).work()).isEqualTo(notes.get(2).citations().get(0).work());
        assertThat(built.works()).extracting(Work::slug).containsExactly("doe-theory-of-alliances", "filiu-local-and-global-jihad");
    }

    @Test
    void anIbidWithNothingBeforeItResolvesToNothing() {
        Bibliography built = Bibliography.build(Libraries.withNotes("Ibid., 3."), References.none());
        assertThat(built.notes(Libraries.SLUG).get(0).citations().get(0).work()).isEmpty();
        assertThat(built.works()).isEmpty();
    }

    @Test
    void anAuthorAndPageResolvesToThatAuthorsWorkCitedEarlierInTheDocument() {
        Bibliography built = Bibliography.build(Libraries.withNotes(
                "Jane Doe, <em>Alliances</em> (Oxford: Clarendon, 1990), 3.", "On this, see the debate above.", "Doe, 17."),
                References.none());
        List<ResolvedNote> notes = built.notes(Libraries.SLUG);
        assertThat(notes.get(1).isCommentary()).isTrue();
        assertThat(notes.get(2).citations().get(0).work()).isEqualTo(notes.get(0).citations().get(0).work());
        assertThat(built.works()).singleElement().satisfies(w -> assertThat(w.slug()).isEqualTo("doe-alliances"));
    }

    @Test
    void aBookAndAnArticleOfOneTitleOrTwoYearsOfABookAreDifferentWorks() {
        Bibliography built = Bibliography.build(Libraries.withNotes(
                "Jo Smith, <em>Alliances of Convenience</em> (New York: Columbia University Press, 2001), 5.",
                "Jo Smith, “Alliances of Convenience,” <em>International Security</em> 5, no. 2 (2010): 44.",
                "Smith, “Alliances of Convenience,” 45.",
                "Smith, <em>Alliances of Convenience</em>, 6.",
                "Jo Smith, <em>Alliances of Convenience</em> (Oxford: Oxford University Press, 2015), 7.",
                "Jo Smith, <em>Alliances of Convenience</em> (New York: Columbia University Press, 2001), 9.",
                "Smith, “Alliances of Convenience,” 10.",
                "Jo Smith, “Alliances of Convenience,” <em>Security Studies</em> 9, no. 1 (2012): 3."),
                References.none());
        List<Work> cited = built.notes(Libraries.SLUG).stream().map(note -> note.citations().get(0).work().orElseThrow()).toList();
        Work book = cited.get(0);
        Work article = cited.get(1);
        assertThat(cited).extracting(Work::slug).containsExactly(book.slug(), article.slug(), article.slug(), book.slug(),
                cited.get(4).slug(), book.slug(), article.slug(), cited.get(7).slug());
        assertThat(built.works()).hasSize(4);
        assertThat(book.type()).isEqualTo(WorkType.BOOK);
        assertThat(book.year()).hasValue(2001);
        assertThat(book.publisher()).contains("Columbia University Press");
        assertThat(book.container()).isEmpty();
        assertThat(book.volume()).isEmpty();
        assertThat(article.type()).isEqualTo(WorkType.JOURNAL_ARTICLE);
        assertThat(article.year()).hasValue(2010);
        assertThat(article.container()).contains("International Security");
        assertThat(article.publisher()).isEmpty();
        assertThat(article.place()).isEmpty();
        assertThat(cited.get(4).year()).hasValue(2015);
        assertThat(cited.get(4).publisher()).contains("Oxford University Press");
        assertThat(cited.get(7).container()).contains("Security Studies");

        // A short title set otherwise than its only work's title (quotes for a book) is still that work.
        Bibliography sloppy = Bibliography.build(Libraries.withNotes(
                "Jo Smith, <em>Pledges</em> (New York: Columbia University Press, 2001), 5.", "Smith, “Pledges,” 6."),
                References.none());
        assertThat(sloppy.works()).singleElement().satisfies(work -> assertThat(work.type()).isEqualTo(WorkType.BOOK));
    }

    @Test
    void anEditedBookIsFoundByItsEditorsAndItsShortFormNamesThem() {
        Bibliography built = Bibliography.build(Libraries.withNotes(
                "Joel Greenberg, ed., <em>Of Prairie</em> (Chicago: University of Chicago Press, 2008), 42.",
                "Greenberg, <em>Of Prairie</em>, 43.",
                "Ann Roe, ed., <em>Of Prairie</em> (London: Hurst, 2008), 5.",
                "Greenberg, 44."), References.none());
        List<Work> cited = built.notes(Libraries.SLUG).stream().map(note -> note.citations().get(0).work().orElseThrow()).toList();
        assertThat(cited).extracting(Work::slug).containsExactly("greenberg-of-prairie", "greenberg-of-prairie",
                "roe-of-prairie", "greenberg-of-prairie");
        assertThat(cited.get(0).authors()).isEmpty();
        assertThat(cited.get(0).editors()).containsExactly(new Name("Greenberg", Optional.of("Joel")));
        // Cited first by its short form, the book's names are still its editors once the full citation says so.
        Bibliography shortFirst = Bibliography.build(Libraries.withNotes("Greenberg, <em>Of Prairie</em>, 43.",
                "Joel Greenberg, ed., <em>Of Prairie</em> (Chicago: University of Chicago Press, 2008), 42."), References.none());
        assertThat(shortFirst.works()).singleElement().satisfies(work -> {
            assertThat(work.authors()).isEmpty();
            assertThat(work.editors()).containsExactly(new Name("Greenberg", Optional.of("Joel")));
        });
    }

    @Test
    void findAnswersAuthorTitleYearAndShortForms() {
        assertThat(bibliography.find("Bacon, 753")).extracting(Work::slug).containsExactly("bacon-untitled");
        assertThat(bibliography.find("Byman 2012")).extracting(Work::slug).containsExactly("byman-breaking-the-bonds");
        assertThat(bibliography.find("Breaking the Bonds")).extracting(Work::slug).containsExactly("byman-breaking-the-bonds");
        assertThat(bibliography.find("Byman, “Buddies or Burdens?” 442.")).extracting(Work::slug)
                .containsExactly("byman-buddies-or-burdens");
        assertThat(bibliography.find("moghadam")).hasSize(2);
        assertThat(bibliography.find("   ")).isEmpty();
        assertThat(bibliography.find("no such thing")).isEmpty();
    }
}
