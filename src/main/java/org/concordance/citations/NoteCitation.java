package org.concordance.citations;

import java.util.Objects;
import java.util.Optional;

/**
 * A note that cites a work.
 *
 * @param citationText the citation's words as printed in the note
 * @param pinpoint the page or pages cited, when the note gives them
 */
public record NoteCitation(String documentSlug, String noteLabel, String citationText, Optional<String> pinpoint,
        String workSlug) {
    public NoteCitation {
        Objects.requireNonNull(documentSlug, "documentSlug");
        Objects.requireNonNull(noteLabel, "noteLabel");
        Objects.requireNonNull(citationText, "citationText");
        Objects.requireNonNull(pinpoint, "pinpoint");
        Objects.requireNonNull(workSlug, "workSlug");
    }

    /** The note in context: {@code /documents/{slug}#fn-LABEL}. */
    public String href() {
        return "/documents/" + documentSlug + "#fn-" + noteLabel;
    }
}
