package org.concordance.content;

import java.util.List;

/**
 * A rule about the whole library that another package owns (the citations' reading of
 * references.json, say), run by the {@link ContentLoader} so that {@code check} and the ingest
 * refuse the same content.
 */
@FunctionalInterface
public interface LibraryCheck {
    /** Every problem found, each with its file and line; empty when the library passes. */
    List<ContentError> problems(Library library);
}
