package org.concordance.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * What in a content folder is the library's and what is only lying there: the one rule every
 * listing of the folder follows (the fingerprint, {@code documents/}, {@code concepts/}), so a file
 * the fingerprint passes over is never read as content, nor the other way round.
 *
 * <p>Passed over: hidden files and folders (a name starting with a dot: {@code .git}, Vim's
 * {@code .a.md.swp}) and an editor's backups and autosaves (a {@code ~} in the name, as Emacs, Vim,
 * gedit and Kate write {@code a.md~}, or a name between {@code #}s, as Emacs autosaves
 * {@code #a.md#}). Everything else is content, and a file in a folder that holds only one kind of
 * file is reported if it is not of that kind.
 */
final class ContentFiles {
    private ContentFiles() {
    }

    /** Whether a file or folder of this name is part of the content (see the class comment). */
    static boolean isContent(Path path) {
        Path name = path.getFileName();
        if (name == null) {
            return true;
        }
        String text = name.toString();
        boolean autosave = text.length() > 1 && text.startsWith("#") && text.endsWith("#");
        return !text.startsWith(".") && text.indexOf('~') < 0 && !autosave;
    }

    /**
     * The content files directly in {@code folder}, sorted by path; when it cannot be listed, none,
     * with the problem recorded against the folder.
     */
    static List<Path> list(Path folder, List<ContentError> errors) {
        try (Stream<Path> stream = Files.list(folder)) {
            return stream.filter(ContentFiles::isContent).sorted().toList();
        } catch (IOException e) {
            errors.add(new ContentError(folder, 0, "cannot list the folder: " + e.getMessage()));
            return List.of();
        }
    }
}
