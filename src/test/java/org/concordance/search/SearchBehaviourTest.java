package org.concordance.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchBehaviourTest {
    private static final String COOPERATE = "paragraph:why-terrorist-actors-cooperate#";
    private static final String ALLIES = "paragraph:allies-poised-to-help-the-islamic-state-recover#";
    private static final String EXCERPT = "paragraph:journal-excerpt-on-terrorist-affiliations#p-1";

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
        return index.search(SearchRequest.of(text));
    }

    private static List<String> ids(String text) {
        return search(text).hits().stream().map(SearchHit::id).toList();
    }

    /** Every hit, not only the first page's. */
    private static List<String> all(String text) {
        return index.search(SearchRequest.of(text).withPage(1, SearchRequest.MAX_SIZE)).hits().stream()
                .map(SearchHit::id).toList();
    }

    @Test
    void cooperatingFindsCooperationByItsStem() {
        SearchResults results = search("cooperating");
        assertThat(results.total()).isGreaterThan(5);
        // The document titled "Why Terrorist Actors Cooperate" first, then the passages on cooperation.
        assertThat(results.hits().get(0).matchedTerms()).containsExactly("cooperate");
        assertThat(results.hits().get(1).matchedTerms()).anyMatch(term -> term.toLowerCase().contains("cooperation"));
    }

    @Test
    void cafeWithoutAnAccentFindsCafé() {
        assertThat(ids("cafe")).containsExactly(ALLIES + "p-2");
        assertThat(search("cafe").hits().get(0).snippetHtml()).contains("<mark>café</mark>");
    }

    @Test
    void aTypographicApostropheSearchesLikeAStraightOne() {
        assertThat(search("group’s thirst").hits().get(0).id()).isEqualTo(COOPERATE + "p-6");
        assertThat(ids("group’s thirst")).isEqualTo(ids("group's thirst"));
        assertThat(ids("“survive and thrive”")).isEqualTo(ids("\"survive and thrive\""));
    }

    @Test
    void directionalMarksAndOverridesDoNotChangeWhatAQueryFinds() {
        // As pasted from a right-to-left page, or typed after an override: shown differently, the same words.
        List<String> plain = ids("group's thirst");
        assertThat(plain).isNotEmpty();
        assertThat(ids("\u202Egroup's thirst\u202C")).isEqualTo(plain);
        assertThat(ids("gr\u200Foup's \u2066thirst\u2069")).isEqualTo(plain);
        assertThat(ids("\uFEFFgroup\u2060's thi\u200Erst")).isEqualTo(plain);
    }

    @Test
    void aHyphenatedNameIsFoundWholeAndByItsParts() {
        assertThat(ids("Lashkar-e-Jhangvi")).containsExactly(COOPERATE + "p-5");
        assertThat(ids("Jhangvi")).containsExactly(COOPERATE + "p-5");
        assertThat(ids("al-Baghdadi")).containsExactly(ALLIES + "p-4");
        assertThat(ids("Baghdadi")).containsExactly(ALLIES + "p-4");
        assertThat(search("Lashkar-e-Jhangvi").hits().get(0).snippetHtml()).contains("<mark>Lashkar-e-Jhangvi</mark>");
    }

    @Test
    void anAbbreviationFindsTheFullNameAndTheOtherWayRound() {
        // The excerpt writes "AQ or ISIS"; the blog posts write the names out.
        assertThat(all("Al Qaeda")).contains(EXCERPT);
        assertThat(all("AQ")).contains(COOPERATE + "p-1", "note:journal-excerpt-on-terrorist-affiliations#fn-15");
        assertThat(ids("JRA")).contains(COOPERATE + "p-6");
        assertThat(ids("ANO")).contains(COOPERATE + "p-5");
        assertThat(ids("Revolutionary Armed Forces of Colombia")).first().isEqualTo(COOPERATE + "p-7");
        assertThat(all("ISIL")).contains(ALLIES + "p-2", EXCERPT);
        assertThat(ids("Daesh")).contains(ALLIES + "p-2");
    }

    @Test
    void capitalIsMeansIslamicStateButTheWordIsIsAStopWord() {
        assertThat(search("is").total()).isZero();
        SearchResults capitals = search("IS");
        assertThat(capitals.total()).isEqualTo(search("Islamic State").total());
        assertThat(capitals.hits()).allSatisfy(hit -> assertThat(hit.matchedTerms()).noneMatch(t -> t.equals("is")));
        // "Islamic State" never searches for the word "is", which nearly every paragraph contains.
        assertThat(search("Islamic State").total()).isLessThan(search("group").total());
    }

    @Test
    void aQuotedPhraseMatchesOnlyTheWordsInOrder() {
        assertThat(ids("\"safe haven\"")).first().isEqualTo(COOPERATE + "p-11");
        assertThat(search("\"haven safe\"").total()).isZero();
        assertThat(ids("\"in spite of the risks\"")).containsExactly(COOPERATE + "p-4");
    }

    @Test
    void hitsWithEveryWordComeBeforeHitsWithSome() {
        List<SearchHit> hits = search("Hezbollah Hamas").hits();
        assertThat(hits.get(0).id()).isEqualTo(COOPERATE + "p-7");
        assertThat(hits).hasSizeGreaterThan(1);
    }

    @Test
    void booleanOperatorsAndMinusExcludeAndRequire() {
        assertThat(ids("Hezbollah -Hamas")).doesNotContain(COOPERATE + "p-7").contains(COOPERATE + "p-5");
        assertThat(ids("Hezbollah NOT Hamas")).doesNotContain(COOPERATE + "p-7");
        assertThat(ids("Hezbollah AND Amal")).containsExactly(COOPERATE + "p-5");
        assertThat(ids("Amal OR Okamoto")).containsExactlyInAnyOrder(COOPERATE + "p-5", COOPERATE + "p-6");
    }

    @Test
    void fieldsSearchAuthorTitleAndDocument() {
        assertThat(ids("author:Moghadam")).containsExactly("document:why-terrorist-actors-cooperate");
        assertThat(ids("author:bacon")).containsExactly("document:allies-poised-to-help-the-islamic-state-recover");
        assertThat(ids("title:cooperate")).containsExactly("document:why-terrorist-actors-cooperate");
        assertThat(ids("doc:why-terrorist-actors-cooperate Hezbollah")).hasSize(3)
                .allMatch(id -> id.startsWith(COOPERATE));
        assertThat(ids("doc:recover losses")).isNotEmpty()
                .allMatch(id -> id.contains("allies-poised-to-help-the-islamic-state-recover"));
    }

    @Test
    void aPrefixFindsWordsAsWritten() {
        assertThat(ids("Hezbol*")).hasSize(3);
        assertThat(ids("cooperation*")).isNotEmpty();
        assertThat(search("allian*").hits().get(0).matchedTerms()).anyMatch(t -> t.toLowerCase().startsWith("allian"));
    }

    @Test
    void aFuzzyWordFindsTheWordItMisspells() {
        assertThat(ids("Hezbolah~")).hasSize(3).allMatch(id -> id.startsWith(COOPERATE));
        assertThat(search("Okamotto~").hits()).extracting(SearchHit::id).containsExactly(COOPERATE + "p-6");
    }

    @Test
    void aMisspellingThatFindsNothingIsSearchedInTheLibrarysSpelling() {
        SearchResults results = search("Hezbolah");
        assertThat(results.correctedQuery()).contains("Hezbollah");
        assertThat(results.total()).isEqualTo(search("Hezbollah").total()).isPositive();
        assertThat(results.hits()).extracting(SearchHit::id).contains(COOPERATE + "p-5");
        assertThat(results.didYouMean()).isEmpty();
        assertThat(search("Hezbolah Amal").correctedQuery()).contains("Hezbollah Amal");
        assertThat(search("Hezbollah").correctedQuery()).isEmpty();
    }

    @Test
    void aMisspellingSearchedAsTypedFindsNothingAndOffersTheCorrection() {
        SearchResults results = index.search(SearchRequest.of("Hezbolah").withWordsAsTyped());
        assertThat(results.total()).isZero();
        assertThat(results.correctedQuery()).isEmpty();
        assertThat(results.didYouMean()).contains("Hezbollah");
    }

    @Test
    void aWordInNoTextBesideKnownWordsIsCorrectedWhenTheCorrectionHasEveryWord() {
        SearchResults results = search("Khorasn attacks");
        assertThat(results.correctedQuery()).contains("Khorasan attacks");
        assertThat(results.hits().get(0).id()).isEqualTo(ALLIES + "p-6");
    }

    /**
     * "al-Qaida" is a variant of Al Qaeda's name, and the texts use "Qaida" for nothing else: "Qaida"
     * alone finds what "Qaeda" finds, a spelling of the name rather than a misspelling to correct. A
     * word the texts use otherwise is searched as typed.
     */
    @Test
    void aNamesWordIsSearchedWithTheSpellingsOfTheNamesOtherVariants() {
        SearchResults results = search("Qaida");
        assertThat(results.correctedQuery()).isEmpty();
        assertThat(results.total()).isEqualTo(search("Qaeda").total()).isPositive();
        assertThat(results.hits().get(0).snippetHtml()).contains("<mark>Qaeda</mark>");
        assertThat(ids("qaida Hezbollah")).isEqualTo(ids("qaeda Hezbollah"));
        assertThat(search("Qaida's").total()).isEqualTo(search("Qaeda's").total()).isPositive();
        assertThat(search("Qaida\u2019s").total()).isEqualTo(search("Qaeda\u2019s").total()).isPositive();
        assertThat(index.search(SearchRequest.of("Qaida").withWordsAsTyped()).total()).isEqualTo(results.total());
        // "Columbia" is FARC's "Colombia" in a variant, and a word of the texts: searched as typed.
        assertThat(search("Columbia").correctedQuery()).isEmpty();
        assertThat(search("Columbia").total()).isPositive();
        assertThat(search("Columbia").hits()).allSatisfy(hit -> assertThat(hit.snippetHtml()).doesNotContain("Colombia"));
        // "Colombia" is in no text but the card's name: it finds the passage that spells it "Columbia".
        assertThat(ids("Colombia")).contains(COOPERATE + "p-7");
    }

    /**
     * However much the rest of the query finds: "Qaida OR ISIS" found the ISIS passages and none of Al
     * Qaeda's, since a correction is offered only to a query that finds too little.
     */
    @Test
    void aNamesWordIsSearchedWithItsOtherSpellingsInAnyQuery() {
        assertThat(all("Qaida OR ISIS")).isEqualTo(all("Qaeda OR ISIS")).containsAll(all("Qaeda"));
        assertThat(all("Qaida AND ISIS")).isEqualTo(all("Qaeda AND ISIS")).isNotEmpty();
        assertThat(all("ISIS -Qaida")).isEqualTo(all("ISIS -Qaeda"));
        assertThat(all("\"Qaida and the Islamic State\"")).isEqualTo(all("\"Qaeda and the Islamic State\"")).isNotEmpty();
        assertThat(search("Qaida OR ISIS").correctedQuery()).isEmpty();
    }

    @Test
    void onlyAWordTwoVariantsSpellWithinTwoLettersIsRespelled() {
        Respellings respellings = Respellings.of(List.of(
                List.of("Islamic State of Iraq", "Islamic State of Syria"),
                List.of("Lashkar-e-Jhangvi", "Lashkar-i-Jhangvi"),
                List.of("Al Qaeda", "AQ", "al-Qaida", "Al Qaida"),
                List.of("Ansar Bayt al-Maqdis", "Ansar Beit al-Makdis")));
        assertThat(respellings.of("qaida")).containsExactly("qaeda");
        assertThat(respellings.of("qaeda")).containsExactly("qaida");
        assertThat(respellings.of("iraq")).isEmpty(); // two words, not two spellings of one
        assertThat(respellings.of("e")).isEmpty();
        assertThat(respellings.of("bayt")).isEmpty(); // the names differ in two words
        assertThat(respellings.of("aq")).isEmpty();
    }

    @Test
    void aCorrectionIsNotSearchedUnlessEveryUnknownWordHasACloseWord() {
        SearchResults results = search("Boko Haram");
        assertThat(results.total()).isZero();
        assertThat(results.correctedQuery()).isEmpty();
        assertThat(results.didYouMean()).isEmpty();
    }

    @Test
    void invalidSyntaxIsSearchedAsWordsWithANotice() {
        for (String text : List.of("\"unbalanced quote", "(open paren", "*", "AND", "title:", "?x", "*ism", "[a TO", "/regex/", "a\u0000b")) {
            SearchResults results = search(text);
            assertThat(results.notice()).as(text).isPresent();
        }
        SearchResults words = search("\"Hezbollah Hamas");
        assertThat(words.notice()).isPresent();
        assertThat(words.hits()).extracting(SearchHit::id).first().isEqualTo(COOPERATE + "p-7");
        assertThat(search("Hezbollah").notice()).isEmpty();
    }

    @Test
    void tenKilobytesOfTextIsSearchedAsItsFirstWords() {
        // Three words repeated: every one of them is searched, and the notice says only that it was plain text.
        String text = "Hezbollah Amal cooperation ".repeat(400);
        SearchResults results = search(text);
        assertThat(results.notice()).hasValue(QueryTranslator.LONG);
        assertThat(results.hits()).isNotEmpty();
        // More words than are searched: the notice says which were.
        StringBuilder many = new StringBuilder("Hezbollah Amal cooperation");
        for (int i = 0; i < 200; i++) {
            many.append(" word").append(i);
        }
        assertThat(search(many.toString()).notice()).hasValue(QueryTranslator.TOO_LONG);
    }

    @Test
    void snippetsEscapeTheTextAndMarkTheMatches() {
        SearchHit hit = search("ISIS popularly").hits().get(0);
        assertThat(hit.id()).isEqualTo(ALLIES + "p-1");
        assertThat(hit.snippetHtml()).contains("&quot;<mark>ISIS</mark>&quot;").doesNotContain("\"");
        assertThat(hit.url()).isEqualTo("/documents/allies-poised-to-help-the-islamic-state-recover#p-1");
        assertThat(hit.documentTitle()).contains("Allies Poised to Help the Islamic State Recover from Losses");
    }

    @Test
    void aHitCarriesItsSectionAndItsLandingAnchor() {
        SearchHit hit = search("Okamoto").hits().get(0);
        assertThat(hit.section()).contains("Process Goals");
        assertThat(hit.url()).isEqualTo("/documents/why-terrorist-actors-cooperate#p-6");
        assertThat(String.join(" ", hit.matchedTerms())).contains("Okamoto");
        SearchHit note = search("Brookings").hits().get(0);
        assertThat(note.kind()).isEqualTo(Searchable.NOTE);
        assertThat(note.url()).isEqualTo("/documents/journal-excerpt-on-terrorist-affiliations#fn-15");
    }

    @Test
    void filtersNarrowTheHitsAndEachFacetIgnoresItsOwnFilter() {
        SearchRequest all = SearchRequest.of("alliance");
        SearchResults unfiltered = index.search(all);
        SearchResults notes = index.search(all.withKind(Searchable.NOTE));
        SearchResults oneDocument = index.search(all.withDocument("why-terrorist-actors-cooperate"));
        assertThat(oneDocument.hits()).allMatch(h -> h.documentSlug().equals(Optional.of("why-terrorist-actors-cooperate")));
        assertThat(oneDocument.documents()).isEqualTo(unfiltered.documents());
        assertThat(notes.kinds()).isEqualTo(unfiltered.kinds());
        assertThat(notes.hits()).allMatch(h -> h.kind().equals(Searchable.NOTE));
        long perDocument = unfiltered.documents().stream().mapToLong(FacetCount::count).sum();
        assertThat(perDocument).isEqualTo(unfiltered.total());
        assertThat(oneDocument.total()).isEqualTo(unfiltered.documents().stream()
                .filter(f -> f.value().equals("why-terrorist-actors-cooperate")).findFirst().orElseThrow().count());
    }

    @Test
    void pagesFollowEachOtherWithoutOverlap() {
        SearchRequest first = SearchRequest.of("terrorist").withPage(1, 5);
        SearchResults one = index.search(first);
        SearchResults two = index.search(first.withPage(2, 5));
        assertThat(one.hits()).hasSize(5);
        assertThat(two.hits()).extracting(SearchHit::id).doesNotContainAnyElementsOf(
                one.hits().stream().map(SearchHit::id).toList());
        assertThat(index.search(first.withPage(1000, 100)).hits()).isEmpty();
        // Words near each other reorder the best fifty hits: the pages still hold their size and follow on.
        SearchRequest words = SearchRequest.of("terrorist groups cooperation").withPage(1, 5);
        List<String> pageOne = index.search(words).hits().stream().map(SearchHit::id).toList();
        List<String> pageTwo = index.search(words.withPage(2, 5)).hits().stream().map(SearchHit::id).toList();
        List<String> both = index.search(words.withPage(1, 10)).hits().stream().map(SearchHit::id).toList();
        assertThat(pageOne).hasSize(5);
        assertThat(both).containsExactlyElementsOf(java.util.stream.Stream.concat(pageOne.stream(), pageTwo.stream()).toList());
        assertThat(index.search(first.withPage(Integer.MAX_VALUE, 100)).hits()).isEmpty();
    }

    @Test
    void pageAndSizeOutOfRangeAreRejectedByName() {
        assertThatThrownBy(() -> SearchRequest.of("x").withPage(0, 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("page");
        assertThatThrownBy(() -> SearchRequest.of("x").withPage(1, 10_000)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("size");
        assertThatThrownBy(() -> SearchRequest.of("x").withPage(1, 0)).hasMessageContaining("size");
    }

    @Test
    void anEmptyQueryFindsNothingAndSaysNothing() {
        SearchResults results = search("   ");
        assertThat(results.total()).isZero();
        assertThat(results.notice()).isEmpty();
    }

    @Test
    void suggestionsCompleteTitlesAndFrequentWords() {
        // The Islamic State and its ten provinces begin with the letters typed, so they come first; the
        // document whose title has the word further in follows them.
        List<Suggestion> islamic = index.suggest("isl", 12);
        assertThat(islamic.get(0).label()).isEqualTo("Islamic State");
        assertThat(islamic).filteredOn(s -> s.kind().equals(Searchable.DOCUMENT)).singleElement().satisfies(document -> {
            assertThat(document.label()).isEqualTo("Allies Poised to Help the Islamic State Recover from Losses");
            assertThat(document.url()).isEqualTo("/documents/allies-poised-to-help-the-islamic-state-recover");
        });
        assertThat(index.suggest("coop", 5)).extracting(Suggestion::label).contains("Why Terrorist Actors Cooperate", "cooperation");
        assertThat(index.suggest("coop", 5)).filteredOn(s -> s.kind().equals(Suggestion.TERM)).first()
                .extracting(Suggestion::url).isEqualTo("/search?q=cooperation");
        assertThat(index.suggest("", 5)).isEmpty();
        assertThat(index.suggest("*", 5)).isEmpty();
        assertThatThrownBy(() -> index.suggest("x", 0)).hasMessageContaining("max");
    }

    @Test
    void positionalTitlesAreNotSearchedAsWords() {
        assertThat(search("paragraph").total()).isZero();
        assertThat(ids("title:note")).hasSize(6).allMatch(id -> id.startsWith("note:"));
    }

    @Test
    void concurrentSearchesGiveTheSameResultsAsOneAtATime() throws Exception {
        List<String> queries = List.of("Hezbollah", "\"safe haven\"", "allian*", "Hezbolah~", "AQ", "author:Bacon",
                "doc:recover losses", "\"broken", "cooperating groups");
        List<List<String>> expected = queries.stream().map(SearchBehaviourTest::ids).toList();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Boolean>> checks = new java.util.ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int q = i % queries.size();
                checks.add(pool.submit(() -> ids(queries.get(q)).equals(expected.get(q))));
            }
            for (java.util.concurrent.Future<Boolean> check : checks) {
                assertThat(check.get()).isTrue();
            }
        } finally {
            pool.shutdown();
        }
    }
}
