package org.concordance.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Everything the readers can read, as one immutable value: the documents, the glossary of concepts
 * and actors, and every place the library names them. Equal when all its parts are equal, as a
 * record would be; a class rather than a record only so a lookup by slug is a map's, not a walk
 * through the whole library (10,003 documents: a page asks for dozens of them).
 *
 * @param documents in library order
 * @param concepts sorted by name
 * @param entities organizations and people, sorted by name
 * @param mentions in document order, then reading order within each document
 * @param relations between organizations, as content/relations.yaml lists them
 * @param references the raw text of references.json, when the content has one
 * @param fingerprint a digest of the content files it was built from
 */
public final class Library {
    private final List<Document> documents;
    private final List<Concept> concepts;
    private final List<Entity> entities;
    private final Mentions mentions;
    private final List<Relation> relations;
    private final Optional<String> references;
    private final String fingerprint;
    /**
     * Documents, concepts and entities by slug, made on the first lookup: not kept in a snapshot
     * (transient), so a library read back makes it again when first asked. Racing threads may each
     * make one; they are equal.
     */
    private transient volatile Lookup lookup;

    /** The slugs' index: documents, and concepts and entities together (their slugs are unique across both). */
    private record Lookup(Map<String, Document> documents, Map<String, Entry> entries) {
    }

    public Library(List<Document> documents, List<Concept> concepts, List<Entity> entities,
            List<Mention> mentions, List<Relation> relations, Optional<String> references, String fingerprint) {
        this.documents = List.copyOf(documents);
        this.concepts = List.copyOf(concepts);
        this.entities = List.copyOf(entities);
        this.mentions = Mentions.of(mentions);
        this.relations = List.copyOf(relations);
        this.references = Objects.requireNonNull(references, "references");
        this.fingerprint = Objects.requireNonNull(fingerprint, "fingerprint");
    }

    /** A library without a glossary (content folders that have no concepts or names files). */
    public Library(List<Document> documents, String fingerprint) {
        this(documents, List.of(), List.of(), List.of(), List.of(), Optional.empty(), fingerprint);
    }

    public List<Document> documents() {
        return documents;
    }

    public List<Concept> concepts() {
        return concepts;
    }

    public List<Entity> entities() {
        return entities;
    }

    /** Every mention, in library order: a view of {@link #mentionTable()}, each mention made as it is read. */
    public List<Mention> mentions() {
        return mentions.asList();
    }

    /** The mentions as the library keeps them, for lookups by position that make no mention. */
    public Mentions mentionTable() {
        return mentions;
    }

    public List<Relation> relations() {
        return relations;
    }

    public Optional<String> references() {
        return references;
    }

    public String fingerprint() {
        return fingerprint;
    }

    public Optional<Document> document(String slug) {
        return Optional.ofNullable(lookup().documents().get(slug));
    }

    public Optional<Concept> concept(String slug) {
        return entry(slug).filter(Concept.class::isInstance).map(Concept.class::cast);
    }

    public Optional<Entity> entity(String slug) {
        return entry(slug).filter(Entity.class::isInstance).map(Entity.class::cast);
    }

    /** A concept or an entity; slugs are unique across both. */
    public Optional<Entry> entry(String slug) {
        return Optional.ofNullable(lookup().entries().get(slug));
    }

    private Lookup lookup() {
        Lookup made = lookup;
        if (made == null) {
            Map<String, Document> bySlug = new HashMap<>();
            documents.forEach(document -> bySlug.putIfAbsent(document.slug(), document));
            Map<String, Entry> entries = new HashMap<>();
            concepts.forEach(concept -> entries.putIfAbsent(concept.slug(), concept));
            entities.forEach(entity -> entries.putIfAbsent(entity.slug(), entity));
            made = new Lookup(bySlug, entries);
            lookup = made;
        }
        return made;
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

    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof Library that && documents.equals(that.documents)
                && concepts.equals(that.concepts) && entities.equals(that.entities) && mentions.equals(that.mentions)
                && relations.equals(that.relations) && references.equals(that.references)
                && fingerprint.equals(that.fingerprint);
    }

    @Override
    public int hashCode() {
        return Objects.hash(documents, concepts, entities, mentions, relations, references, fingerprint);
    }

    @Override
    public String toString() {
        return "Library[" + documents.size() + " documents, " + concepts.size() + " concepts, " + entities.size()
                + " entities, " + mentions.size() + " mentions, " + relations.size() + " relations, fingerprint "
                + fingerprint + "]";
    }
}
