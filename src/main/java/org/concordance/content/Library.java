package org.concordance.content;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the readers can read, as one immutable value.
 *
 * @param fingerprint a digest of the content files it was built from
 */
public record Library(List<Document> documents, String fingerprint) {
    public Library {
        documents = List.copyOf(documents);
        Objects.requireNonNull(fingerprint, "fingerprint");
    }

    public Optional<Document> document(String slug) {
        return documents.stream().filter(d -> d.slug().equals(slug)).findFirst();
    }
}
