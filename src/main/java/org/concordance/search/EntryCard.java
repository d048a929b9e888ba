package org.concordance.search;

import java.util.Objects;

/**
 * An entry the query names, shown as a card above the results: a concept, an organization, a person
 * or a cited work.
 *
 * @param kind one of {@link Searchable#CARD_KINDS}
 * @param id the entry's id, {@code organization:hezbollah}
 * @param name its name as its page is titled
 * @param url its page, a site path
 * @param summary its one-line definition or description, plain text; empty when there is none
 * @param passages how many passages (paragraphs and notes) mention or cite it
 */
public record EntryCard(String kind, String id, String name, String url, String summary, int passages) {
    public EntryCard {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(summary, "summary");
        if (passages < 0) {
            throw new IllegalArgumentException("passages must not be negative, was " + passages);
        }
    }
}
