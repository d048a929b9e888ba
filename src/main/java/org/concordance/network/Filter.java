package org.concordance.network;

import java.util.Objects;
import java.util.Optional;
import org.concordance.content.Relation;
import org.concordance.content.RelationType;

/**
 * Which relations a reader asked to see: of one type, stated in one document, or both.
 *
 * @param document the slug of the document whose text states the relation
 */
public record Filter(Optional<RelationType> type, Optional<String> document) {
    public static final Filter NONE = new Filter(Optional.empty(), Optional.empty());

    public Filter {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(document, "document");
    }

    public boolean isNone() {
        return type.isEmpty() && document.isEmpty();
    }

    public boolean matches(Relation relation) {
        return type.map(t -> t == relation.type()).orElse(true)
                && document.map(slug -> relation.evidence().stream().anyMatch(q -> q.document().equals(slug))).orElse(true);
    }
}
