package org.concordance.citations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.concordance.bench.LibraryGenerator;
import org.concordance.content.ContentLoader;
import org.concordance.content.Document;
import org.concordance.content.Library;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bibliography made again from an earlier one for edited notes ({@link EditedNotes}) is the one
 * resolving every note gives: for every edit of a page cited and every edit of what a note cites, in
 * the first documents of a generated library, whichever way each is taken.
 */
class EditedNotesTest {
    /** A note line: its label, then its text. */
    private static final Pattern NOTE = Pattern.compile("(?m)^\\[\\^([^\\]]+)\\]: (.*)$");
    /** The page a note cites, at its end: ", 144." */
    private static final Pattern PINPOINT = Pattern.compile(", (\\d+)\\.$");

    @TempDir
    static Path content;
    private static Library library;
    private static Bibliography bibliography;
    private static References references;
    /** The library as read, for reading it again as the app does: only the files changed since are parsed. */
    private static ContentLoader.Earlier read;
    /** A file's time, moved on at each write, so the loader sees every edit as one. */
    private static long clock = System.currentTimeMillis();

    @BeforeAll
    static void generate() throws Exception {
        LibraryGenerator.generate(Path.of("content"), content, 120, 11);
        ContentLoader loader = new ContentLoader(content);
        ContentLoader.Fingerprint fingerprint = loader.take();
        library = loader.load(fingerprint);
        read = new ContentLoader.Earlier(library, fingerprint);
        references = References.of(library, content);
        bibliography = Bibliography.build(library, references);
    }

    @Test
    void editingThePageANoteCitesGivesTheBibliographyResolvingEveryNoteGives() throws Exception {
        int taken = 0;
        int resolvedAgain = 0;
        for (Path file : firstDocuments(3)) {
            String text = Files.readString(file);
            Matcher note = NOTE.matcher(text);
            while (note.find()) {
                Matcher page = PINPOINT.matcher(note.group(2));
                if (!page.find()) {
                    continue;
                }
                String edited = note.group(2).substring(0, page.start()) + ", " + (Integer.parseInt(page.group(1)) + 1) + ".";
                boolean patched = compare(file, text, text.substring(0, note.start(2)) + edited + text.substring(note.end(2)));
                taken += patched ? 1 : 0;
                resolvedAgain += patched ? 0 : 1;
            }
        }
        // Most are taken from the earlier bibliography; those that changed the citation a work's short form came from are not.
        assertThat(taken).isGreaterThan(10);
        assertThat(resolvedAgain).isGreaterThan(0);
    }

    @Test
    void editingWhatANoteCitesResolvesEveryNoteAgain() throws Exception {
        int compared = 0;
        for (Path file : firstDocuments(2)) {
            String text = Files.readString(file);
            Matcher note = NOTE.matcher(text);
            while (note.find()) {
                if (!note.group(2).contains("*")) {
                    continue; // an Ibid.: it cites no title
                }
                // Another title: a note that cited one work now cites another, or a new one.
                String edited = note.group(2).replaceFirst("\\*([^*]+)\\*", "*$1 Revisited*");
                assertThat(compare(file, text, text.substring(0, note.start(2)) + edited + text.substring(note.end(2))))
                        .as("taken from the earlier bibliography: %s", edited).isFalse();
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(5);
    }

    @Test
    void readAlikeComparesAllButTheTextAndThePage() {
        NoteParser parser = new NoteParser();
        Citation full = parser.parse(note("Ioana Müller, <em>Alliances of the Weak</em> (Washington, DC: Cambridge University Press, 1982), 331."))
                .citations().get(0);
        Citation otherPage = parser.parse(note("Ioana Müller, <em>Alliances of the Weak</em> (Washington, DC: Cambridge University Press, 1982), 12."))
                .citations().get(0);
        Citation otherYear = parser.parse(note("Ioana Müller, <em>Alliances of the Weak</em> (Washington, DC: Cambridge University Press, 1983), 331."))
                .citations().get(0);
        assertThat(EditedNotes.readAlike(full, otherPage)).isTrue();
        assertThat(EditedNotes.readAlike(full, otherYear)).isFalse();
    }

    private static org.concordance.content.Note note(String html) {
        return new org.concordance.content.Note("1", html, org.jsoup.Jsoup.parse(html).text(), List.of());
    }

    /**
     * Writes {@code edited} to {@code file}, reads the library again and builds its bibliography
     * both ways, asserts they are the same, and puts {@code original} back.
     *
     * @return whether the edit was taken from the earlier bibliography without resolving the notes
     */
    private static boolean compare(Path file, String original, String edited) throws Exception {
        write(file, edited);
        try {
            Library next = new ContentLoader(content).reusing(Optional.of(read)).load();
            assertThat(next.documents().stream().filter(d -> !library.documents().contains(d))).hasSize(1);
            Bibliography.Earlier earlier = new Bibliography.Earlier(library, bibliography);
            Optional<Bibliography> patched = EditedNotes.bibliography(earlier, next, references);
            Bibliography whole = Bibliography.build(next, references);
            assertThat(dump(Bibliography.build(next, references, Optional.of(earlier)), next))
                    .as("%s edited", file.getFileName()).isEqualTo(dump(whole, next));
            patched.ifPresent(b -> assertThat(dump(b, next)).isEqualTo(dump(whole, next)));
            return patched.isPresent();
        } finally {
            write(file, original);
        }
    }

    private static void write(Path file, String text) throws Exception {
        Files.writeString(file, text);
        clock += 2_000;
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(clock));
    }

    /** Everything a bibliography says, in its order. */
    private static String dump(Bibliography b, Library library) {
        StringBuilder out = new StringBuilder();
        for (Work work : b.works()) {
            out.append(work).append('\n').append(b.citationsOf(work.slug())).append('\n').append(b.mentionsOf(work.slug()))
                    .append('\n').append(b.authorsOf(work)).append('\n');
        }
        b.people().forEach(person -> out.append(person).append('\n'));
        for (Document document : library.documents()) {
            out.append(b.notes(document.slug())).append('\n').append(b.mentionsIn(document.slug())).append('\n');
        }
        out.append(b.find("Müller 1982")).append(b.find("331"));
        return out.toString();
    }

    private static List<Path> firstDocuments(int count) throws Exception {
        try (Stream<Path> files = Files.list(content.resolve("documents"))) {
            return new ArrayList<>(files.filter(f -> f.getFileName().toString().startsWith("generated-")).sorted().limit(count).toList());
        }
    }
}
