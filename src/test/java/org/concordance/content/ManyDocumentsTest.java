package org.concordance.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A library large enough that its documents are parsed in parallel reads as one parsed in order would. */
class ManyDocumentsTest {
    private static final int COUNT = ContentLoader.PARALLEL_FROM + 36;

    @TempDir
    Path root;

    private void write(String name, String text) throws IOException {
        Path file = root.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private void writeLibrary() throws IOException {
        write("sources/test.txt", "Raw text.");
        for (int i = 0; i < COUNT; i++) {
            writePost(i, "Paragraph two.");
        }
    }

    private void writePost(int i, String secondParagraph) throws IOException {
        write("documents/post-%03d.md".formatted(i), """
                ---
                title: Post %d
                kind: blog-post
                summary: Post number %d.
                source: test.txt
                ---
                Paragraph one of post %d.

                %s
                """.formatted(i, i, i, secondParagraph));
    }

    @Test
    void everyDocumentIsReadWhateverTheThreads() throws Exception {
        writeLibrary();
        Library library = new ContentLoader(root).load();
        assertThat(library.documents()).hasSize(COUNT);
        assertThat(library.document("post-077").orElseThrow().paragraphs().get(0).text()).isEqualTo("Paragraph one of post 77.");
    }

    @Test
    void mentionsAreFoundInReadingOrderWhateverTheThreads() throws Exception {
        writeLibrary();
        write("organizations.yaml", """
                - slug: al-qaeda
                  name: al-Qaeda
                  description: A transnational jihadist group.
                """);
        // Every fifth post names the group, twice in its second paragraph.
        for (int i = 0; i < COUNT; i += 5) {
            writePost(i, "Al-Qaeda and al-Qaeda again.");
        }
        Library library = new ContentLoader(root).load();
        assertThat(library.documents()).hasSizeGreaterThanOrEqualTo(ContentLoader.PARALLEL_FROM);
        MentionFinder finder = new MentionFinder(library.entities());
        List<Mention> oneByOne = library.documents().stream().flatMap(document -> finder.find(List.of(document)).asList().stream()).toList();
        assertThat(oneByOne).hasSize(2 * ((COUNT + 4) / 5));
        assertThat(library.mentions()).containsExactlyElementsOf(oneByOne);
        for (int run = 0; run < 3; run++) {
            assertThat(finder.find(library.documents()).asList()).containsExactlyElementsOf(oneByOne);
        }
    }

    @Test
    void problemsInSeveralFilesAreListedInFileOrder() throws Exception {
        writeLibrary();
        List<Integer> broken = List.of(3, 40, 41, 95);
        for (int i : broken) {
            write("documents/post-%03d.md".formatted(i), "---\ntitle: Broken %d\n---\nNo kind, no summary, no source.\n".formatted(i));
        }
        for (int run = 0; run < 3; run++) {
            assertThatThrownBy(() -> new ContentLoader(root).load()).isInstanceOfSatisfying(ContentException.class, e -> {
                List<String> files = e.errors().stream().map(error -> error.file().getFileName().toString()).distinct().toList();
                assertThat(files).containsExactlyElementsOf(
                        IntStream.of(3, 40, 41, 95).mapToObj("post-%03d.md"::formatted).toList());
            });
        }
    }
}
