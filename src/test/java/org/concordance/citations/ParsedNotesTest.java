package org.concordance.citations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.concordance.content.ContentLoader;
import org.concordance.content.Document;
import org.concordance.content.Library;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Notes parsed on several threads reach the bibliography in document order, as parsed one by one. */
class ParsedNotesTest {
    private static final int COUNT = ContentLoader.PARALLEL_FROM + 36;

    @TempDir
    Path root;

    private Library library;

    @BeforeEach
    void writeLibrary() throws Exception {
        write("sources/test.txt", "Raw text.");
        for (int i = 0; i < COUNT; i++) {
            write("documents/post-%03d.md".formatted(i), """
                    ---
                    title: Post %d
                    kind: blog-post
                    summary: Post number %d.
                    source: test.txt
                    ---
                    A claim.[^1] Another.[^2] A third.[^3]

                    [^1]: Daniel Byman, *Allies of Group %d* (Washington, DC: Brookings, 20%02d), %d.

                    [^2]: Ibid., %d.

                    [^3]: Byman, *Allies of Group %d*, 7; see also Tricia Bacon, "Why Terrorist Groups Form Alliances %d," *Survival* 60, no. 5 (2018): 85.
                    """.formatted(i, i, i, i % 25, i + 1, i + 2, Math.max(0, i - 1), i));
        }
        library = new ContentLoader(root).load();
        assertThat(library.documents()).hasSize(COUNT);
    }

