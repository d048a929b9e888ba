package org.concordance.citations;

import java.util.Objects;
import java.util.Optional;

/** A citation with the work it points to; the work is empty only for an "Ibid." with nothing before it. */
public record ResolvedCitation(Citation citation, Optional<Work> work) {
    public ResolvedCitation {
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(work, "work");
    }
}
