package org.concordance.search;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One thing a reader can find: a document, a paragraph, a note, a concept, an organization, a
 * person, a cited work, or a kind added later. The index treats every kind the same way, so a new
 * kind needs no change here: it is listed among the results like a passage. Only the kinds in
 * {@link #CARD_KINDS} are shown apart, as cards above the results.
 *
 * @param kind what the entry is, one lower-case word ({@link #DOCUMENT}, {@link #PARAGRAPH}, ...)
 * @param id unique among all entries, e.g. {@code paragraph:why-terrorist-actors-cooperate#p-3}; a
 *     card's id is its kind and slug, {@code organization:hezbollah}
 * @param title what a result list calls the entry
 * @param url where a hit lands: a path and, for a passage, its anchor
 * @param documentSlug the document the entry belongs to, if any (a document belongs to itself)
 * @param documentTitle that document's display title
 * @param section what a result shows under its title and what is searched with it: for a passage,
 *     the heading of the section it falls under; for a document, its venue and date
 * @param body the plain text to search and to take snippets from; for a card, its one-line
 *     definition or description; for a document, its summary, which gives the snippet but is not
 *     searched (see {@link #bodySearched()})
 * @param authors names an {@code author:} query should find
 * @param names the other names an entry goes by, as the texts write them ("AQ", "al-Qaida"): a query
 *     made of one of them names the entry. Empty for passages
 * @param mentions the ids of the entries a passage mentions (as the mention finder found them, and
 *     the works a note cites): a query naming one of them finds the passage, whatever name it uses
 * @param defines the ids of the concepts whose defining passage this is: a query naming one of them
 *     ranks this passage first
 */
public record Searchable(String kind, String id, String title, String url, Optional<String> documentSlug,
        Optional<String> documentTitle, Optional<String> section, String body, List<String> authors,
        List<String> names, List<String> mentions, List<String> defines) {

    public static final String DOCUMENT = "document";
    public static final String PARAGRAPH = "paragraph";
    public static final String NOTE = "note";
    public static final String CONCEPT = "concept";
    public static final String ORGANIZATION = "organization";
    public static final String PERSON = "person";
    public static final String WORK = "work";
    public static final String RELATION = "relation";

    /** Every kind of entry, passages first: what a search can be narrowed to. */
    public static final List<String> KINDS = List.of(DOCUMENT, PARAGRAPH, NOTE, RELATION, CONCEPT, ORGANIZATION, PERSON, WORK);

    /** The kinds a reader looks up rather than reads: shown as cards above the results, not among them. */
    public static final Set<String> CARD_KINDS = Set.of(CONCEPT, ORGANIZATION, PERSON, WORK);

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
        names = List.copyOf(names);
        mentions = List.copyOf(mentions);
        defines = List.copyOf(defines);
    }

    /** An entry that names, mentions and defines nothing: a document, a passage, or a kind added later. */
    public Searchable(String kind, String id, String title, String url, Optional<String> documentSlug,
            Optional<String> documentTitle, Optional<String> section, String body, List<String> authors) {
        this(kind, id, title, url, documentSlug, documentTitle, section, body, authors, List.of(), List.of(), List.of());
    }

    public Searchable withNames(List<String> newNames) {
        return new Searchable(kind, id, title, url, documentSlug, documentTitle, section, body, authors, newNames,
                mentions, defines);
    }

    public Searchable withMentions(List<String> newMentions) {
        return new Searchable(kind, id, title, url, documentSlug, documentTitle, section, body, authors, names,
                newMentions, defines);
    }

    public Searchable withDefines(List<String> newDefines) {
        return new Searchable(kind, id, title, url, documentSlug, documentTitle, section, body, authors, names,
                mentions, newDefines);
    }

    /**
     * Whether the title only says where the entry is ("Paragraph 3", "Note 14"). Such titles are not
     * searched as words, or "note" would find every note, and are not offered as suggestions.
     */
    public boolean titledByPosition() {
        return kind.equals(PARAGRAPH) || kind.equals(NOTE);
    }

    /**
     * Whether the title is offered as a completion under the search box: not a passage's, which
     * only says where it is, nor a relation's, a sentence ("Hezbollah competed with Amal") no one
     * types; the names in it are offered as their entries.
     */
    public boolean suggested() {
        return !titledByPosition() && !kind.equals(RELATION) && !title.isBlank();
    }

    /**
     * Whether the body's words find the entry. A document's body is its summary, in the library's own
     * words: a document is found by its title, authors and venue (its section), and the words it
     * merely summarises find the passages that say them instead.
     */
    public boolean bodySearched() {
        return !kind.equals(DOCUMENT);
    }

    /**
     * How much a match of the entry's words counts, against the same match in a paragraph (1). A
     * note counts half: its words are mostly the titles of the works it cites, and a short note would
     * otherwise outrank the paragraphs that discuss what those titles name. A relation counts a
     * quarter: its few words are its parties' names, and the passage stating it, which its page
     * only quotes, is the better answer to a query naming them.
     */
    public float weight() {
        return switch (kind) {
            case NOTE -> 0.5f;
            case RELATION -> 0.25f;
            default -> 1f;
        };
    }

    /** Whether the entry is shown as a card above the results rather than among them. */
    public boolean isCard() {
        return CARD_KINDS.contains(kind);
    }
}
