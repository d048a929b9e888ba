package org.concordance.citations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    /**
     * The notes citing a work are listed in library order, then note order, as made from the notes
     * when first asked for; the lists made otherwise are compared with these ({@link #compare}).
     */
    @Test
    void theNotesCitingAWorkFollowTheLibrarysOrder() throws Exception {
        Bibliography built = Bibliography.build(library, references);
        Map<String, Integer> place = new java.util.HashMap<>();
        library.documents().forEach(d -> place.put(d.slug(), place.size()));
        int acrossDocuments = 0;
        for (Work work : built.works()) {
            List<NoteCitation> citing = built.citationsOf(work.slug());
            for (int i = 1; i < citing.size(); i++) {
                NoteCitation before = citing.get(i - 1);
                NoteCitation after = citing.get(i);
                assertThat(place.get(before.documentSlug())).as(work.slug()).isLessThanOrEqualTo(place.get(after.documentSlug()));
                if (before.documentSlug().equals(after.documentSlug())) {
                    List<String> labels = built.notes(before.documentSlug()).stream().map(ResolvedNote::label).toList();
                    assertThat(labels.indexOf(before.noteLabel())).as(work.slug())
                            .isLessThanOrEqualTo(labels.indexOf(after.noteLabel()));
                } else {
                    acrossDocuments++;
                }
            }
        }
        assertThat(acrossDocuments).as("pairs of notes citing a work from two documents").isGreaterThan(5);
    }

    @Test
    void anEditToWhatANoteCitesLooksUpOnlyTheDocumentsItCanReach() throws Exception {
        // The first document's last full note, its title made longer: the documents after it that
        // cite that title (or one it begins) by an author of that family are looked up again.
        Path file = firstDocuments(1).get(0);
        String text = Files.readString(file);
        Matcher note = NOTE.matcher(text);
        String edited = null;
        while (note.find()) {
            if (note.group(2).matches(".*\\*[^*]+\\* \\(.*")) {
                edited = text.substring(0, note.start(2)) + note.group(2).replaceFirst("\\*([^*]+)\\*", "*$1 Revisited*")
                        + text.substring(note.end(2));
            }
        }
        assertThat(edited).as("a full note citing a book").isNotNull();
        write(file, edited);
        try {
            Library next = new ContentLoader(content).reusing(Optional.of(read)).load();
            Bibliography followed = Bibliography.build(next, references, Optional.of(new Bibliography.Earlier(library, bibliography)));
            assertThat(dump(followed, next)).isEqualTo(dump(Bibliography.build(next, references), next));
            assertThat(followed.documentsLookedUp()).isPositive().isLessThan(next.documents().size() / 2);
        } finally {
            write(file, text);
        }
    }

    @Test
    void anEditOfManyTitlesAtOnceResolvesAsResolvingEveryNoteDoes() throws Exception {
        // Every full note of the first documents cites a lengthened title in one edit: more works
        // are dirty in that build than the replay compares one by one, so a title's first words
        // are looked up instead (Replay.FEW). Each file's notes are put back after.
        List<Path> files = firstDocuments(12);
        java.util.Map<Path, String> originals = new java.util.HashMap<>();
        int edited = 0;
        try {
            for (Path file : files) {
                String text = Files.readString(file);
                StringBuilder changed = new StringBuilder();
                Matcher note = NOTE.matcher(text);
                while (note.find()) {
                    String body = note.group(2);
                    String lengthened = body.replaceFirst("^([^*]*)\\*([^*]+)\\* \\(", "$1*$2 Revisited* (");
                    edited += lengthened.equals(body) ? 0 : 1;
                    note.appendReplacement(changed, Matcher.quoteReplacement("[^" + note.group(1) + "]: " + lengthened));
                }
                note.appendTail(changed);
                originals.put(file, text);
                write(file, changed.toString());
            }
            ContentLoader reading = new ContentLoader(content).reusing(Optional.of(read));
            Library next = reading.load(reading.take());
            Bibliography following = Bibliography.build(next, references, Optional.of(new Bibliography.Earlier(library, bibliography)));
            assertThat(edited).as("full notes edited").isGreaterThan(16);
            assertThat(following.documentsLookedUp()).as("documents looked up").isLessThan(next.documents().size());
            assertThat(dump(following, next)).isEqualTo(dump(Bibliography.build(next, references), next));
        } finally {
            for (java.util.Map.Entry<Path, String> original : originals.entrySet()) {
                write(original.getKey(), original.getValue());
            }
        }
    }

    @Test
    void anyEditOfTheNotesResolvesAsResolvingEveryNoteDoes() throws Exception {
        // Seeded edits of every kind to notes all through the library, one after another, each
        // bibliography built from the one before as a watched app builds it, and compared with a
        // whole resolution: titles lengthened, shortened and swapped, authors changed, a page
        // cited changed, a year changed, a note made an Ibid., a short form or an author and page,
        // a note replaced by another note of the library (the bundled texts' too), notes added.
        java.util.Random random = new java.util.Random(20261205);
        List<String> elsewhere = new ArrayList<>();
        try (Stream<Path> all = Files.list(content.resolve("documents"))) {
            for (Path document : all.sorted().toList()) {
                Matcher note = NOTE.matcher(Files.readString(document));
                while (note.find()) {
                    elsewhere.add(note.group(2));
                }
            }
        }
        List<Path> files = firstDocuments(Integer.MAX_VALUE);
        List<String> titles = List.of("Alliances of the Weak", "Partners of Necessity", "Rivals", "Networks of Faith",
                "Pledges of Survival Revisited", "Affiliates");
        java.util.Map<Path, String> originals = new java.util.HashMap<>();
        Library now = library;
        Bibliography built = bibliography;
        ContentLoader.Earlier readNow = read;
        int compared = 0;
        int followed = 0;
        try {
            for (int round = 0; round < 40; round++) {
                Path file = files.get(random.nextInt(files.size()));
                String text = Files.readString(file);
                List<int[]> spans = new ArrayList<>();
                Matcher note = NOTE.matcher(text);
                while (note.find()) {
                    spans.add(new int[] {note.start(2), note.end(2)});
                }
                if (spans.isEmpty()) {
                    continue;
                }
                int[] span = spans.get(random.nextInt(spans.size()));
                String body = text.substring(span[0], span[1]);
                String changed = switch (random.nextInt(12)) {
                    case 8, 9 -> elsewhere.get(random.nextInt(elsewhere.size()));
                    case 10 -> body.replaceFirst("^(?:\\p{L}+ )?(\\p{L}+),? .*$", "$1, 12.");
                    case 11 -> body.replaceFirst("\\((\\d{4})\\)|, (\\d{4})\\)", ", 1999)");
                    case 0 -> body.replaceFirst("\\*([^*]+)\\*", "*$1 Revisited*");
                    case 1 -> body.replaceFirst("[*“]([^*”]+?)( of [^*”]+)[*”]", "*$1*");
                    case 2 -> body.replaceFirst("[*“][^*”]+[*”]", "*" + titles.get(random.nextInt(titles.size())) + "*");
                    case 3 -> body.replaceFirst("^(\\p{L}+ )?\\p{L}+", "Anna Horowitz");
                    case 4 -> "Ibid., 12.";
                    case 5 -> "Moghadam, *Alliances of the Weak*, 7.";
                    case 6 -> body.replaceFirst("\\d+\\.$", "1.");
                    default -> null;
                };
                // Else a note added: its marker after the first, its text after the last note.
                String edited = changed != null ? text.substring(0, span[0]) + changed + text.substring(span[1])
                        : text.replaceFirst("\\[\\^1\\](?!:)", "[^1][^" + (900 + round) + "]")
                                + "\n[^" + (900 + round) + "]: Jo Byman, *Rivals of Faith* (London: Routledge, 2001), 3.\n";
                if (edited.equals(text)) {
                    continue;
                }
                originals.putIfAbsent(file, text);
                write(file, edited);
                ContentLoader reading = new ContentLoader(content).reusing(Optional.of(readNow));
                ContentLoader.Fingerprint fingerprint = reading.take();
                Library next = reading.load(fingerprint);
                Bibliography following = Bibliography.build(next, references, Optional.of(new Bibliography.Earlier(now, built)));
                assertThat(dump(following, next)).as("round %d, %s: %s", round, file.getFileName(), changed)
                        .isEqualTo(dump(Bibliography.build(next, references), next));
                compared++;
                followed += following.documentsLookedUp() > 0 && following.documentsLookedUp() < next.documents().size() ? 1 : 0;
                now = next;
                built = following;
                readNow = new ContentLoader.Earlier(next, fingerprint);
            }
        } finally {
            for (java.util.Map.Entry<Path, String> original : originals.entrySet()) {
                write(original.getKey(), original.getValue());
            }
        }
        assertThat(compared).isGreaterThan(25);
        assertThat(followed).isGreaterThan(10);
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
            // Which notes cite each work is made again from the lists before when they were made,
            // and from the notes when they were not: both give what resolving every note gives.
            Bibliography asked = Bibliography.build(library, references);
            asked.citationsOf(asked.works().get(0).slug());
            Bibliography unasked = Bibliography.build(library, references);
            for (Bibliography before : List.of(asked, unasked)) {
                EditedNotes.bibliography(new Bibliography.Earlier(library, before), next, references)
                        .ifPresent(b -> assertThat(dump(b, next)).isEqualTo(dump(whole, next)));
            }
            assertThat(asked.citedWorksMade()).isTrue();
            assertThat(unasked.citedWorksMade()).isFalse();
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
