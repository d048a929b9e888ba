package org.concordance.content;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Puts a file written beside its place over what is there, in one step where the file system can
 * (a reader sees the old file or the new one, never half of one), else by a plain move. For the
 * packages that keep files: the data folder's pages, index pointer and digests, imported texts.
 */
public final class AtomicReplace {
    private AtomicReplace() {
    }

    /**
     * Moves {@code written} to {@code target}, replacing it.
     *
     * @throws IOException when neither move can be made
     */
    public static void replace(Path written, Path target) throws IOException {
        try {
            Files.move(written, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(written, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
