package org.concordance.content;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One problem in one content file.
 *
 * @param line the 1-based line the problem is on, 0 when it concerns the whole file
 */
public record ContentError(Path file, int line, String message) {
    public ContentError {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
