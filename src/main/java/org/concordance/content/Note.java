package org.concordance.content;

import java.util.List;
import java.util.Objects;

/**
 * A footnote, keeping the number it was printed with.
 *
 * @param label the note's label as printed ("14"); its anchor is {@code fn-label}
 * @param html the note's inline HTML
 * @param text the note's plain text
 * @param references the anchors of the markers that cite it, in reading order
 *     ({@code fnref-14}, then {@code fnref-14-2} for a second use)
 */
public record Note(String label, String html, String text, List<NoteReference> references) {
    public Note {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(text, "text");
        references = List.copyOf(references);
    }

    public String anchor() {
        return "fn-" + label;
    }
}
