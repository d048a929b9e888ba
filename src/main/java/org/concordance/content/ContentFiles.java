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
            errors.add(new ContentError(folder, 0, "cannot list the folder: " + ContentError.reason(e)));
            return List.of();
        }
    }

    /**
     * Whether {@code file}, listed in a folder of one Markdown file per entry ({@code documents/},
     * {@code concepts/}), is such a file; if not, records why (a folder, another kind of file).
     *
     * @param each what one file holds there ("document", "concept")
     */
    static boolean isMarkdownFile(Path file, String each, List<ContentError> errors) {
        String folder = file.getParent().getFileName() + "/";
        if (Files.isDirectory(file)) {
            errors.add(new ContentError(file, 0, "a folder in " + folder + ", which holds one Markdown file (.md) per " + each
                    + ": move the folder out of " + folder));
            return false;
        }
        if (!file.getFileName().toString().endsWith(".md")) {
            errors.add(new ContentError(file, 0, folder + " holds Markdown files ending in .md; rename or remove this file"));
            return false;
        }
        return true;
    }
}
