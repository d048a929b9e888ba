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

    /**
     * Why a file could not be read, in words for an editor rather than the exception's class:
     * "permission denied", "it is a folder, not a file", the system's own reason otherwise.
     */
    static String reason(java.io.IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "there is no such file (it was removed, or it is a link to nothing)";
        }
        String text = e instanceof java.nio.file.FileSystemException system && system.getReason() != null
                ? system.getReason() : String.valueOf(e.getMessage());
        if (text.equals("Is a directory")) {
            return "it is a folder, not a file";
        }
        return text.isEmpty() ? "an input/output error" : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
