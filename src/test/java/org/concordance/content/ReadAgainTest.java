package org.concordance.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.concordance.TestApp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading the content again after a change ({@link ContentLoader#reusing}): the library is the one
 * a first read of the same files gives, while only the changed document files are parsed again
 * and the others, with their mentions, are the earlier library's very objects. A copy of the
 * bundled content in a temporary folder, edited as an editor would.
 */
class ReadAgainTest {
    private static final String EDITED = "documents/why-terrorist-actors-cooperate.md";
    private static final String SENTENCE = "But why do these groups cooperate in the first place?";

    @TempDir
    Path folder;
    private Path content;
    private ContentLoader loader;
    private ContentLoader.Fingerprint firstFingerprint;
    private Library first;

    @BeforeEach
    void readOnce() throws Exception {
        content = folder.resolve("content");
        TestApp.copy(Path.of("content"), content);
        loader = new ContentLoader(content);
        firstFingerprint = loader.take();
        first = loader.load(firstFingerprint);
    }

    /** The content read again as the watcher does, reusing the first read. */
    private Library readAgain() throws ContentException {
        ContentLoader again = loader.reusing(Optional.of(new ContentLoader.Earlier(first, firstFingerprint)));
        return again.load(again.take());
    }

    private Document document(Library library, String slug) {
        return library.document(slug).orElseThrow();
    }

    private List<Mention> mentions(Library library, String slug) {
        return library.mentions().stream().filter(m -> m.document().equals(slug)).toList();
    }

    @Test
    void onlyTheChangedDocumentIsParsedAgainAndTheLibraryIsAsIfReadAfresh() throws Exception {
        edit(EDITED, SENTENCE, "But why do these groups cooperate with the Taliban in the first place?");

        Library again = readAgain();

        assertThat(again).isEqualTo(new ContentLoader(content).load());
        assertThat(again).isNotEqualTo(first);
        assertThat(document(again, "why-terrorist-actors-cooperate"))
                .isNotSameAs(document(first, "why-terrorist-actors-cooperate"));
        for (String unchanged : List.of("allies-poised-to-help-the-islamic-state-recover", "journal-excerpt-on-terrorist-affiliations")) {
            assertThat(document(again, unchanged)).isSameAs(document(first, unchanged));
            assertThat(mentions(again, unchanged)).isEqualTo(mentions(first, unchanged)).isNotEmpty();
        }
        // The unchanged documents' mentions are taken from the earlier library, not found again: an
        // earlier library missing one of them passes the gap on.
        String unchanged = "journal-excerpt-on-terrorist-affiliations";
        first = withoutLastMentionOf(first, unchanged);
        List<Mention> taken = mentions(readAgain(), unchanged);
        assertThat(taken).isEqualTo(mentions(first, unchanged)).hasSize(mentions(again, unchanged).size() - 1);
    }

    /**
     * A restart that finds a change reads the content again against the library the last run kept,
     * whose texts are read only when first asked for: the quotations of the concepts and relations
     * from documents that did not change are not looked for again in their texts, which stay unread.
     */
    @Test
    void quotationsFromUnchangedDocumentsAreNotLookedForAgain() throws Exception {
        first = new Library(first.documents().stream().map(d -> new Document(d.slug(), d.metadata(), d.figure(),
                d.passages(), Deferred.later(() -> d.body().get()))).toList(), first.concepts(), first.entities(),
                first.mentions(), first.relations(), first.references(), first.fingerprint());
        edit(EDITED, SENTENCE, "But why do these groups cooperate with the Taliban in the first place?");

        Library again = readAgain();

        List<String> quoted = java.util.stream.Stream.concat(first.concepts().stream().map(Concept::quotation),
                first.relations().stream().flatMap(r -> r.evidence().stream())).map(Quotation::document).distinct()
                .filter(slug -> !EDITED.equals("documents/" + slug + ".md")).toList();
        assertThat(quoted).isNotEmpty();
        for (String slug : quoted) {
            assertThat(document(again, slug)).isSameAs(document(first, slug));
            assertThat(document(first, slug).body().isMade()).as(slug).isFalse();
        }
        // Compared last: comparing reads every text.
        assertThat(again).isEqualTo(new ContentLoader(content).load());
    }

    /** {@code library} with the last mention of the document left out, as if the finder had missed it. */
    private static Library withoutLastMentionOf(Library library, String slug) {
        List<Mention> mentions = new java.util.ArrayList<>(library.mentions());
        for (int i = mentions.size() - 1; i >= 0; i--) {
            if (mentions.get(i).document().equals(slug)) {
                mentions.remove(i);
                break;
            }
        }
        return new Library(library.documents(), library.concepts(), library.entities(), mentions, library.relations(),
                library.references(), library.fingerprint());
    }

    /**
     * A concept's text or definition edited, its names as they were: every mention is as before
     * (they depend only on the texts and the entries' names and phrases), so they are taken from
     * the earlier library, not found again in every text (at 10,003 documents, each read back
     * from the snapshot).
     */
    @Test
    void aGlossaryEditThatChangesNoNameTakesEveryMentionAsItWas() throws Exception {
        edit("concepts/caliphate.md", "while the alliance network built around it survives",
                "while the network of alliances built around it survives");
        edit("concepts/caliphate.md", "claimed to have restored in 2014.", "claimed to have restored in June 2014.");

        Library again = readAgain();

        assertThat(again).isEqualTo(new ContentLoader(content).load());
        assertThat(again.concepts()).isNotEqualTo(first.concepts());
        String unchanged = "journal-excerpt-on-terrorist-affiliations";
        assertThat(mentions(again, unchanged)).isEqualTo(mentions(first, unchanged));
        // Taken from the earlier library: a gap in it is passed on.
        first = withoutLastMentionOf(first, unchanged);
        assertThat(mentions(readAgain(), unchanged)).isEqualTo(mentions(first, unchanged));
    }

    @Test
    void aNameAddedToTheGlossaryFindsEveryMentionAgain() throws Exception {
        edit("concepts/caliphate.md", "variants: []", "variants: [caliphates]");

        Library again = readAgain();

        assertThat(again).isEqualTo(new ContentLoader(content).load());
        String unchanged = "journal-excerpt-on-terrorist-affiliations";
        assertThat(document(again, unchanged)).isSameAs(document(first, unchanged));
        assertThat(mentions(again, unchanged)).isEqualTo(mentions(first, unchanged));
        // Found again, not taken from the earlier library: a gap in it is not passed on.
        first = withoutLastMentionOf(first, unchanged);
        assertThat(mentions(readAgain(), unchanged)).isEqualTo(mentions(again, unchanged));
    }

    @Test
    void aDocumentAddedAndThenRemovedIsFollowed() throws Exception {
        Path added = content.resolve("documents/a-second-copy.md");
        Files.copy(content.resolve(EDITED), added);

        Library withCopy = readAgain();
        assertThat(withCopy).isEqualTo(new ContentLoader(content).load());
        assertThat(withCopy.document("a-second-copy")).isPresent();
        assertThat(mentions(withCopy, "a-second-copy")).isNotEmpty();

        first = withCopy;
        firstFingerprint = loader.take();
        Files.delete(added);
        Library without = readAgain();
        assertThat(without).isEqualTo(new ContentLoader(content).load());
        assertThat(without.document("a-second-copy")).isEmpty();
        assertThat(mentions(without, "a-second-copy")).isEmpty();
    }

    @Test
    void anEditorsBackupsAndSwapFilesBesideTheContentAreNotReadAsContent() throws Exception {
        // What Emacs, Vim, gedit and Kate leave beside a file they save: none is the library's.
        String document = Files.readString(content.resolve(EDITED));
        String concept = Files.readString(content.resolve("concepts/caliphate.md"));
        Files.writeString(content.resolve(EDITED + "~"), document);
        Files.writeString(content.resolve("documents/#why-terrorist-actors-cooperate.md#"), document);
        Files.writeString(content.resolve("documents/.why-terrorist-actors-cooperate.md.swp"), "swap");
        Files.writeString(content.resolve("concepts/caliphate.md~"), concept);
        Files.writeString(content.resolve("concepts/#caliphate.md#"), concept);
        Files.createDirectories(content.resolve("documents/backups~"));
        Files.writeString(content.resolve("documents/backups~/old.txt"), "not a document");

        assertThat(loader.take()).isEqualTo(firstFingerprint);
        assertThat(new ContentLoader(content).load()).isEqualTo(first);
        edit(EDITED, SENTENCE, "But why do these groups cooperate with the Taliban in the first place?");
        Library again = readAgain();
        assertThat(again).isEqualTo(new ContentLoader(content).load());
        assertThat(again).isNotEqualTo(first);
    }

    @Test
    void aFolderOrALoopingLinkAmongTheDocumentsChangesTheFingerprintAndIsReportedByName() throws Exception {
        Path folderInside = content.resolve("documents/drafts");
        Files.createDirectories(folderInside);
        Path loopA = content.resolve("documents/loop-a.md");
        Path loopB = content.resolve("documents/loop-b.md");
        Files.createSymbolicLink(loopA, loopB.getFileName());
        Files.createSymbolicLink(loopB, loopA.getFileName());
        Path conceptFolder = content.resolve("concepts/more");
        Files.createDirectories(conceptFolder);

        // Else a watched library notices none of them until an unrelated edit, then refuses that edit.
        assertThat(loader.take().value()).isNotEqualTo(firstFingerprint.value());
        // Every one at once, by file: the glossary is read though the documents have problems.
        List<ContentError> problems = problems(new ContentLoader(content));
        assertThat(problems).extracting(ContentError::file).containsExactly(conceptFolder, folderInside, loopA, loopB);
        assertThat(problems.get(0).message()).isEqualTo("a folder in concepts/, which holds one Markdown file (.md) per "
                + "concept: move the folder out of concepts/");
        assertThat(problems.get(1).message()).isEqualTo("a folder in documents/, which holds one Markdown file (.md) per "
                + "document: move the folder out of documents/");
        assertThat(problems.subList(2, 4)).extracting(ContentError::message)
                .allSatisfy(message -> assertThat(message).startsWith("cannot read the file: too many levels of symbolic links"));

        for (Path path : List.of(folderInside, loopA, loopB, conceptFolder)) {
            Files.delete(path);
        }
        assertThat(loader.take()).isEqualTo(firstFingerprint);
    }

    @Test
    void everyFileThatCannotBeReadIsNamedWithWhy() throws Exception {
        Path document = content.resolve(EDITED);
        Path people = content.resolve("people.yaml");
        assertThat(document.toFile().setReadable(false)).isTrue();
        assertThat(people.toFile().setReadable(false)).isTrue();
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(document), "run as a user who can read anything");
            assertThat(problems(new ContentLoader(content))).extracting(ContentError::file, ContentError::message)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(document, "cannot read the file: permission denied"),
                            org.assertj.core.groups.Tuple.tuple(people, "cannot read the file: permission denied"));
        } finally {
            document.toFile().setReadable(true);
            people.toFile().setReadable(true);
        }
    }

    private static List<ContentError> problems(ContentLoader loader) {
        try {
            loader.load();
        } catch (ContentException e) {
            return e.errors();
        }
        throw new AssertionError("the content was accepted");
    }

    @Test
    void aDocumentWhoseRawTextIsGoneIsReportedAtItsLine() throws Exception {
        String source = document(first, "why-terrorist-actors-cooperate").metadata().sourceFile();
        Files.delete(content.resolve("sources").resolve(source));

        List<ContentError> problems = readAgainProblems();

        assertThat(problems).anySatisfy(problem -> {
            assertThat(problem.file()).isEqualTo(content.resolve(EDITED));
            assertThat(problem.line()).isPositive();
            assertThat(problem.message()).contains(source);
        });
    }

    @Test
    void aFileChangedAfterItsFingerprintWasTakenIsParsedAgainNextTime() throws Exception {
        // The first read took the fingerprint, then the editor saved before the file was parsed.
        ContentLoader.Fingerprint taken = loader.take();
        edit(EDITED, SENTENCE, "But why do these groups ever cooperate in the first place?");
        Library read = loader.load(taken);
        first = read;
        firstFingerprint = taken;

        Library again = readAgain();

        assertThat(document(again, "why-terrorist-actors-cooperate")).isNotSameAs(document(read, "why-terrorist-actors-cooperate"));
        assertThat(again).isEqualTo(new ContentLoader(content).load());
    }

    private List<ContentError> readAgainProblems() {
        try {
            readAgain();
        } catch (ContentException e) {
            return e.errors();
        }
        throw new AssertionError("the content was accepted");
    }

    private void edit(String file, String from, String to) throws IOException {
        Path path = content.resolve(file);
        String text = Files.readString(path);
        assertThat(text).contains(from);
        Files.writeString(path, text.replace(from, to));
    }
}
