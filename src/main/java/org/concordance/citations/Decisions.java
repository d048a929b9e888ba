package org.concordance.citations;

import java.util.Map;

/**
 * The work each citation of a library resolved to when its bibliography was built, as the build
 * made them: what the next build follows for the documents an edit cannot have changed
 * ({@link Replay}). Kept with the bibliography's notes, so a snapshot holds them too.
 *
 * <p>Per document slug, one number per citation, in note and citation order: {@link #NONE} for a
 * citation that resolved to nothing (a lone Ibid.), the serial of the draft it found, or
 * {@link #made} of the serial of the draft it made. A draft's serial is its place in the order the
 * build made drafts.
 *
 * @param madeBeforeNotes how many drafts the editor's references and the books the documents' text
 *     names made, before any note was read
 * @param byDocument the decisions of each document's citations, by document slug; arrays never changed once made
 */
record Decisions(int madeBeforeNotes, Map<String, int[]> byDocument) {
    static final int NONE = -1;

    /** The decision of a citation that made the draft of serial {@code serial}: below {@link #NONE}. */
    static int made(int serial) {
        return -2 - serial;
    }

    static boolean isMade(int decision) {
        return decision < NONE;
    }

    /** The serial of the draft a decision found or made; undefined for {@link #NONE}. */
    static int serial(int decision) {
        return decision >= 0 ? decision : -2 - decision;
    }
}
