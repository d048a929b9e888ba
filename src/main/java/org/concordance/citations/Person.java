package org.concordance.citations;

import java.util.List;
import java.util.Objects;

/**
 * An author of a cited work or of a library document, named as fully as the texts name them.
 *
 * @param slug the family name alone ({@code byman}) unless the texts give a first name
 *     ({@code assaf-moghadam})
 * @param works slugs of their works, in bibliography order
 * @param documents slugs of the library documents they wrote
 */
public record Person(String slug, Name name, List<String> works, List<String> documents) {
    public Person {
        Objects.requireNonNull(slug, "slug");
        if (!org.concordance.content.Slugs.isSlug(slug)) {
            throw new IllegalArgumentException("not a slug: " + slug);
        }
        Objects.requireNonNull(name, "name");
        works = List.copyOf(works);
        documents = List.copyOf(documents);
    }

    public String path() {
        return "/people/" + slug;
    }
}
