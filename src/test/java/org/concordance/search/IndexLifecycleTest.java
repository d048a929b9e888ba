package org.concordance.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.concordance.content.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexLifecycleTest {
    @TempDir
    Path folder;

    private static final List<Searchable> ONE = List.of(entry("alpha", "The Abu Nidal Organization trained others."),
            new Searchable(Searchable.DOCUMENT, "document:alpha", "Partners in Training", "/documents/alpha",
                    Optional.of("alpha"), Optional.of("Partners in Training"), Optional.empty(), "A history.", List.of()));
    private static final List<Searchable> OTHER = List.of(entry("beta", "Hezbollah transferred knowledge."));

    private static Searchable entry(String slug, String body) {
        return new Searchable(Searchable.PARAGRAPH, "paragraph:" + slug + "#p-1", "Paragraph 1", "/documents/" + slug + "#p-1",
                Optional.of(slug), Optional.of(slug.toUpperCase()), Optional.empty(), body, List.of());
    }

    private SearchIndex open(String fingerprint, List<Searchable> entries) {
        return SearchIndex.open(folder, fingerprint, () -> Entries.of(entries), Synonyms.none(), Progress.NONE);
    }

    private long count(SearchIndex index, String text) {
        return index.search(SearchRequest.of(text)).total();
    }

    @Test
    void theSameFingerprintReusesTheIndexOnDiskWithoutMakingTheEntries() {
        try (SearchIndex first = open("v1", ONE)) {
            assertThat(first.rebuilt()).isTrue();
        }
        AtomicInteger made = new AtomicInteger();
        try (SearchIndex second = SearchIndex.open(folder, "v1", () -> {
            made.incrementAndGet();
            return Entries.of(ONE);
        }, Synonyms.none(), Progress.NONE)) {
            assertThat(second.rebuilt()).isFalse();
            assertThat(made).as("entries are made only to build an index").hasValue(0);
            assertThat(count(second, "Nidal")).isEqualTo(1);
            // Completions are read back from the index, so a reused one offers the same titles.
            assertThat(second.suggest("Partners", 5)).extracting(Suggestion::label).contains("Partners in Training");
        }
    }

    @Test
    void aLibrarysEntriesAreAsManyAsTheirCountSays() {
        Entries entries = Searchables.of(TestLibrary.BUNDLED);
        List<Searchable> made = entries.stream().toList();
        assertThat(made).hasSize(entries.count());
        assertThat(made).extracting(Searchable::id).doesNotHaveDuplicates();
    }

    @Test
    void entriesSharingAnIdAreRefusedAndLeaveNoHalfBuiltIndex() throws IOException {
        try (SearchIndex first = open("v1", ONE)) {
            assertThat(first.rebuilt()).isTrue();
        }
        List<Searchable> twice = List.of(entry("gamma", "First."), entry("gamma", "Second."));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> open("v2", twice))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("paragraph:gamma#p-1");
        try (Stream<Path> children = Files.list(folder)) {
            assertThat(children.filter(p -> p.getFileName().toString().startsWith("gen-"))).hasSize(1);
        }
        try (SearchIndex again = open("v1", ONE)) {
            assertThat(again.rebuilt()).as("the index of v1 is still the live one").isFalse();
        }
    }

    @Test
    void aNewFingerprintRebuildsAndLeavesOneIndexFolder() throws IOException {
        try (SearchIndex first = open("v1", ONE)) {
            assertThat(count(first, "Nidal")).isEqualTo(1);
        }
        try (SearchIndex second = open("v2", OTHER)) {
            assertThat(second.rebuilt()).isTrue();
            assertThat(count(second, "Nidal")).isZero();
            assertThat(count(second, "Hezbollah")).isEqualTo(1);
        }
        try (Stream<Path> children = Files.list(folder)) {
            assertThat(children.filter(p -> p.getFileName().toString().startsWith("gen-"))).hasSize(1);
        }
    }

    @Test
    void aCorruptedIndexIsRebuilt() throws IOException {
        try (SearchIndex first = open("v1", ONE)) {
            assertThat(first.rebuilt()).isTrue();
        }
        Path live = folder.resolve(Files.readString(folder.resolve(SearchIndex.CURRENT)).strip());
        corrupt(live);
        try (SearchIndex second = open("v1", ONE)) {
            assertThat(second.rebuilt()).isTrue();
            assertThat(count(second, "Nidal")).isEqualTo(1);
        }
    }

    @Test
    void anIndexCheckedAheadIsOpenedWithoutBeingReadAgain() {
        assertThat(SearchIndex.check(folder)).as("no index yet").isEmpty();
        try (SearchIndex first = open("v1", ONE)) {
            assertThat(first.rebuilt()).isTrue();
        }
        Optional<SearchIndex.Checked> checked = SearchIndex.check(folder);
        assertThat(checked).isPresent();
        AtomicInteger made = new AtomicInteger();
        try (SearchIndex second = SearchIndex.open(folder, "v1", checked, () -> {
            made.incrementAndGet();
            return Entries.of(ONE);
        }, Synonyms.none(), Progress.NONE)) {
            assertThat(second.rebuilt()).isFalse();
            assertThat(made).hasValue(0);
            assertThat(count(second, "Nidal")).isEqualTo(1);
        }
        // A check holds for the fingerprint the index was made for and the index it found, no other.
        try (SearchIndex other = SearchIndex.open(folder, "v2", checked, () -> Entries.of(OTHER), Synonyms.none(), Progress.NONE)) {
            assertThat(other.rebuilt()).isTrue();
            assertThat(count(other, "Hezbollah")).isEqualTo(1);
        }
        try (SearchIndex back = SearchIndex.open(folder, "v1", checked, () -> Entries.of(ONE), Synonyms.none(), Progress.NONE)) {
            assertThat(back.rebuilt()).as("the index checked is no longer the live one").isTrue();
            assertThat(count(back, "Nidal")).isEqualTo(1);
            assertThat(count(back, "Hezbollah")).isZero();
        }
    }

    @Test
    void aCorruptedIndexFailsItsCheckChangingNothingAndIsRebuiltWhenOpened() throws IOException {
        try (SearchIndex first = open("v1", ONE)) {
            assertThat(first.rebuilt()).isTrue();
        }
        Path live = folder.resolve(Files.readString(folder.resolve(SearchIndex.CURRENT)).strip());
        corrupt(live);
        assertThat(SearchIndex.check(folder)).isEmpty();
        assertThat(live).isDirectory();
        try (SearchIndex second = SearchIndex.open(folder, "v1", SearchIndex.check(folder), () -> Entries.of(ONE),
                Synonyms.none(), Progress.NONE)) {
            assertThat(second.rebuilt()).isTrue();
            assertThat(count(second, "Nidal")).isEqualTo(1);
        }
    }

    /** The completions are kept inside the index's folder; damaged, they are made again, the index kept. */
    @Test
    void damagedCompletionsAreMadeAgain() throws IOException {
        List<String> before;
        try (SearchIndex first = open("v1", ONE)) {
            before = labels(first.suggest("Nid", 5));
            assertThat(before).isNotEmpty();
        }
        Path live = folder.resolve(Files.readString(folder.resolve(SearchIndex.CURRENT)).strip());
        corrupt(live.resolve("suggestions"));
        try (SearchIndex second = open("v1", ONE)) {
            assertThat(second.rebuilt()).isFalse();
            assertThat(labels(second.suggest("Nid", 5))).isEqualTo(before);
        }
        try (SearchIndex third = open("v1", ONE)) {
            assertThat(labels(third.suggest("Nid", 5))).isEqualTo(before);
        }
    }

    private static List<String> labels(List<Suggestion> suggestions) {
        return suggestions.stream().map(Suggestion::label).toList();
    }

    /** Flips a byte in the middle of every file of {@code index} but its lock. */
    private static void corrupt(Path index) throws IOException {
        try (Stream<Path> files = Files.list(index)) {
            for (Path file : files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().equals("write.lock")).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                if (bytes.length > 40) {
                    bytes[bytes.length / 2] ^= 0x5A;
                    Files.write(file, bytes);
                }
            }
        }
    }

    @Test
    void aMissingOrGarbledPointerIsRebuilt() throws IOException {
        try (SearchIndex first = open("v1", ONE)) {
            assertThat(first.rebuilt()).isTrue();
        }
        Files.writeString(folder.resolve(SearchIndex.CURRENT), "../../etc");
        try (SearchIndex second = open("v1", ONE)) {
            assertThat(second.rebuilt()).isTrue();
        }
        Files.delete(folder.resolve(SearchIndex.CURRENT));
        try (SearchIndex third = open("v1", ONE)) {
            assertThat(third.rebuilt()).isTrue();
            assertThat(count(third, "Nidal")).isEqualTo(1);
        }
    }

    @Test
    void anIndexFolderWithGarbageInItIsRebuilt() throws IOException {
        Files.writeString(folder.resolve(SearchIndex.CURRENT), "gen-garbage");
        Files.createDirectories(folder.resolve("gen-garbage"));
        Files.writeString(folder.resolve("gen-garbage").resolve("segments_1"), "not an index");
        try (SearchIndex index = open("v1", ONE)) {
            assertThat(index.rebuilt()).isTrue();
            assertThat(count(index, "Nidal")).isEqualTo(1);
        }
        assertThat(folder.resolve("gen-garbage")).doesNotExist();
    }

    @Test
    void anInterruptedBuildLeavesThePreviousIndexInUse() throws IOException {
        try (SearchIndex first = open("v1", ONE)) {
            assertThat(first.rebuilt()).isTrue();
        }
        // What a crash mid-build leaves: a half-written folder the pointer does not name.
        Files.createDirectories(folder.resolve("gen-halfwritten"));
        Files.writeString(folder.resolve("gen-halfwritten").resolve("_0.fdt"), "partial");
        try (SearchIndex second = open("v1", ONE)) {
            assertThat(second.rebuilt()).isFalse();
            assertThat(count(second, "Nidal")).isEqualTo(1);
        }
        assertThat(folder.resolve("gen-halfwritten")).as("left by the build that was stopped").doesNotExist();
    }

    @Test
    void entriesOfANewKindAreResultsLikePassagesAndCountedLikeTheOthers() {
        Searchable relation = new Searchable("episode", "episode:hezbollah-abu-nidal", "Hezbollah and the Abu Nidal Organization",
                "/episodes/hezbollah-abu-nidal", Optional.empty(), Optional.empty(), Optional.empty(),
                "Hezbollah worked with the Abu Nidal Organization against Amal.", List.of());
        try (SearchIndex index = open("v1", List.of(ONE.get(0), relation))) {
            SearchResults results = index.search(SearchRequest.of("Amal"));
            assertThat(results.hits()).extracting(SearchHit::kind).containsExactly("episode");
            assertThat(results.entries()).isEmpty();
            assertThat(results.kinds()).containsExactly(new FacetCount("episode", "episode", 1));
            assertThat(results.documents()).isEmpty();
            assertThat(index.search(SearchRequest.of("Amal").withKind("episode")).total()).isEqualTo(1);
            assertThat(index.suggest("hezb", 3)).extracting(Suggestion::url).contains("/episodes/hezbollah-abu-nidal");
        }
    }

    @Test
    void aCardIsShownApartAndListedOnlyWhenItsKindIsAskedFor() {
        Searchable concept = new Searchable("concept", "concept:hub", "Alliance hub", "/concepts/hub", Optional.empty(),
                Optional.empty(), Optional.empty(), "A group many others ally with.", List.of()).withNames(List.of("hub"));
        Searchable passage = ONE.get(0).withMentions(List.of("concept:hub"));
        try (SearchIndex index = open("v1", List.of(passage, concept))) {
            SearchResults results = index.search(SearchRequest.of("hub"));
            assertThat(results.entries()).containsExactly(new EntryCard("concept", "concept:hub", "Alliance hub",
                    "/concepts/hub", "A group many others ally with.", 1));
            // The passage says nothing of hubs, but mentions the entry: a name reaches the passages naming it.
            assertThat(results.hits()).extracting(SearchHit::id).containsExactly(passage.id());
            SearchResults concepts = index.search(SearchRequest.of("hub").withKind("concept"));
            assertThat(concepts.hits()).extracting(SearchHit::id).containsExactly("concept:hub");
            assertThat(concepts.entries()).isEmpty();
            assertThat(index.suggest("allian", 3)).extracting(Suggestion::url).contains("/concepts/hub");
        }
    }

    @Test
    void anIndexOfSeveralSegmentsAnswersAsOneOfOneSegment() throws IOException {
        // Forty documents hit once each: the most-hit 25 are all tied, and their titles sort
        // the other way round from their slugs.
        List<Searchable> entries = new java.util.ArrayList<>();
        for (int d = 1; d <= 40; d++) {
            String slug = "d%02d".formatted(d);
            entries.add(new Searchable(Searchable.PARAGRAPH, "paragraph:" + slug + "#p-1", "Paragraph 1",
                    "/documents/" + slug + "#p-1", Optional.of(slug), Optional.of("Title %02d".formatted(41 - d)),
                    Optional.empty(), "an alliance of groups " + "and allies ".repeat(d % 5), List.of()));
        }
        assertSameAnswers("ties", entries, List.of(SearchRequest.of("alliance"), SearchRequest.of("allies"),
                SearchRequest.of("alliance").withDocument("d03"), SearchRequest.of("alliancs")));
        // Document d has d passages: the one filtered on (d2) is far from the most hit.
        assertSameAnswers("counted", documentsOfManyPassages(), List.of(SearchRequest.of("alliance"),
                SearchRequest.of("alliance").withDocument("d2"), SearchRequest.of("number 3")));
    }

    /** Forty documents, document d of d passages, each passage naming an alliance. */
    private static List<Searchable> documentsOfManyPassages() {
        List<Searchable> entries = new java.util.ArrayList<>();
        for (int d = 1; d <= 40; d++) {
            for (int p = 1; p <= d; p++) {
                entries.add(new Searchable(Searchable.PARAGRAPH, "paragraph:d" + d + "#p-" + p, "Paragraph " + p,
                        "/documents/d" + d + "#p-" + p, Optional.of("d" + d), Optional.of("D" + d), Optional.empty(),
                        "alliance number " + p, List.of()));
            }
        }
        return entries;
    }

    /** {@code requests} answered alike by an index of {@code entries} in one segment and in segments of seven. */
    private void assertSameAnswers(String name, List<Searchable> entries, List<SearchRequest> requests) throws IOException {
        Path several = folder.resolve(name + "-several");
        IndexStore.open(several, "v1", () -> Entries.of(entries), Progress.NONE, 7);
        try (SearchIndex one = SearchIndex.open(folder.resolve(name + "-one"), "v1", () -> Entries.of(entries),
                        Synonyms.none(), Progress.NONE);
                SearchIndex many = SearchIndex.open(several, "v1", () -> {
                    throw new AssertionError("the index of several segments was not reused");
                }, Synonyms.none(), Progress.NONE)) {
            for (SearchRequest request : requests) {
                assertThat(many.search(request)).as(request.text()).isEqualTo(one.search(request));
            }
            assertThat(one.search(requests.get(0)).documents()).hasSize(SearchIndex.MAX_DOCUMENT_FACETS);
        }
    }

    @Test
    void documentCountsKeepTheMostHitDocumentsAndTheOneFilteredOn() {
        try (SearchIndex index = open("many", documentsOfManyPassages())) {
            SearchResults all = index.search(SearchRequest.of("alliance"));
            assertThat(all.documents()).hasSize(SearchIndex.MAX_DOCUMENT_FACETS);
            assertThat(all.documents().get(0)).isEqualTo(new FacetCount("d40", "D40", 40));
            SearchResults one = index.search(SearchRequest.of("alliance").withDocument("d2"));
            assertThat(one.total()).isEqualTo(2);
            assertThat(one.documents()).contains(new FacetCount("d2", "D2", 2));
        }
    }
    @Test
    void everyBuildGivesEachEntryTheSameDocumentIdWhateverTheThreads() throws IOException {
        // Enough entries that the threads adding them interleave and the writer flushes several segments.
        int count = IndexStore.PARALLEL_FROM + 1_000;
        List<Searchable> many = java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> entry("doc-" + i, "Group " + i + " trained with group " + (i * 7 % count) + " in a safe haven."))
                .toList();
        List<String> first = idsInIndexOrder(folder.resolve("one"), many);
        List<String> second = idsInIndexOrder(folder.resolve("two"), many);
        assertThat(first).isEqualTo(many.stream().map(Searchable::id).toList());
        assertThat(second).isEqualTo(first);
    }

    @Test
    void twoEntriesSharingAnIdAreRefusedAndTheIndexBeforeStaysInUse() throws IOException {
        // Below and above the size from which documents are made on several threads: both ways check.
        for (int count : new int[] {10, IndexStore.PARALLEL_FROM + 10}) {
            List<Searchable> good = java.util.stream.IntStream.range(0, count)
                    .mapToObj(i -> entry("doc-" + i, "Group " + i + " trained in a safe haven.")).toList();
            List<Searchable> twice = Stream.concat(good.stream(), Stream.of(entry("doc-3", "Another text, the same id.")))
                    .toList();
            Path dir = folder.resolve("twice-" + count);
            IndexStore.open(dir, "v1", () -> Entries.of(good), Progress.NONE);
            assertThatThrownBy(() -> IndexStore.open(dir, "v2", () -> Entries.of(twice), Progress.NONE))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("two search entries share the id paragraph:doc-3#p-1");
            IndexStore.Opened again = IndexStore.open(dir, "v1", () -> {
                throw new AssertionError("the index before was not kept");
            }, Progress.NONE);
            assertThat(again.rebuilt()).isFalse();
            try (Stream<Path> generations = Files.list(dir)) {
                assertThat(generations.filter(path -> path.getFileName().toString().startsWith("gen-"))).hasSize(1);
            }
        }
    }

    private static List<String> idsInIndexOrder(Path dir, List<Searchable> entries) throws IOException {
        IndexStore.Opened opened = IndexStore.open(dir, "v1", () -> Entries.of(entries), Progress.NONE);
        try (var directory = org.apache.lucene.store.FSDirectory.open(opened.folder());
                var reader = org.apache.lucene.index.DirectoryReader.open(directory)) {
            assertThat(reader.leaves()).hasSize(1);
            var stored = reader.storedFields();
            List<String> ids = new java.util.ArrayList<>();
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                ids.add(stored.document(doc).get(Fields.ID));
            }
            return ids;
        }
    }
}
