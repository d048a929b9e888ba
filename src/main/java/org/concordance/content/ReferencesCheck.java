package org.concordance.content;

import java.nio.file.Path;
import java.util.List;

/**
 * The rule for references.json's entries, which the citations package owns (they are CSL-JSON),
 * run by the {@link ContentLoader} on the file's text whatever the other files' problems, so that
 * {@code check} and the ingest refuse the same content and report it with the rest.
 */
@FunctionalInterface
public interface ReferencesCheck {
    /** Checks nothing: every text passes. */
    ReferencesCheck NONE = (file, text) -> List.of();

    /** Every problem in {@code text}, read from {@code file}, each with its file and line; empty when it passes. */
    List<ContentError> problems(Path file, String text);
}
