package org.concordance.citations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        ParsedNotes.inOrder(library.documents(), parser, (document, citations) -> {
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
        assertThatThrownBy(() -> ParsedNotes.inOrder(library.documents(), new NoteParser(), (document, citations) -> {
            if (resolved.size() == 10) {
                throw new IllegalStateException("resolving failed at " + document.slug());
            }
            resolved.add(document.slug());
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("resolving failed at");
        assertThat(resolved).hasSize(10);
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