    private void write(String name, String text) throws IOException {
        Path file = root.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void everyDocumentComesInOrderWithItsNotesParsedAsOneByOne() {
        NoteParser parser = new NoteParser();
        List<String> order = new ArrayList<>();
        List<List<List<Citation>>> given = new ArrayList<>();
        ParsedNotes.inOrder(library.documents(), parser, document -> Optional.empty(), (document, citations) -> {
            order.add(document.slug());
            given.add(citations);
        });
        assertThat(order).containsExactlyElementsOf(library.documents().stream().map(Document::slug).toList());
        List<List<List<Citation>>> oneByOne = library.documents().stream()
                .map(document -> document.notes().stream().map(note -> parser.parse(note).citations()).toList())
                .toList();
        assertThat(given).isEqualTo(oneByOne);
        assertThat(given.get(70).get(2)).hasSize(2);
    }

    @Test
    void aFailureStopsTheRestAndIsThrown() {
        List<String> resolved = new ArrayList<>();
        assertThatThrownBy(() -> ParsedNotes.inOrder(library.documents(), new NoteParser(), document -> Optional.empty(),
                (document, citations) -> {
            if (resolved.size() == 10) {
                throw new IllegalStateException("resolving failed at " + document.slug());
            }
            resolved.add(document.slug());
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("resolving failed at");
        assertThat(resolved).hasSize(10);
    }

    @Test
    void aDocumentWhoseCitationsAreKnownIsNotParsed() {
        // What the known documents are handed is not what parsing gives: only so can the test tell.
        Set<String> known = Set.of("post-003", "post-040", "post-070");
        List<List<Citation>> given = List.of(List.of(), List.of(), List.of());
        Map<String, List<List<Citation>>> handed = new LinkedHashMap<>();
        ParsedNotes.inOrder(library.documents(), new NoteParser(),
                document -> known.contains(document.slug()) ? Optional.of(given) : Optional.empty(),
                (document, citations) -> handed.put(document.slug(), citations));
        assertThat(handed.keySet()).containsExactlyElementsOf(library.documents().stream().map(Document::slug).toList());
        known.forEach(slug -> assertThat(handed.get(slug)).as(slug).isSameAs(given));
        assertThat(handed.get("post-004").get(0)).hasSize(1);
    }

    /**
     * One document changed, read again with {@code ContentLoader.reusing}: the bibliography built with
     * the one before (its unchanged documents' notes not parsed again) is the one a fresh build gives.
     */
    @Test
    void aBibliographyBuiltWithAnEarlierOneIsAFreshBuild() throws Exception {
        ContentLoader loader = new ContentLoader(root);
        ContentLoader.Fingerprint readFrom = loader.take();
        Library before = loader.load();
        Bibliography earlier = Bibliography.build(before, References.none());
        Path changed = root.resolve("documents/post-040.md");
        Files.writeString(changed, Files.readString(changed).replace("Another.[^2]", "Another.[^2] And.[^4]")
                .replace("[^2]: Ibid., ", "[^4]: Martha Crenshaw, *Explaining Terrorism* (London: Routledge, 2011), 12.\n\n[^2]: Ibid., "));
        Library after = new ContentLoader(root).reusing(Optional.of(new ContentLoader.Earlier(before, readFrom))).load();
        assertThat(after.document("post-041")).as("unchanged, the same object").containsSame(before.document("post-041").orElseThrow());
        assertThat(after.document("post-040").orElseThrow()).isNotSameAs(before.document("post-040").orElseThrow());

        Bibliography reused = Bibliography.build(after, References.none(),
                Optional.of(new Bibliography.Earlier(before, earlier)));
        Bibliography fresh = Bibliography.build(after, References.none());
        assertThat(reused.works()).isEqualTo(fresh.works());
        assertThat(reused.people()).isEqualTo(fresh.people());
        for (Document document : after.documents()) {
            assertThat(reused.notes(document.slug())).as(document.slug()).isEqualTo(fresh.notes(document.slug()));
            assertThat(reused.mentionsIn(document.slug())).isEqualTo(fresh.mentionsIn(document.slug()));
        }
        fresh.works().forEach(work -> assertThat(reused.citationsOf(work.slug())).isEqualTo(fresh.citationsOf(work.slug())));
        assertThat(fresh.notes("post-040")).hasSize(4);
        assertThat(fresh.works()).extracting(Work::displayTitle).contains("Explaining Terrorism");
    }

    /**
     * The library read again after {@code edit} of post-040, and the bibliography built from it with
     * the one before: asserted to be what a fresh build gives, and returned.
     */
    private Bibliography rebuiltAfter(java.util.function.UnaryOperator<String> edit, References references)
            throws Exception {
        ContentLoader loader = new ContentLoader(root);
        ContentLoader.Fingerprint readFrom = loader.take();
        Library before = loader.load();
        earlierBibliography = Bibliography.build(before, References.none());
        Path changed = root.resolve("documents/post-040.md");
        Files.writeString(changed, edit.apply(Files.readString(changed)));
        Library after = new ContentLoader(root).reusing(Optional.of(new ContentLoader.Earlier(before, readFrom))).load();
        assertThat(after.document("post-040").orElseThrow()).isNotSameAs(before.document("post-040").orElseThrow());
        Bibliography rebuilt = Bibliography.build(after, references, Optional.of(new Bibliography.Earlier(before, earlierBibliography)));
        Bibliography fresh = Bibliography.build(after, references);
        assertThat(rebuilt.works()).isEqualTo(fresh.works());
        assertThat(rebuilt.people()).isEqualTo(fresh.people());
        for (Document document : after.documents()) {
            assertThat(rebuilt.notes(document.slug())).as(document.slug()).isEqualTo(fresh.notes(document.slug()));
            assertThat(rebuilt.mentionsIn(document.slug())).isEqualTo(fresh.mentionsIn(document.slug()));
            assertThat(rebuilt.authorsOfDocument(document.slug())).isEqualTo(fresh.authorsOfDocument(document.slug()));
        }
        fresh.works().forEach(work -> assertThat(rebuilt.citationsOf(work.slug())).isEqualTo(fresh.citationsOf(work.slug())));
        return rebuilt;
    }

    private Bibliography earlierBibliography;

    /**
     * A document's prose edited (a paragraph put before its notes' markers, so they stand in other
     * paragraphs): nothing the bibliography is built from changed, so it is the one before, not
     * built again.
     */
    @Test
    void anEditToProseAloneKeepsTheBibliography() throws Exception {
        Bibliography rebuilt = rebuiltAfter(text -> text.replace("A claim.[^1]", "A new first paragraph.\n\nA claim.[^1]")
                + "\nA paragraph added at the end.\n", References.none());
        assertThat(rebuilt).isSameAs(earlierBibliography);
    }

    /** Each thing the bibliography is built from, changed, builds it again. */
    @Test
    void anEditToWhatTheBibliographyReadsBuildsItAgain() throws Exception {
        // A note's text.
        assertThat(rebuiltAfter(text -> text.replace("[^2]: Ibid., ", "[^2]: Ibid., 3, "), References.none()))
                .isNotSameAs(earlierBibliography);
        // The document's authors, and a book its text names.
        Bibliography named = rebuiltAfter(text -> text.replace("kind: blog-post", "kind: blog-post\nauthors:\n  - Anna van de Velde")
                .replace("A claim.", "Van de Velde is the author of the book *Ties That Bind* (Hurst). A claim."), References.none());
        assertThat(named).isNotSameAs(earlierBibliography);
        assertThat(named.works()).extracting(Work::displayTitle).contains("Ties That Bind");
        // The editor's references.
        References one = References.parse(root.resolve("references.json"), """
                [{"id": "x", "type": "book", "title": "Explaining Terrorism", "author": [{"family": "Crenshaw", "given": "Martha"}]}]""");
        assertThat(rebuiltAfter(text -> text + "\nMore prose.\n", one)).isNotSameAs(earlierBibliography);
    }

    @Test
    void aBibliographyOfManyDocumentsResolvesShortFormsAndIbidAcrossThem() {
        Bibliography bibliography = Bibliography.build(library, References.none());
        for (int i = 0; i < COUNT; i++) {
            List<ResolvedNote> notes = bibliography.notes("post-%03d".formatted(i));
            assertThat(notes).hasSize(3);
            Work cited = notes.get(0).citations().get(0).work().orElseThrow();
            assertThat(cited.displayTitle()).isEqualTo("Allies of Group " + i);
            assertThat(notes.get(1).citations().get(0).work()).as("Ibid.").contains(cited);
            // The short form names the work the post before cites in full.
            Work before = bibliography.notes("post-%03d".formatted(Math.max(0, i - 1))).get(0).citations().get(0).work().orElseThrow();
            assertThat(notes.get(2).citations().get(0).work()).as("short form").contains(before);
        }
    }
}
