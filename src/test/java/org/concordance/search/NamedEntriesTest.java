package org.concordance.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.concordance.content.Concept;
import org.concordance.content.Entry;
import org.concordance.content.Mention;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Queries that name an entry of the glossary: its card, every passage naming it, its defining passage first. */
class NamedEntriesTest {
    private static final String COOPERATE = "paragraph:why-terrorist-actors-cooperate#";

    @TempDir
    static Path folder;
    private static SearchIndex index;

    @BeforeAll
    static void open() {
        index = TestLibrary.open(folder);
    }

    @AfterAll
    static void close() {
        index.close();
    }

    private static SearchResults search(String text) {
        return index.search(SearchRequest.of(text).withPage(1, SearchRequest.MAX_SIZE));
    }

    private static List<String> ids(SearchResults results) {
        return results.hits().stream().map(SearchHit::id).toList();
    }

    /** The passage a mention stands in, as a search entry's id. */
    private static String passage(Mention mention) {
        return mention.note().map(label -> Searchables.noteId(mention.document(), label))
                .orElse(Searchables.paragraphId(mention.document(), mention.paragraph()));
    }

    @Test
    void everyNameOfEveryEntryFindsEveryPassageTheMentionFinderFoundItIn() {
        List<String> misses = new ArrayList<>();
        int searches = 0;
        for (Entry entry : TestLibrary.BUNDLED.entries()) {
            Set<String> expected = new LinkedHashSet<>();
            for (Mention mention : TestLibrary.BUNDLED.mentions()) {
                if (mention.entry().equals(entry.slug())) {
                    expected.add(passage(mention));
                }
            }
            for (String name : entry.names()) {
                SearchResults results = search(name);
                searches++;
                assertThat(results.total()).as(name).isLessThanOrEqualTo(SearchRequest.MAX_SIZE);
                List<String> found = ids(results);
                for (String id : expected) {
                    if (!found.contains(id)) {
                        misses.add(name + " (" + entry.slug() + ") misses " + id);
                    }
                }
            }
        }
        assertThat(searches).isGreaterThan(150);
        assertThat(misses).isEmpty();
    }

    @Test
    void aConceptsNameRanksItsDefiningPassageFirst() {
        for (Concept concept : TestLibrary.BUNDLED.concepts()) {
            String defining = (concept.quotation().paragraph().isPresent() ? "paragraph:" : "note:")
                    + concept.quotation().document() + "#" + concept.quotation().anchor();
            SearchResults results = search(concept.name());
            assertThat(results.hits()).as(concept.name()).isNotEmpty();
            assertThat(results.hits().stream().filter(hit -> !hit.kind().equals(Searchable.DOCUMENT)).findFirst()
                    .orElseThrow().id()).as(concept.name()).isEqualTo(defining);
            assertThat(results.entries()).as(concept.name()).first().extracting(EntryCard::id)
                    .isEqualTo("concept:" + concept.slug());
        }
    }

    @Test
    void anEntryTheQueryNamesIsACardAboveThePassagesNotAmongThem() {
        SearchResults results = search("Hezbollah Hamas");
        assertThat(results.entries()).extracting(EntryCard::name).containsExactly("Hezbollah", "Hamas");
        EntryCard hezbollah = results.entries().get(0);
        assertThat(hezbollah.kind()).isEqualTo("organization");
        assertThat(hezbollah.url()).isEqualTo("/organizations/hezbollah");
        assertThat(hezbollah.summary()).startsWith("Lebanese Shia militant group");
        assertThat(hezbollah.passages()).isEqualTo((int) TestLibrary.BUNDLED.mentions().stream()
                .filter(m -> m.entry().equals("hezbollah")).map(NamedEntriesTest::passage).distinct().count());
        assertThat(results.hits()).noneMatch(hit -> Searchable.CARD_KINDS.contains(hit.kind()));
        assertThat(results.hits().get(0).id()).isEqualTo(COOPERATE + "p-7");
        assertThat(results.kinds()).extracting(FacetCount::value).contains("organization", "paragraph");
    }

    @Test
    void wordsAQueryExcludesOrOnlyFiltersByNameNoEntry() {
        assertThat(search("Hezbollah -Hamas").entries()).extracting(EntryCard::name).containsExactly("Hezbollah");
        assertThat(search("Hezbollah NOT Hamas").entries()).extracting(EntryCard::name).containsExactly("Hezbollah");
        assertThat(search("doc:why-terrorist-actors-cooperate Hezbollah").entries()).extracting(EntryCard::name)
                .containsExactly("Hezbollah");
        assertThat(search("author:Bacon").entries()).extracting(EntryCard::name).containsExactly("Tricia Bacon");
    }

