package org.concordance.content;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One paragraph of a document.
 *
 * @param number its position among the document's paragraphs, from 1, headings excluded; the page
 *     anchor is {@code p-number}
 * @param html the paragraph's inline HTML, note markers included (rendered from trusted content)
 * @param text the paragraph's plain text without note markers, for search and excerpts
 * @param section the anchor of the heading the paragraph falls under, if any
 * @param noteLabels the labels of the notes it cites, in order of their markers
 */
public record Paragraph(int number, Part part, String html, String text, Optional<String> section,
        List<String> noteLabels) implements Block {

    public Paragraph {
        if (number < 1) {
            throw new IllegalArgumentException("paragraph numbers start at 1, was " + number);
        }
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(section, "section");
        noteLabels = List.copyOf(noteLabels);
    }

    public String anchor() {
        return "p-" + number;
    }
}
