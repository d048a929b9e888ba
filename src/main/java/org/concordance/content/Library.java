package org.concordance.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Everything the readers can read, as one immutable value: the documents, the glossary of concepts
 * and actors, and every place the library names them.
 *
 * @param concepts sorted by name
 * @param entities organizations and people, sorted by name
 * @param mentions in document order, then reading order within each document
 * @param relations between organizations, as content/relations.yaml lists them
 * @param fingerprint a digest of the content files it was built from
 */
public record Library(List<Document> documents, List<Concept> concepts, List<Entity> entities,
        List<Mention> mentions, List<Relation> relations, Optional<String> references, String fingerprint) {

    public Library {
        documents = List.copyOf(documents);
        concepts = List.copyOf(concepts);
        entities = List.copyOf(entities);
        mentions = List.copyOf(mentions);
        relations = List.copyOf(relations);
        Objects.requireNonNull(references, "references");
        Objects.requireNonNull(fingerprint, "fingerprint");
    }

    /** A library without a glossary (content folders that have no concepts or names files). */
    public Library(List<Document> documents, String fingerprint) {
        this(documents, List.of(), List.of(), List.of(), List.of(), Optional.empty(), fingerprint);
    }

    public Optional<Document> document(String slug) {
        return documents.stream().filter(d -> d.slug().equals(slug)).findFirst();
    }

    public Optional<Concept> concept(String slug) {
        return concepts.stream().filter(c -> c.slug().equals(slug)).findFirst();
    }

    public Optional<Entity> entity(String slug) {
        return entities.stream().filter(e -> e.slug().equals(slug)).findFirst();
    }

    /** A concept or an entity; slugs are unique across both. */
    public Optional<Entry> entry(String slug) {
        return Stream.<Entry>concat(concepts.stream(), entities.stream()).filter(e -> e.slug().equals(slug)).findFirst();
    }

    public List<Entry> entries() {
        return Stream.<Entry>concat(concepts.stream(), entities.stream()).toList();
    }

    /**
     * The actors' names as synonym groups for search, canonical name first: the one source of names
     * (content/organizations.yaml and content/people.yaml). Abbreviations that lower-case to an
     * everyday word ("IS") are kept: search matches them only when typed in capitals.
     */
    public List<List<String>> nameGroups() {
        return groups(entities);
    }

    /**
     * The concepts' names grouped the same way. Looser than {@link #nameGroups()}: a concept's
     * variants include phrases that are related rather than synonymous, so use with care.
     */
    public List<List<String>> conceptNameGroups() {
        return groups(concepts);
    }

    private static List<List<String>> groups(List<? extends Entry> entries) {
        List<List<String>> groups = new ArrayList<>();
        for (Entry entry : entries) {
            if (entry.names().size() > 1) {
                groups.add(entry.names());
            }
        }
        return groups;
    }
}
