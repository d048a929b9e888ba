package org.concordance.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document file too large for its page to be rendered is refused before it is read, naming the
 * file and its size (a hostile tester's 50 MB document ran a re-reading out of memory).
 */
class DocumentSizeTest {
    @TempDir
    Path root;

    @Test
    void aDocumentFileOverTheLimitIsRefusedBeforeItIsRead() throws Exception {
        Files.createDirectories(root.resolve("documents"));
        Files.createDirectories(root.resolve("sources"));
        Files.writeString(root.resolve("sources/test.txt"), "Raw text.");
        String front = """
                ---
                title: %s
                kind: blog-post
                source: test.txt
                ---
                """;
        Files.writeString(root.resolve("documents/short.md"), front.formatted("Short") + "A paragraph.\n");
        Path huge = root.resolve("documents/huge.md");
        String paragraph = "A sentence about alliances, repeated to fill a paragraph of the huge document. ".repeat(12) + "\n\n";
        StringBuilder text = new StringBuilder(front.formatted("Huge"));
        while (text.length() <= ContentLoader.MAX_DOCUMENT_BYTES) {
            text.append(paragraph);
        }
        Files.writeString(huge, text);
        ContentException refused = catchThrowableOfType(() -> new ContentLoader(root).load(), ContentException.class);
        assertThat(refused.errors()).singleElement().satisfies(error -> {
            assertThat(error.file()).isEqualTo(huge);
            assertThat(error.line()).isZero();
            assertThat(error.message()).matches("the file is 3\\.\\d MB; a document holds at most 3 MB: split the text into parts,"
                    + " each a document of its own");
        });
        Files.writeString(huge, front.formatted("Huge") + paragraph);
        assertThat(new ContentLoader(root).load().documents()).hasSize(2);
    }
}
