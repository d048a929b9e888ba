package org.concordance.content;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An actor the texts name: an organization or a person, from {@code content/organizations.yaml} or
 * {@code content/people.yaml}.
 *
 * @param variants abbreviations and other names the texts use, then common reader spellings
 * @param phrases words that find passages about the actor without naming it (a group the text calls
 *     only by its country: "allies in Saudi Arabia"); never linked, never listed as its names
 * @param description one line in the editors' words, a work's title in it set in italics as Markdown
 *     does ({@code *Nexus of Global Jihad*}); empty when nothing well established is known
 * @param related the slugs of other entities it belongs to or is tied to (a province to its parent)
 */
public record Entity(String slug, EntryKind kind, String name, List<String> variants, List<String> phrases,
        Optional<String> description, List<String> related) implements Entry {

    public Entity {
        Objects.requireNonNull(slug, "slug");
        if (!Slugs.isSlug(slug)) {
            throw new IllegalArgumentException("not a slug: " + slug);
        }
        Objects.requireNonNull(kind, "kind");
        if (kind == EntryKind.CONCEPT) {
            throw new IllegalArgumentException("an entity is an organization or a person, " + slug + " was a concept");
        }
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("entity " + slug + " needs a name");
        }
        variants = List.copyOf(variants);
        phrases = List.copyOf(phrases);
        Objects.requireNonNull(description, "description");
        related = List.copyOf(related);
    }

    @Override
    public String summary() {
        return description.map(text -> rich(text).plain()).orElse("");
    }

    @Override
    public String summaryHtml() {
        return description.map(text -> rich(text).html()).orElse("");
    }

    /** The description as text with its italics; the loader has refused one that does not parse, so this never fails. */
    private static Title rich(String text) {
        try {
            return Title.fromMarkdown(text);
        } catch (IllegalArgumentException e) {
            return Title.of(text);
        }
    }
}
