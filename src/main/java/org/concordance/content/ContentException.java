package org.concordance.content;

import java.util.List;
import java.util.stream.Collectors;

/** The content cannot be ingested; carries every problem found, each with its file and line. */
public final class ContentException extends Exception {
    private final List<ContentError> errors;

    public ContentException(List<ContentError> errors) {
        super(errors.size() + (errors.size() == 1 ? " problem" : " problems") + " in the content:\n"
                + errors.stream().map(e -> "  " + e).collect(Collectors.joining("\n")));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a content exception needs at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    public List<ContentError> errors() {
        return errors;
    }
}
