package org.concordance.content;

/**
 * One use of a note in the text.
 *
 * @param anchor the marker's fragment id
 * @param paragraph the number of the paragraph the marker stands in
 */
public record NoteReference(String anchor, int paragraph) {
    public static String anchorFor(String label, int occurrence) {
        return occurrence == 1 ? "fnref-" + label : "fnref-" + label + "-" + occurrence;
    }
}
