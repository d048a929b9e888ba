package org.concordance.content;

import java.util.Objects;
import java.util.Optional;

/**
 * One occurrence of an entry's name in the library.
 *
 * @param entry the slug of the concept or entity named
 * @param document the slug of the document it occurs in
 * @param paragraph the paragraph it stands in; for a mention in a note, the paragraph holding the
 *     note's first marker, so a note's mentions can be shown beside the passage that cites it
 * @param note the note's label when the mention is in a note, empty when it is in the paragraph
 * @param start offset of the first character in the plain text of the paragraph (or note)
 * @param end offset just past the last character
 * @param text the words as they stand in the text ("safe havens", "ISIS")
 * @param byName true when the words are one of the entry's names, which a page may link; false when
 *     they are one of its looser {@linkplain Entry#phrases() phrases}, which only find the passage
 */
public record Mention(String entry, EntryKind kind, String document, int paragraph, Optional<String> note,
        int start, int end, String text, boolean byName) {

    public Mention {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(text, "text");
        if (paragraph < 1) {
            throw new IllegalArgumentException("paragraph numbers start at 1, was " + paragraph);
        }
        if (start < 0 || end <= start || end - start != text.length()) {
            throw new IllegalArgumentException("bad span " + start + ".." + end + " for '" + text + "'");
        }
    }

    public boolean inNote() {
        return note.isPresent();
    }
}
