package org.concordance.citations;

import java.util.Objects;

/**
 * A reference formatted in one style.
 *
 * @param html the CSL processor's HTML (italics as {@code <i>}), safe to insert unescaped: it is
 *     built from the library's own content and escaped by the processor
 * @param text the same reference as plain text, for a copy button
 */
public record FormattedCitation(CitationStyle style, String html, String text) {
    public FormattedCitation {
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(text, "text");
    }
}
