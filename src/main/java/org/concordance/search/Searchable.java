package org.concordance.search;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One thing a reader can find: a document, a paragraph, a note, and later a concept, an organization,
 * a person or a work. The index treats every kind the same way, so new kinds need no change here.
 *
 * @param kind what the entry is, one lower-case word ({@link #DOCUMENT}, {@link #PARAGRAPH}, ...)
 * @param id unique among all entries, e.g. {@code paragraph:why-terrorist-actors-cooperate#p-3}
 * @param title what a result list calls the entry
 * @param url where a hit lands: a path and, for a passage, its anchor
 * @param documentSlug the document the entry belongs to, if any (a document belongs to itself)
 * @param documentTitle that document's display title
 * @param section the heading of the section the entry falls under, if any
 * @param body the plain text to search and to take snippets from
 * @param authors names an {@code author:} query should find
 */
public record Searchable(String kind, String id, String title, String url, Optional<String> documentSlug,
        Optional<String> documentTitle, Optional<String> section, String body, List<String> authors) {

    public static final String DOCUMENT = "document";
    public static final String PARAGRAPH = "paragraph";
    public static final String NOTE = "note";

    private static final Pattern KIND = Pattern.compile("[a-z]+");

    public Searchable {
        Objects.requireNonNull(kind, "kind");
        if (!KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("kind must be one lower-case word, was: " + kind);
        }
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank");
        }
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(url, "url");
        if (!url.startsWith("/")) {
            throw new IllegalArgumentException("url must be a site path starting with '/', was: " + url);
        }
        Objects.requireNonNull(documentSlug, "documentSlug");
        Objects.requireNonNull(documentTitle, "documentTitle");
        if (documentSlug.isPresent() != documentTitle.isPresent()) {
            throw new IllegalArgumentException("document slug and title go together, entry " + id);
        }
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(body, "body");
        authors = List.copyOf(authors);
    }

    /**
     * Whether the title only says where the entry is ("Paragraph 3", "Note 14"). Such titles are not
     * searched as words, or "note" would find every note, and are not offered as suggestions.
     */
    public boolean titledByPosition() {
        return kind.equals(PARAGRAPH) || kind.equals(NOTE);
    }
}
