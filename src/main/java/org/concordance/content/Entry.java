package org.concordance.content;

import java.util.List;
import java.util.stream.Stream;

/**
 * Something a reader can follow across the library, a {@link Concept} or an {@link Entity}: it has a
 * page of its own and its names are found in every paragraph and note.
 */
public sealed interface Entry permits Concept, Entity {
    String slug();

    /** The canonical name, as the entry's page is titled. */
    String name();

    /** Other names the texts use (and, for actors, well-established reader spellings). */
    List<String> variants();

    /**
     * Looser words that find passages about the entry without naming it ("level of violence" for
     * lethality, "training" for knowledge transfer): they feed the entry's contexts and related
     * passages, but are never linked and never listed as its names.
     */
    default List<String> phrases() {
        return List.of();
    }

    /**
     * Whether a document links the entry's first mention by name to its page: false for an entry
     * whose names are everyday words a reader does not look up (resources, legitimacy). Proper
     * names are always linked.
     */
    default boolean linked() {
        return true;
    }

    EntryKind kind();

    /** The one-line definition or description shown in popovers and lists; empty when unknown. */
    String summary();

    /** {@link #summary()} as HTML for a page: escaped, a work's title in italics where the entry sets it so. */
    default String summaryHtml() {
        return org.jsoup.nodes.Entities.escape(summary());
    }

    /** The canonical name first, then the variants. */
    default List<String> names() {
        return Stream.concat(Stream.of(name()), variants().stream()).toList();
    }

    default String href() {
        return kind().href(slug());
    }
}
