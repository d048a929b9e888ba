package org.concordance.content;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A relation between two organizations that the texts state, from {@code content/relations.yaml},
 * with the words that state it.
 *
 * @param from the slug of the first party; for a directed relation, the one that gives, pledges or seeks
 * @param to the slug of the second party; for a directed relation, the one that receives or is sought
 * @param directed whether the text says who gives to or pledges to whom (allowed by the type)
 * @param when the time as the text states it ("the late 1980s"); empty when it does not
 * @param concepts the slugs of the concepts the text uses the relation to illustrate
 * @param evidence one or more quotations that state the relation, each from its paragraph or note
 */
public record Relation(String from, String to, RelationType type, boolean directed, Optional<String> when,
        List<String> concepts, List<Quotation> evidence) {

    public Relation {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!Slugs.isSlug(from) || !Slugs.isSlug(to)) {
            throw new IllegalArgumentException("a relation joins two slugs, was " + from + " and " + to);
        }
        if (from.equals(to)) {
            throw new IllegalArgumentException("a relation joins two different organizations, was " + from + " twice");
        }
        Objects.requireNonNull(type, "type");
        if (!type.allows(directed)) {
            throw new IllegalArgumentException("a " + type.code() + " relation cannot be "
                    + (directed ? "directed" : "undirected") + ": " + from + " and " + to);
        }
        Objects.requireNonNull(when, "when");
        concepts = List.copyOf(concepts);
        evidence = List.copyOf(evidence);
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("relation " + from + " " + type.code() + " " + to + " needs evidence");
        }
    }

    /**
     * The relation's address ({@code /relations/{id}}): its parties and type, such as
     * {@code hezbollah-rivalry-amal}. Unique in a library, since the same relation is never entered twice.
     */
    public String id() {
        return Slugs.slug(from + " " + type.code() + " " + to);
    }

    public String href() {
        return "/relations/" + id();
    }

    /**
     * The relation in a few words, given the parties' names: "Hezbollah passed knowledge to Hamas",
     * "Hezbollah competed with Amal".
     */
    public String title(String fromName, String toName) {
        return fromName + " " + type.phrase(directed) + " " + toName;
    }

    /** Whether {@code slug} is one of the two parties. */
    public boolean involves(String slug) {
        return from.equals(slug) || to.equals(slug);
    }

    /** The other party, seen from {@code slug} (which must be one of the two). */
    public String partnerOf(String slug) {
        if (from.equals(slug)) {
            return to;
        }
        if (to.equals(slug)) {
            return from;
        }
        throw new IllegalArgumentException(slug + " is not a party to " + id());
    }

    /**
     * Whether {@code other} states the same relation: the same type between the same two parties,
     * unless both are directed and opposite (A trains B and B trains A are two relations; A and B's
     * rivalry is one, whichever party is written first).
     */
    public boolean sameAs(Relation other) {
        boolean sameParties = (from.equals(other.from) && to.equals(other.to)) || (from.equals(other.to) && to.equals(other.from));
        boolean opposite = directed && other.directed && from.equals(other.to);
        return type == other.type && sameParties && !opposite;
    }
}