    @Test
    void atMostThreeCardsAndOnlyOnTheFirstPage() {
        assertThat(search("Hezbollah Hamas Amal IRA ETA FARC").entries()).hasSize(SearchIndex.MAX_CARDS);
        assertThat(index.search(SearchRequest.of("Hezbollah").withPage(2, 1)).entries()).isEmpty();
    }

    @Test
    void theKindFilterListsTheEntriesOfThatKindWithTheNamedOneFirst() {
        SearchResults concepts = index.search(SearchRequest.of("safe haven").withKind("concept"));
        assertThat(ids(concepts)).startsWith("concept:safe-haven", "concept:denying-safe-havens");
        assertThat(concepts.entries()).isEmpty();
        // The card's snippet is its one line, once, without the list of its other names.
        SearchHit denying = concepts.hits().get(1);
        assertThat(denying.snippetHtml()).doesNotContain(";", "hinder groups");
        assertThat(denying.snippetHtml().replaceAll("<[^>]+>", ""))
                .isEqualTo("Keeping groups from establishing safe havens, so removing a place where they meet and cooperate.");
    }

    @Test
    void safeHavenComesBeforeDenyingSafeHavensInResultsAndSuggestions() {
        SearchResults results = search("safe haven");
        assertThat(results.entries()).extracting(EntryCard::name).first().isEqualTo("Safe haven");
        assertThat(results.hits().get(0).id()).isEqualTo(COOPERATE + "p-11");
        List<String> suggestions = index.suggest("safe haven", 5).stream().map(Suggestion::label).toList();
        assertThat(suggestions.indexOf("Safe haven")).isNotNegative().isLessThan(suggestions.indexOf("Denying safe havens"));
    }

    @Test
    void aFullNameFindsThePassagesThatOnlyUseTheAbbreviation() {
        SearchResults results = search("Popular Front for the Liberation of Palestine");
        assertThat(results.hits().get(0).id()).isEqualTo(COOPERATE + "p-6");
        assertThat(results.hits().get(0).snippetHtml()).contains("<mark>PFLP</mark>");
        assertThat(results.entries()).extracting(EntryCard::name).containsExactly("Popular Front for the Liberation of Palestine");
    }

    @Test
    void isInCapitalsIsTheIslamicStateAndItsPassagesAreNotMarkedForTheWordIs() {
        SearchResults capitals = search("IS");
        assertThat(capitals.entries()).extracting(EntryCard::name).containsExactly("Islamic State");
        assertThat(capitals.total()).isEqualTo(search("Islamic State").total()).isGreaterThan(10);
        assertThat(capitals.hits()).allSatisfy(hit -> assertThat(hit.snippetHtml()).doesNotContainIgnoringCase("<mark>is</mark>"));
        assertThat(search("is").total()).isZero();
    }

    @Test
    void aWordTypedHalfWayFindsTheWordsItBeginsAndTheirCard() {
        SearchResults partial = search("Hezbol");
        assertThat(partial.entries()).extracting(EntryCard::name).containsExactly("Hezbollah");
        assertThat(ids(partial)).containsExactlyInAnyOrderElementsOf(ids(search("Hezbollah")).stream()
                .filter(id -> id.startsWith("paragraph:")).toList());
        assertThat(partial.hits().get(0).snippetHtml()).contains("<mark>Hezbollah</mark>");
        assertThat(search("counterterr").entries()).extracting(EntryCard::name).containsExactly("Counterterrorism");
    }

    @Test
    void aWordTypedHalfWayRanksBelowAWholeWord() {
        // "Telegram" is whole and in one passage; "Hezbol" only begins a word of three others.
        List<String> found = ids(search("Telegram Hezbol"));
        assertThat(found.get(0)).isEqualTo(COOPERATE + "p-11");
        assertThat(found).contains(COOPERATE + "p-5", COOPERATE + "p-7", COOPERATE + "p-9");
    }

    @Test
    void aLastWordThatIsAWordOfTheLibraryIsNotReadAsAStart() {
        // "IRA" is a word of the texts: it does not also find "Iraq".
        assertThat(search("IRA").hits()).allSatisfy(hit -> assertThat(hit.snippetHtml()).doesNotContain("Iraq"));
    }

    @Test
    void nothingFoundOffersTheEntriesWhoseNamesAreClose() {
        SearchResults results = search("Hizbala");
        assertThat(results.total()).isZero();
        assertThat(results.closeEntries()).extracting(EntryCard::name).contains("Hezbollah");
    }
}
