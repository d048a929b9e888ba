package org.concordance.glossary;

import java.util.Objects;
import org.concordance.content.Mention;

/**
 * One mention shown as a line of text with the term in the middle.
 *
 * @param before the words before the term, starting with "…" when cut
 * @param term the term as it stands in the text
 * @param after the words after the term, ending with "…" when cut
 * @param anchor the fragment id to link to: the paragraph ({@code p-5}) or the note ({@code fn-14})
 */
public record KeywordInContext(Mention mention, String before, String term, String after, String anchor) {
    public KeywordInContext {
        Objects.requireNonNull(mention, "mention");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(anchor, "anchor");
    }
}
