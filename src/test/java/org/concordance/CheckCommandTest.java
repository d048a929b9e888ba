package org.concordance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check} lists every file's problems at once, documents and list files alike, by file and line. */
class CheckCommandTest {
    @TempDir
    Path content;

    @BeforeEach
    void writeALibrary() throws IOException {
        write("documents/a-post.md", """
                ---
                title: A Post
                kind: blog-post
                source: test.txt
                ---
                Hezbollah worked with the Abu Nidal Organization while in competition with Amal.
                """);
        write("documents/b-post.md", """
                ---
                title: B Post
                kind: blog-post
                source: test.txt
                ---
                Hamas worked with Hezbollah.
                """);
        write("sources/test.txt", "The posts.");
        write("organizations.yaml", """
                - slug: hezbollah
                  name: Hezbollah
                - slug: hamas
                  name: Hamas
                """);
        write("relations.yaml", """
                - from: hamas
                  to: hezbollah
                  type: cooperation
                  evidence:
                    - quote: "Hamas worked with Hezbollah"
                      document: b-post
                      paragraph: 1
                """);
        write("references.json", "[]\n");
    }

    @Test
    void theSoundLibraryPasses() {
        assertThat(check()).containsExactly("content is valid: 2 documents in " + content);
    }

    @Test
    void everyFilesProblemsAreListedByFileAndLine() throws IOException {
        write("documents/a-post.md", "---\ntitle: A Post\nkind: blogpost\nsource: test.txt\n---\nHezbollah.\n");
        write("documents/b-post.md", "---\ntitle: B Post\nkind: blog-post\nsource: test.txt\nyear: soon\n---\nHamas.\n");
        write("organizations.yaml", "- slug: hezbollah\n  name: Hezbollah: the party\n");
        write("relations.yaml", "- from: [hamas\n  to: hezbollah\n");
        write("references.json", "[\n  {\"id\": \"a\",,}\n]\n");
        write("concepts/rivalry.md", "---\nname: Rivalry\n---\nGroups vie.\n");
        List<String> lines = check();
        assertThat(lines.get(0)).endsWith("problems in the content:");
        assertThat(lines.subList(1, lines.size()).stream().map(line -> line.strip().replace(content + "/", "")
                .replaceFirst(":(\\d+):.*", ":$1").replaceFirst("^([^:]+): .*", "$1")))
                .containsExactly("concepts/rivalry.md:1", "concepts/rivalry.md:1", "documents/a-post.md:3",
                        "documents/b-post.md:5", "organizations.yaml:2", "references.json:2", "relations.yaml:2");
    }

    /**
     * What the list files say of a document that could not be read is not checked against it: the
     * relation quoting it and the organization only it names are not reported as well.
     */
    @Test
    void aDocumentNotReadIsNotReportedMissingFromTheListFiles() throws IOException {
        write("documents/b-post.md", "---\ntitle: B Post\nkind: blogpost\nsource: test.txt\n---\nHamas worked with Hezbollah.\n");
        List<String> lines = check();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).contains("b-post.md:3: unknown kind 'blogpost'");
    }

    private List<String> check() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        App.run(List.of("check", "--content", content.toString()), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        return Arrays.stream(out.toString(StandardCharsets.UTF_8).split("\n"))
                .filter(line -> !line.contains("ProgressReport")).toList();
    }

    private void write(String name, String text) throws IOException {
        Path file = content.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
