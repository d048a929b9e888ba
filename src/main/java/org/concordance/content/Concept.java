package org.concordance.content;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An idea the texts discuss, as written in {@code content/concepts/{slug}.md}.
 *
 * @param variants the other names it goes by in the texts (plurals are found without being listed)
 * @param phrases looser words that find passages about it without naming it; see {@link Entry#phrases()}
 * @param linked whether its first mention by name in a document links to its page; see {@link Entry#linked()}
 * @param introducedBy who named or framed the idea, when one author did
 * @param related the slugs of other concepts a reader should see next
 * @param definition one line in the editors' own words
 * @param quotation the defining passage, quoted from the library
 * @param bodyHtml the fuller definition, rendered from the file's Markdown body
 */
public record Concept(String slug, String name, List<String> variants, List<String> phrases, boolean linked,
        Optional<Attribution> introducedBy,
        List<String> related, String definition, Quotation quotation, String bodyHtml) implements Entry {

    public Concept {
        Objects.requireNonNull(slug, "slug");
        if (!Slugs.isSlug(slug)) {
            throw new IllegalArgumentException("not a slug: " + slug);
        }
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("concept " + slug + " needs a name");
        }
        variants = List.copyOf(variants);
        phrases = List.copyOf(phrases);
        Objects.requireNonNull(introducedBy, "introducedBy");
        related = List.copyOf(related);
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(quotation, "quotation");
        Objects.requireNonNull(bodyHtml, "bodyHtml");
    }

    @Override
    public EntryKind kind() {
        return EntryKind.CONCEPT;
    }

    @Override
    public String summary() {
        return definition;
    }

    /** Who introduced a concept: an author's surname and the work it comes from. */
    public record Attribution(String author, String work) {
        public Attribution {
            Objects.requireNonNull(author, "author");
            Objects.requireNonNull(work, "work");
        }

        @Override
        public String toString() {
            return author + ", " + work;
        }
    }
}
