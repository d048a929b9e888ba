package org.concordance.content;

import java.util.Objects;

/** A figure whose image is not part of the library; only its caption is kept, as printed. */
public record Figure(String captionHtml, String captionText) {
    public Figure {
        Objects.requireNonNull(captionHtml, "captionHtml");
        Objects.requireNonNull(captionText, "captionText");
    }
}
