package org.concordance.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.concordance.content.ContentLoader;
import org.concordance.content.Deferred;
import org.concordance.content.Document;
import org.concordance.content.Library;
import org.concordance.content.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An index brought up to new content in place is the index built afresh from that content: the
 * same documents in the same order, the same terms with the same statistics and postings, the same
 * norms, stored fields and doc values; and it is updated only when that is the quicker way.
 */
class IndexUpdateTest {
    private static final int COUNT = 400;

    @TempDir
    Path folder;
    /** Where the tests of documents as they were write their content. */
    @TempDir
    Path content;

    /** The stages a start went through, by name. */
    private final List<String> stages = new CopyOnWriteArrayList<>();
    private final Progress recorded = (what, total) -> {
        stages.add(what);
        return Progress.Stage.SILENT;
    };

    /** One segment, as a small library has, and segments of forty entries, as a large one has many. */
    @ParameterizedTest
    @ValueSource(ints = {Segments.ENTRIES, 40})
    void anIndexUpdatedInPlaceIsTheIndexBuiltAfresh(int segmentEntries) throws IOException {
        List<Searchable> before = library(i -> body(i));
        List<Searchable> after = new ArrayList<>(before);
        after.set(100, paragraph(100, "The Haqqani network sheltered foreign fighters in North Waziristan."));
        after.set(200, paragraph(200, body(200)).withNames(List.of()));
        after.set(250, card(250, List.of("Islamic State", "ISIS", "Daesh")));
        after.remove(COUNT - 5); // the four after it move up one place
        after.add(paragraph(COUNT + 1, "A new passage on the Abu Sayyaf Group's pledge to the Islamic State."));

        Path updated = folder.resolve("updated");
        IndexStore.Opened first = IndexStore.open(updated, "v1", () -> Entries.of(before), Progress.NONE, segmentEntries);
        List<String> segmentsBefore = segments(first.folder());
        stages.clear();
        IndexStore.Opened opened = IndexStore.open(updated, "v2", () -> Entries.of(after), recorded, segmentEntries);
        assertThat(opened.rebuilt()).isTrue();
        assertThat(stages).contains("updating the search index").doesNotContain("building the search index");

        Path built = folder.resolve("built");
        IndexStore.Opened fresh = IndexStore.open(built, "v2", () -> Entries.of(after), Progress.NONE, segmentEntries);
        assertThat(contents(opened.folder())).isEqualTo(contents(fresh.folder()));
        assertThat(contents(opened.folder())).isNotEqualTo(contents(IndexStore.open(folder.resolve("before"), "v1",
                () -> Entries.of(before), Progress.NONE).folder()));
        assertInOrderWithoutDeletions(opened.folder());
        if (segmentEntries < COUNT) {
            // Changes in four of ten segments: those holding none were kept as they were.
            assertThat(segmentsBefore).hasSize(COUNT / segmentEntries);
            List<String> kept = segments(opened.folder()).stream().filter(segmentsBefore::contains).toList();
            assertThat(kept).hasSize(6);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {Segments.ENTRIES, 40})
    void aPassageAddedToADocumentMovesOnlyThatDocumentsEntries(int segmentEntries) throws IOException {
        // Forty documents of ten passages; a passage added in the middle of the sixth.
        List<Searchable> before = new ArrayList<>();
        List<Searchable> after = new ArrayList<>();
        for (int d = 0; d < 40; d++) {
            for (int p = 1; p <= 10; p++) {
                before.add(passage(d, p, body(d * 10 + p)));
                after.add(passage(d, p == 6 && d == 5 ? 99 : p, body(d * 10 + p)));
                if (d == 5 && p == 5) {
                    after.add(passage(d, 6, "A passage added to the sixth document."));
                }
            }
        }
        Path updated = folder.resolve("updated");
        IndexStore.open(updated, "v1", () -> Entries.of(before), Progress.NONE, segmentEntries);
        stages.clear();
        IndexStore.Opened opened = IndexStore.open(updated, "v2", () -> Entries.of(after), recorded, segmentEntries);
        assertThat(stages).contains("updating the search index").doesNotContain("building the search index");
        assertThat(contents(opened.folder())).isEqualTo(contents(IndexStore.open(folder.resolve("built"), "v2",
                () -> Entries.of(after), Progress.NONE, segmentEntries).folder()));
        assertInOrderWithoutDeletions(opened.folder());
    }

    @Test
    void whenMostEntriesChangedTheIndexIsBuiltAfresh() throws IOException {
        List<Searchable> before = library(i -> body(i));
        // One passage more at the start moves every entry after it.
        List<Searchable> after = Stream.concat(Stream.of(paragraph(COUNT + 1, "A first passage.")), before.stream()).toList();
        Path updated = folder.resolve("updated");
        IndexStore.open(updated, "v1", () -> Entries.of(before), Progress.NONE);
        stages.clear();
        IndexStore.Opened opened = IndexStore.open(updated, "v2", () -> Entries.of(after), recorded);
        assertThat(stages).contains("comparing the search index with the library", "building the search index")
                .doesNotContain("updating the search index");
        assertThat(contents(opened.folder()))
                .isEqualTo(contents(IndexStore.open(folder.resolve("built"), "v2", () -> Entries.of(after), Progress.NONE).folder()));
        try (Stream<Path> generations = Files.list(updated)) {
            assertThat(generations.filter(path -> path.getFileName().toString().startsWith("gen-"))).hasSize(1);
        }
    }

    @Test
    void anUpdateThatFailsLeavesTheIndexBeforeLive() throws IOException {
        List<Searchable> before = library(i -> body(i));
        List<Searchable> twice = Stream.concat(before.stream(), Stream.of(paragraph(7, "The same id again."))).toList();
        Path dir = folder.resolve("index");
        IndexStore.Opened first = IndexStore.open(dir, "v1", () -> Entries.of(before), Progress.NONE);
        List<String> contents = contents(first.folder());
        assertThatThrownBy(() -> IndexStore.open(dir, "v2", () -> Entries.of(twice), Progress.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("share the id paragraph:doc-7#p-1");
        IndexStore.Opened again = IndexStore.open(dir, "v1", () -> {
            throw new AssertionError("the index before was not kept");
        }, Progress.NONE);
        assertThat(again.folder()).isEqualTo(first.folder());
        assertThat(contents(again.folder())).isEqualTo(contents);
    }

    /**
     * An update of the index of the library served before keeps the entries of the documents that
     * are as they were (the same objects, read again from unchanged files, at the same place,
     * tagged alike) without making them, and gives the index a fresh build gives all the same. A
     * few documents, made in the reader's thread, and enough to be made on other cores.
     */
    /**
     * A restart serves the documents the last run kept, each text read only when first asked for,
     * and a change found then updates the index: counting the entries and keeping those of the
     * documents as they were must read no text (at 10,003 documents, reading them all took a core
     * for one to two seconds while the change's page waited to be shown).
     */
    @ParameterizedTest
    @ValueSource(ints = {12, ContentLoader.PARALLEL_FROM + 4})
    void entriesAsBeforeAreCountedAndKeptWithoutReadingAnyText(int count) throws Exception {
        for (int i = 0; i < count; i++) {
            write(i, "Passage one of post " + i + " on the alliance.");
        }
        Library read = new ContentLoader(content).load();
        List<Document> deferred = read.documents().stream().map(d -> new Document(d.slug(), d.metadata(), d.figure(),
                d.passages(), Deferred.later(() -> d.body().get()))).toList();
        Library kept = new Library(deferred, read.concepts(), read.entities(), read.mentions(), read.relations(),
                read.references(), read.fingerprint());
        Function<Document, Map<String, List<String>>> tagged = document -> Map.of();
        Entries entries = Searchables.of(kept, tagged, Optional.of(new Searchables.Earlier(kept, tagged, "v1")));
        List<Entries.Group> groups;
        try (Stream<Entries.Group> groupsRead = entries.groups(true)) {
            groups = groupsRead.toList();
        }
        assertThat(deferred).noneMatch(d -> d.body().isMade());
        assertThat(groups.subList(0, count)).allMatch(Entries.Group::unmade)
                .allMatch(group -> group.count() == 4); // the document, two paragraphs, a note
        assertThat(entries.count()).isEqualTo(Searchables.of(read).count());
    }

    @ParameterizedTest
    @ValueSource(ints = {12, ContentLoader.PARALLEL_FROM + 4})
    void documentsAsTheyWereAreKeptUnmadeAndTheIndexIsTheOneBuiltAfresh(int count) throws Exception {
        for (int i = 0; i < count; i++) {
            write(i, "Passage one of post " + i + " on the alliance.");
        }
        ContentLoader.Fingerprint readFrom = new ContentLoader(content).take();
        Library before = new ContentLoader(content).load();
        Function<Document, Map<String, List<String>>> taggedBefore = document -> Map.of();
        Path index = folder.resolve("index");
        IndexStore.open(index, "v1", () -> Searchables.of(before, taggedBefore, Optional.empty()), Progress.NONE);

        // Post 3's file changes; post 7's file does not, but its first paragraph is tagged anew.
        write(3, "Passage one of post 3, rewritten, on the rivalry.");
        Library after = new ContentLoader(content).reusing(Optional.of(new ContentLoader.Earlier(before, readFrom))).load();
        assertThat(after.document("post-005")).containsSame(before.document("post-005").orElseThrow());
        Function<Document, Map<String, List<String>>> taggedAfter = document -> document.slug().equals("post-007")
                ? Map.of(Searchables.paragraphId("post-007", 1), List.of("work:allies")) : Map.of();
        Searchables.Earlier earlier = new Searchables.Earlier(before, taggedBefore, "v1");

        List<Entries.Group> groups;
        try (Stream<Entries.Group> read = Searchables.of(after, taggedAfter, Optional.of(earlier)).groups(true)) {
            groups = read.toList();
        }
        assertThat(groups).hasSize(count + 1); // each document, then the cards
        for (int i = 0; i < count; i++) {
            String slug = after.documents().get(i).slug();
            Entries.Group group = groups.get(i);
            assertThat(group.unmade()).as(slug).isEqualTo(!slug.equals("post-003") && !slug.equals("post-007"));
            assertThat(group.count()).isEqualTo(4); // the document, two paragraphs, a note
        }

        stages.clear();
        IndexStore.Opened updated = IndexStore.open(index, "v2",
                () -> Searchables.of(after, taggedAfter, Optional.of(earlier)), recorded);
        assertThat(stages).contains("updating the search index").doesNotContain("building the search index");
        List<String> fresh = contents(IndexStore.open(folder.resolve("built"), "v2",
                () -> Searchables.of(after, taggedAfter, Optional.empty()), Progress.NONE).folder());
        assertThat(contents(updated.folder())).isEqualTo(fresh);
        assertThat(fresh).anyMatch(line -> line.contains("rewritten")).anyMatch(line -> line.contains("work:allies"));
    }

    /**
     * An index not made from the library named as earlier (here, one missing a passage of each
     * document) cannot be trusted to hold a document's entries: the update makes them all, and
     * falls back on a build.
     */
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void anIndexNotMadeFromTheEarlierLibraryHasEveryEntryMade(boolean stampedAsIt) throws Exception {
        for (int i = 0; i < 12; i++) {
            write(i, "Passage one of post " + i + ".");
        }
        Library before = new ContentLoader(content).load();
        List<Searchable> missingOne = new ArrayList<>();
        Searchables.of(before).stream().filter(entry -> !entry.id().endsWith("#p-2")).forEach(missingOne::add);
        Path index = folder.resolve("index");
        IndexStore.open(index, stampedAsIt ? "v1" : "v0", () -> Entries.of(missingOne), Progress.NONE);

        Searchables.Earlier earlier = new Searchables.Earlier(before, document -> Map.of(), "v1");
        stages.clear();
        IndexStore.Opened opened = IndexStore.open(index, "v2",
                () -> Searchables.of(before, document -> Map.of(), Optional.of(earlier)), recorded);
        assertThat(stages).contains("building the search index");
        assertThat(contents(opened.folder())).isEqualTo(contents(IndexStore.open(
                folder.resolve("built"), "v2", () -> Searchables.of(before), Progress.NONE).folder()));
    }

    private void write(int i, String first) throws IOException {
        Files.createDirectories(content.resolve("sources"));
        Files.writeString(content.resolve("sources/test.txt"), "Raw text.");
        Path file = content.resolve("documents/post-%03d.md".formatted(i));
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                ---
                title: Post %d
                kind: blog-post
                summary: Post number %d.
                source: test.txt
                ---
                %s

                A second passage, citing a work.[^1]

                [^1]: Daniel Byman, *Allies of Group %d* (Washington, DC: Brookings, 2012), %d.
                """.formatted(i, i, first, i, i + 1));
    }
    /** The names of an index's segments, in its order. */
    private static List<String> segments(Path index) throws IOException {
        try (FSDirectory directory = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(directory)) {
            return Segments.spans(reader).stream().map(Segments.Span::name).toList();
        }
    }

    /** Every segment after the one before it in position order, and no deleted entry left to count. */
    private static void assertInOrderWithoutDeletions(Path index) throws IOException {
        try (FSDirectory directory = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(directory)) {
            assertThat(reader.numDeletedDocs()).isZero();
            List<Segments.Span> spans = Segments.spans(reader);
            for (int i = 1; i < spans.size(); i++) {
                assertThat(spans.get(i).first()).isGreaterThan(spans.get(i - 1).last());
            }
        }
    }

    private static List<Searchable> library(java.util.function.IntFunction<String> bodies) {
        return IntStream.range(0, COUNT).mapToObj(i -> i % 50 == 0 ? card(i, List.of("Group " + i, "G" + i))
                : paragraph(i, bodies.apply(i))).toList();
    }

    private static String body(int i) {
        String[] words = {"alliance", "training", "Hezbollah", "sanctuary", "rivalry", "pledged", "al-Qaida's", "caf\u00E9",
            "cooperation", "\u062D\u0632\u0628"};
        StringBuilder text = new StringBuilder("Passage " + i + ":");
        for (int w = 0; w < 5 + i % 13; w++) {
            text.append(' ').append(words[(i * 7 + w * 3) % words.length]);
        }
        return text.append('.').toString();
    }

    private static Searchable paragraph(int i, String body) {
        String slug = "doc-" + i;
        return new Searchable(Searchable.PARAGRAPH, "paragraph:" + slug + "#p-1", "Paragraph 1", "/documents/" + slug + "#p-1",
                Optional.of(slug), Optional.of("Document " + i), Optional.of("Section " + i % 3), body, List.of("A. Author"))
                .withMentions(i % 4 == 0 ? List.of("organization:group-" + (i % 50)) : List.of());
    }

    private static Searchable passage(int document, int number, String body) {
        String slug = "doc-" + document;
        return new Searchable(Searchable.PARAGRAPH, "paragraph:" + slug + "#p-" + number, "Paragraph " + number,
                "/documents/" + slug + "#p-" + number, Optional.of(slug), Optional.of("Document " + document),
                Optional.empty(), body, List.of());
    }

    private static Searchable card(int i, List<String> names) {
        return new Searchable(Searchable.ORGANIZATION, "organization:group-" + i, names.get(0), "/organizations/group-" + i,
                Optional.empty(), Optional.empty(), Optional.empty(), "An armed group of the generated library.", List.of())
                .withNames(names);
    }

    /**
     * Everything an index holds, as a searcher reads it whatever its segments, document by document and
     * term by term, as lines: stored fields, doc values and norms of each document by its id; each term
     * of each field with its statistics and postings (documents, frequencies, positions and offsets).
     */
    static List<String> contents(Path index) throws IOException {
        List<String> lines = new ArrayList<>();
        try (FSDirectory directory = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(directory)) {
            lines.add("documents " + reader.maxDoc() + ", live " + reader.numDocs());
            var stored = reader.storedFields();
            List<FieldInfo> fields = new ArrayList<>();
            FieldInfos.getMergedFieldInfos(reader).forEach(fields::add);
            fields.sort(java.util.Comparator.comparing(field -> field.name));
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                lines.add(doc + " " + stored.document(doc));
            }
            for (FieldInfo field : fields) {
                NumericDocValues norms = MultiDocValues.getNormValues(reader, field.name);
                for (int doc = norms == null ? DocIdSetIterator.NO_MORE_DOCS : norms.nextDoc();
                        doc != DocIdSetIterator.NO_MORE_DOCS; doc = norms.nextDoc()) {
                    lines.add(field.name + " norm " + doc + " " + norms.longValue());
                }
                NumericDocValues numbers = field.getDocValuesType() == org.apache.lucene.index.DocValuesType.NUMERIC
                        ? MultiDocValues.getNumericValues(reader, field.name) : null;
                for (int doc = numbers == null ? DocIdSetIterator.NO_MORE_DOCS : numbers.nextDoc();
                        doc != DocIdSetIterator.NO_MORE_DOCS; doc = numbers.nextDoc()) {
                    lines.add(field.name + " value " + doc + " " + numbers.longValue());
                }
                BinaryDocValues bytes = field.getDocValuesType() == org.apache.lucene.index.DocValuesType.BINARY
                        ? MultiDocValues.getBinaryValues(reader, field.name) : null;
                for (int doc = bytes == null ? DocIdSetIterator.NO_MORE_DOCS : bytes.nextDoc();
                        doc != DocIdSetIterator.NO_MORE_DOCS; doc = bytes.nextDoc()) {
                    lines.add(field.name + " bytes " + doc + " " + bytes.binaryValue());
                }
                Terms terms = MultiTerms.getTerms(reader, field.name);
                if (terms == null) {
                    continue;
                }
                lines.add(field.name + " sum " + terms.getSumTotalTermFreq() + " docs " + terms.getDocCount()
                        + " sum df " + terms.getSumDocFreq());
                TermsEnum each = terms.iterator();
                PostingsEnum postings = null;
                for (BytesRef term = each.next(); term != null; term = each.next()) {
                    StringBuilder line = new StringBuilder(field.name).append(' ').append(term.utf8ToString())
                            .append(" df ").append(each.docFreq()).append(" ttf ").append(each.totalTermFreq()).append(':');
                    postings = each.postings(postings, PostingsEnum.ALL);
                    boolean positions = field.getIndexOptions().compareTo(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS) >= 0;
                    for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                        line.append(' ').append(doc).append('x').append(postings.freq());
                        for (int p = 0; positions && p < postings.freq(); p++) {
                            line.append('@').append(postings.nextPosition()).append('[').append(postings.startOffset())
                                    .append('-').append(postings.endOffset()).append(']');
                        }
                    }
                    lines.add(line.toString());
                }
            }
        }
        return lines;
    }
}
