package org.concordance.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code import} prints for each file, and its progress over many files. */
class ImportCommandTest {
    @TempDir
    Path content;

    @Test
    void importingTheSeedsSaysWhatWasFoundRemovedAndKept() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<Path> seeds = List.of(Path.of("content/sources/000_b3c6bf59340cd15f.txt"),
                Path.of("content/sources/001_d759598a5038f35b.txt"), Path.of("content/sources/002_0c3171b756b2bd4c.txt"));
        int exit = ImportCommand.run(seeds, content, Given.NONE, false, Optional::empty, Imports.TODAY,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), false);
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(printed + err).isZero();
        assertThat(printed).contains(
                "content/sources/000_b3c6bf59340cd15f.txt -> " + content.resolve("documents/000-b3c6bf59340cd15f.md"),
                "  label    Excerpt from International Journal on Criminology 7, no. 2 (title not given in the text)",
                "  kind     journal-article (a running head names a journal, its volume and number)",
                "  venue    International Journal on Criminology 7, no. 2, p. 21",
                "  found    6 notes (14–19) at the end of the text, 6 of them cited by a marker",
                "  removed  the journal's name repeated before the text: “International Journal on Criminology”",
                "  removed  page number: “12”",
                "  title    Why Terrorist Actors Cooperate",
                "  byline   Guest post by Assaf Moghadam.",
                "  kind     blog-post (the byline says it is a guest post)",
                "  text     14 paragraphs, 3 headings, no notes",
                "  found    a figure caption",
                "  found    the author's biography",
                "  removed  comment count (and the rest of the page after it): “3 comments”",
                "  removed  after it: “Leave a Reply”",
                "  authors  Tricia Bacon",
                "  found    an editor's introduction (standfirst)",
                "  removed  a stray number glued to the first word: “15818”",
                "  removed  events widget (and the rest of the page after it): “Forthcoming Events”",
                "  url      not stated (give it with --url when you know it)",
                "  source   kept as " + content.resolve("sources/002_0c3171b756b2bd4c.txt"),
                "imported 3 files into " + content);
        assertThat(err.toString(StandardCharsets.UTF_8)).as("three files print no progress outside a terminal").isEmpty();
    }

    /** An article's page range is "pp." in what the import prints, as one page is "p." (it printed "p. 289–305"). */
    @Test
    void aPageRangeIsPrintedAsPages(@TempDir Path inbox) throws Exception {
        Path copied = inbox.resolve("article.txt");
        java.nio.file.Files.writeString(copied, """
                Studies in Conflict & Terrorism, 38:4, 289–305, 2015

                Shared Sanctuary and the Logic of Militant Alliances

                Elena Marchetti and David R. Okafor

                In the summer of 2008, the group's leaders depended on a network for protection, transport and recruits.

                The relationship was neither new nor uncontroversial, and it lasted for many years after that summer.
                """);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = ImportCommand.run(List.of(copied), content, Given.NONE, false, Optional::empty, Imports.TODAY,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), false);
        assertThat(exit).as(out.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("  venue    Studies in Conflict & Terrorism 38, no. 4, pp. 289–305");
    }

    /** A copied text states no address; the reader gives it, and the document keeps it for its citations. */
    @Test
    void theAddressGivenWithUrlIsKeptAndSaidWhereItCameFrom() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Path seed = Path.of("content/sources/001_d759598a5038f35b.txt");
        String address = "https://blog.example.org/2017/05/why-terrorist-actors-cooperate/";
        int exit = ImportCommand.run(List.of(seed), content, new Given(Optional.empty(), Optional.of(address)), false, Optional::empty,
                Imports.TODAY, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), false);
        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("  url      " + address + " (given with --url)\n");
        assertThat(java.nio.file.Files.readString(content.resolve("documents/why-terrorist-actors-cooperate.md")))
                .contains("\nurl: " + address + "\n");
    }

    @Test
    void theFilesWrittenHaveThePermissionsAnyNewFileThereGets() throws Exception {
        // Not only their owner's (as a temporary file's are): the app may run as another user.
        Path seed = Path.of("content/sources/001_d759598a5038f35b.txt");
        int exit = ImportCommand.run(List.of(seed), content, Given.NONE, false, Optional::empty, Imports.TODAY,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), false);
        assertThat(exit).isZero();
        Path plain = java.nio.file.Files.createFile(content.resolve("documents/plain.txt"));
        var expected = java.nio.file.Files.getPosixFilePermissions(plain);
        assertThat(expected).as("a new file's permissions, from the umask").isNotEmpty();
        try (var written = java.nio.file.Files.list(content.resolve("documents"))) {
            for (Path file : written.filter(f -> f.toString().endsWith(".md")).toList()) {
                assertThat(java.nio.file.Files.getPosixFilePermissions(file)).as(file.toString()).isEqualTo(expected);
            }
        }
        try (var kept = java.nio.file.Files.list(content.resolve("sources"))) {
            for (Path file : kept.toList()) {
                assertThat(java.nio.file.Files.getPosixFilePermissions(file)).as(file.toString()).isEqualTo(expected);
            }
        }
    }

    @Test
    void onATerminalProgressRewritesOneLine() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        AtomicLong clock = new AtomicLong();
        Progress progress = new Progress(new PrintStream(err, true, StandardCharsets.UTF_8), true, 3, clock::get);
        clock.set(1_000_000_000L);
        progress.done(1);
        progress.clear();
        clock.set(2_000_000_000L);
        progress.done(2);
        clock.set(3_000_000_000L);
        progress.done(3);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo(
                "\r\033[K1 of 3 files done (1.0 files/s, about 2 s left)\r\033[K"
                        + "\r\033[K2 of 3 files done (1.0 files/s, about 1 s left)"
                        + "\r\033[K3 of 3 files done (1.0 files/s)\n");
    }

    @Test
    void inALogProgressIsAPlainLineNowAndThen() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        AtomicLong clock = new AtomicLong();
        Progress progress = new Progress(new PrintStream(err, true, StandardCharsets.UTF_8), false, 12, clock::get);
        for (int done = 1; done <= 12; done++) {
            clock.set(done * 1_000_000_000L);
            progress.done(done);
        }
        assertThat(err.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly(
                "5 of 12 files done (1.0 files/s, about 7 s left)",
                "10 of 12 files done (1.0 files/s, about 2 s left)",
                "12 of 12 files done (1.0 files/s)");
    }
}
