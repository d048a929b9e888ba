package org.concordance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line runs {@code import}, and the content it writes passes {@code check}. */
class AppImportTest {
    @TempDir
    Path folder;

    @Test
    void importThenCheckPasses() throws Exception {
        Path content = folder.resolve("content");
        Path file = Files.writeString(folder.resolve("post.txt"), "A Short Post\n\nGuest post by Jane Doe.\n\nIt says one thing.\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int imported = App.run(List.of("import", file.toString(), "--content", content.toString(), "--slug", "short-post"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(imported).as(out + "\n" + err).isZero();
        assertThat(content.resolve("documents/short-post.md")).exists();
        int checked = App.run(List.of("check", "--content", content.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(checked).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("content is valid: 1 documents");
    }

    /** A saved page's links are written as Markdown links, which {@code check} accepts. */
    @Test
    void aSavedPagesLinksPassCheck() throws Exception {
        Path content = folder.resolve("content");
        Path file = Files.writeString(folder.resolve("post.html"), "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                + "<title>A Linked Post</title><link rel=\"canonical\" href=\"https://blog.example.org/2021/linked/\"></head>"
                + "<body><article><h1>A Linked Post</h1><p>It cites <a href=\"../reports/(2020) a.pdf\">a report [PDF]</a> and"
                + " <a href=\"mailto:editor@example.org\">the editor</a>.<sup><a href=\"#fn1\" id=\"r1\">1</a></sup></p>"
                + "<ol><li id=\"fn1\">See <a href=\"https://example.org/data?a=1&amp;b=2\"><em>the data</em></a>. <a href=\"#r1\">↩</a>"
                + "</li></ol></article></body></html>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int imported = App.run(List.of("import", file.toString(), "--content", content.toString(), "--slug", "linked-post"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(imported).as(out + "\n" + err).isZero();
        assertThat(Files.readString(content.resolve("documents/linked-post.md")))
                .contains("It cites [a report \\[PDF\\]](https://blog.example.org/2021/reports/\\(2020\\)%20a.pdf) and"
                        + " [the editor](mailto:editor@example.org).[^1]")
                .contains("[^1]: See [*the data*](https://example.org/data?a=1&b=2).");
        int checked = App.run(List.of("check", "--content", content.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(checked).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("content is valid: 1 documents");
    }

    /**
     * A forced import that would break the library (concepts and relations quote the replaced
     * document's paragraphs by number) is taken back whole: the curated document is as it was, and
     * the source the import added is gone. The user's file was the only copy of what it replaced.
     */
    @Test
    void aForcedImportThatBreaksTheLibraryIsTakenBack() throws Exception {
        Path content = folder.resolve("content");
        TestApp.copy(Path.of("content"), content);
        Path replaced = content.resolve("documents/why-terrorist-actors-cooperate.md");
        byte[] before = Files.readAllBytes(replaced);
        List<Path> sourcesBefore;
        try (var listing = Files.list(content.resolve("sources"))) {
            sourcesBefore = listing.sorted().toList();
        }
        Path other = Files.writeString(folder.resolve("other.txt"), "Another Plain Text\n\nIt is new to the library.\n");
        Path file = Files.writeString(folder.resolve("plain.txt"), "A Plain Text\n\nIt has one paragraph only.\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int imported = App.run(List.of("import", other.toString(), "--content", content.toString(), "--force"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(imported).as("a new document breaks nothing: " + err.toString(StandardCharsets.UTF_8)).isZero();
        Path kept = content.resolve("documents/another-plain-text.md");
        assertThat(kept).exists();

        imported = App.run(List.of("import", file.toString(), "--content", content.toString(), "--slug",
                        "why-terrorist-actors-cooperate", "--force"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(imported).as(out.toString(StandardCharsets.UTF_8)).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("with --force, the content folder would no longer pass check, so what this import wrote was taken"
                        + " back (the folder is as it was)")
                .contains("concepts/").contains("why-terrorist-actors-cooperate");
        assertThat(Files.readAllBytes(replaced)).as("the curated document, put back").isEqualTo(before);
        assertThat(kept).as("what an earlier run wrote stays").exists();
        try (var listing = Files.list(content.resolve("sources"))) {
            assertThat(listing.filter(path -> !path.getFileName().toString().equals("other.txt")).sorted().toList())
                    .as("the source this import added is gone, and no temporary file is left").isEqualTo(sourcesBefore);
        }
        try (var listing = Files.list(content.resolve("documents"))) {
            assertThat(listing.map(path -> path.getFileName().toString())).noneMatch(name -> name.startsWith("."));
        }
        int checked = App.run(List.of("check", "--content", content.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(checked).isZero();

        // A folder that already fails check: a forced import that adds no problem is kept.
        Files.writeString(content.resolve("documents/broken.md"), "not a document\n");
        Path third = Files.writeString(folder.resolve("third.txt"), "A Third Plain Text\n\nIt is new as well.\n");
        imported = App.run(List.of("import", third.toString(), "--content", content.toString(), "--force"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(imported).isZero();
        assertThat(content.resolve("documents/a-third-plain-text.md")).exists();
    }

    /**
     * A document imported again with {@code --force} from a changed file keeps the new file as its
     * source: the old one, which no document names any more, is deleted, and one another document
     * still names is kept.
     */
    @Test
    void aForcedImportDeletesTheSourceNoDocumentNamesAnyMore() throws Exception {
        Path content = folder.resolve("content");
        Path first = Files.writeString(folder.resolve("report.txt"), "A Field Report\n\nIt says one thing.\n");
        assertThat(importing(content, first, "field-report", false)).isZero();
        assertThat(importing(content, first, "field-report-copy", false)).as("a second document naming the same source").isZero();
        assertThat(content.resolve("sources/report.txt")).exists();

        // Changed under the same name: kept as report-2.txt; the copy still names report.txt.
        Path changed = Files.writeString(folder.resolve("report.txt"), "A Field Report\n\nIt says another thing.\n");
        assertThat(importing(content, changed, "field-report", true)).isZero();
        assertThat(content.resolve("sources/report-2.txt")).exists();
        assertThat(content.resolve("sources/report.txt")).as("field-report-copy still names it").exists();

        // Now the copy too: report.txt is named by no document, so it goes.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int imported = App.run(List.of("import", changed.toString(), "--content", content.toString(), "--slug",
                        "field-report-copy", "--force"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true,
                        StandardCharsets.UTF_8));
        assertThat(imported).isZero();
        assertThat(content.resolve("sources/report.txt")).doesNotExist();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("deleted " + content.resolve("sources/report.txt")
                + ": the document that named it was replaced, and no document names it now");
        try (var listing = Files.list(content.resolve("sources"))) {
            assertThat(listing.map(path -> path.getFileName().toString())).containsExactly("report-2.txt");
        }
        assertThat(App.run(List.of("check", "--content", content.toString()), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(new ByteArrayOutputStream()))).isZero();
    }

    /**
     * A replaced document saved with a byte-order mark names its source as any other does; while a
     * document of the folder cannot be read, what it names is unknown, so no source is deleted.
     */
    @Test
    void aSourceIsDeletedOnlyWhenEveryDocumentSaysWhatItNames() throws Exception {
        Path content = folder.resolve("content");
        Path first = Files.writeString(folder.resolve("memo.txt"), "A Field Memo\n\nIt says one thing.\n");
        assertThat(importing(content, first, "field-memo", false)).isZero();
        Path document = content.resolve("documents/field-memo.md");
        Files.writeString(document, "\uFEFF" + Files.readString(document));

        Path broken = Files.writeString(content.resolve("documents/broken.md"), "not a document\n");
        Path changed = Files.writeString(folder.resolve("memo.txt"), "A Field Memo\n\nIt says another thing.\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(App.run(List.of("import", changed.toString(), "--content", content.toString(), "--slug", "field-memo",
                        "--force"), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))).as("kept: it adds no problem").isZero();
        assertThat(content.resolve("sources/memo.txt")).as("broken.md might name it").exists();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot be read, so the sources no document names are not"
                + " known; none was deleted");

        Files.delete(broken);
        Files.writeString(document, "\uFEFF" + Files.readString(document).replace("memo-2.txt", "memo.txt"));
        Path again = Files.writeString(folder.resolve("memo.txt"), "A Field Memo\n\nIt says a third thing.\n");
        assertThat(importing(content, again, "field-memo", true)).isZero();
        assertThat(content.resolve("sources/memo.txt")).as("named by the replaced document, behind its mark").doesNotExist();
    }

    /** A forced import taken back leaves the source the replaced document named where it was. */
    @Test
    void aForcedImportTakenBackKeepsTheReplacedDocumentsSource() throws Exception {
        Path content = folder.resolve("content");
        TestApp.copy(Path.of("content"), content);
        Path replaced = content.resolve("documents/why-terrorist-actors-cooperate.md");
        String source = org.concordance.content.NamedSources.of(Files.readString(replaced)).orElseThrow();
        Path file = Files.writeString(folder.resolve("plain.txt"), "A Plain Text\n\nIt has one paragraph only.\n");
        assertThat(importing(content, file, "why-terrorist-actors-cooperate", true)).as("taken back: check fails").isEqualTo(1);
        assertThat(content.resolve("sources").resolve(source)).exists();
    }

    private static int importing(Path content, Path file, String slug, boolean force) {
        List<String> args = new java.util.ArrayList<>(List.of("import", file.toString(), "--content", content.toString(),
                "--slug", slug));
        if (force) {
            args.add("--force");
        }
        return App.run(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }
}
