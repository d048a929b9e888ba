package org.concordance.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The content's fingerprint with the files' digests remembered: the same fingerprint as with
 * every file read, files whose state is unchanged not read again, and any write noticed, even one
 * that sets the modification time back. Real files in a temporary folder; the settling time is
 * zero here except where it is what is tested, so the files just written count as settled.
 */
class FileDigestsTest {
    @TempDir
    Path folder;
    private Path content;
    private Path kept;

    @BeforeEach
    void writeContent() throws IOException {
        content = Files.createDirectories(folder.resolve("content"));
        Files.createDirectories(content.resolve("documents"));
        for (int i = 1; i <= 3; i++) {
            Files.writeString(content.resolve("documents/text-" + i + ".md"), "Paragraph " + i + " on القاعدة and ЛТТЭ.\n");
        }
        kept = folder.resolve("data/content.digests");
        Files.createDirectories(kept.getParent());
    }

    private String fingerprint(FileDigests digests) throws ContentException {
        return new ContentLoader(content, ReferencesCheck.NONE, Progress.NONE, digests).fingerprint();
    }

    private FileDigests kept() {
        return FileDigests.keptIn(kept, Duration.ZERO);
    }

    @Test
    void unchangedFilesAreNotReadAgainAndGiveTheSameFingerprint() throws Exception {
        String everyFileRead = fingerprint(FileDigests.none());
        FileDigests first = kept();
        assertThat(fingerprint(first)).isEqualTo(everyFileRead);
        assertThat(first.reads()).isEqualTo(3);

        FileDigests next = kept(); // the next start: read back from the data folder
        assertThat(fingerprint(next)).isEqualTo(everyFileRead);
        assertThat(next.reads()).isZero();
    }

    @Test
    void aFileRewrittenWithItsSizeAndModificationTimeKeptIsReadAgain() throws Exception {
        fingerprint(kept());
        Path file = content.resolve("documents/text-2.md");
        FileTime modified = Files.getLastModifiedTime(file);
        String before = Files.readString(file);
        Files.writeString(file, before.replace("Paragraph", "Paragrafo")); // the same size
        Files.setLastModifiedTime(file, modified); // as touch -d, cp -p or rsync -t leave it

        FileDigests next = kept();
        assertThat(fingerprint(next)).isEqualTo(fingerprint(FileDigests.none())).isNotEqualTo(withText(file, before));
        assertThat(next.reads()).isEqualTo(1);
    }

    private String withText(Path file, String text) throws Exception {
        String now = Files.readString(file);
        Files.writeString(file, text);
        try {
            return fingerprint(FileDigests.none());
        } finally {
            Files.writeString(file, now);
        }
    }

    @Test
    void aFileJustWrittenIsNotRememberedUntilItHasSettled() throws Exception {
        FileDigests first = FileDigests.keptIn(kept, FileDigests.SETTLED);
        fingerprint(first);

        FileDigests next = FileDigests.keptIn(kept, FileDigests.SETTLED);
        fingerprint(next);
        assertThat(next.reads()).as("written within two seconds of being read: read again").isEqualTo(3);
    }

    @Test
    void removedAndAddedFilesAreFollowed() throws Exception {
        fingerprint(kept());
        Files.delete(content.resolve("documents/text-1.md"));
        Files.writeString(content.resolve("documents/text-4.md"), "A fourth.\n");

        FileDigests next = kept();
        assertThat(fingerprint(next)).isEqualTo(fingerprint(FileDigests.none()));
        assertThat(next.reads()).isEqualTo(1);
        assertThat(Files.readString(kept)).doesNotContain("text-1.md").contains("text-4.md");
    }

    @Test
    void digestsThatCannotBeReadAreForgottenAndEveryFileIsRead() throws Exception {
        String everyFileRead = fingerprint(FileDigests.none());
        fingerprint(kept());
        Files.writeString(kept, Files.readString(kept).replaceFirst("[0-9a-f]{64} ", "z".repeat(64) + " "), StandardCharsets.UTF_8);

        FileDigests next = kept();
        assertThat(fingerprint(next)).isEqualTo(everyFileRead);
        assertThat(next.reads()).isEqualTo(3);
        assertThat(kept().reads()).isZero(); // written whole again
        FileDigests again = kept();
        fingerprint(again);
        assertThat(again.reads()).isZero();
    }

    @Test
    void hiddenFilesAndFoldersAndEditorsBackupsAreNotContentButALinkToAFileIs() throws Exception {
        String before = fingerprint(kept());
        Files.writeString(content.resolve("documents/.text-1.md.swp"), "swap");
        Files.writeString(content.resolve("documents/text-1.md~"), "backup");
        Files.createDirectories(content.resolve(".git/objects"));
        Files.writeString(content.resolve(".git/objects/ab"), "object");
        Files.createDirectories(content.resolve("documents/~old"));
        Files.writeString(content.resolve("documents/~old/text-9.md"), "old");
        assertThat(fingerprint(kept())).isEqualTo(before);

        Path elsewhere = Files.writeString(folder.resolve("shared.md"), "Shared.\n");
        Files.createSymbolicLink(content.resolve("documents/shared.md"), elsewhere);
        assertThat(fingerprint(kept())).isNotEqualTo(before);
        Files.writeString(elsewhere, "Shared, changed.\n");
        assertThat(fingerprint(kept())).isEqualTo(fingerprint(FileDigests.none()));
    }

    @Test
    void aNameWithALineBreakIsReadEachTimeAndLeavesTheListReadable() throws Exception {
        Files.writeString(content.resolve("documents/two\nlines.md"), "Odd name.\n");
        fingerprint(kept());

        FileDigests next = kept();
        assertThat(fingerprint(next)).isEqualTo(fingerprint(FileDigests.none()));
        assertThat(next.reads()).isEqualTo(1);
    }
}
