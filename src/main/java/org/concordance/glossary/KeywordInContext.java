package org.concordance.glossary;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One paragraph or note that mentions an entry, as a line of context with every mention in it
 * marked: the words around each mention, cut at word boundaries, with "…" where text is left out.
 *
 * @param anchor the fragment id to link to: the paragraph ({@code p-5}) or the note ({@code fn-14})
 * @param paragraph the paragraph's number; for a note, the number of the paragraph citing it
 * @param note the note's label when the mentions stand in a note
 * @param spans the context in reading order; the marked spans are the mentions
 * @param hits how many times the paragraph or note mentions the entry (at least 1)
 */
public record KeywordInContext(String anchor, int paragraph, Optional<String> note, List<Span> spans, int hits) {
    public KeywordInContext {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(note, "note");
        spans = List.copyOf(spans);
        if (hits < 1) {
            throw new IllegalArgumentException("a context line shows at least one mention, was " + hits);
        }
    }

    /** The marked words, in order: what the line is about. */
    public List<String> terms() {
        return spans.stream().filter(Span::marked).map(Span::text).toList();
    }

    /** The line as plain text. */
    public String text() {
        StringBuilder text = new StringBuilder();
        spans.forEach(span -> text.append(span.text()));
        return text.toString();
    }
}
