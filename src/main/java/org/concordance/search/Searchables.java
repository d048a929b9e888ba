package org.concordance.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.concordance.content.Concept;
import org.concordance.content.Document;
import org.concordance.content.Entry;
import org.concordance.content.Heading;
import org.concordance.content.Library;
import org.concordance.content.Metadata;
import org.concordance.content.Note;
import org.concordance.content.Paragraph;

/** Turns the library into search entries: one per document, paragraph and note, and one per concept, organization or person. */
public final class Searchables {
    private Searchables() {
    }

    /** The documents' entries: one per document, paragraph and note. */
    public static List<Searchable> of(Library library) {
        List<Searchable> entries = new ArrayList<>();
        for (Document document : library.documents()) {
            entries.addAll(of(document));
        }
        return List.copyOf(entries);
    }

    /** A concept, organization or person: found by its names, shown with its one-line summary. */
    public static Searchable of(Entry entry) {
        String kind = entry.kind().name().toLowerCase(java.util.Locale.ROOT);
        String body = String.join("\n", entry.summary(), String.join("; ", entry.names()));
        if (entry instanceof Concept concept) {
            body = String.join("\n", body, concept.definition());
        }
        return new Searchable(kind, kind + ":" + entry.slug(), entry.name(), entry.href(), Optional.empty(),
                Optional.empty(), Optional.empty(), body.strip(), List.of());
    }

    public static List<Searchable> of(Document document) {
        String slug = document.slug();
        Metadata metadata = document.metadata();
        String title = metadata.displayTitle();
        String path = "/documents/" + slug;
        List<Searchable> entries = new ArrayList<>();
        // A document is found by its title, authors and venue; its summary gives the snippet.
        String about = String.join("\n", metadata.summary().orElse(""), metadata.sourceLine()).strip();
        entries.add(new Searchable(Searchable.DOCUMENT, "document:" + slug, title, path, Optional.of(slug),
                Optional.of(title), Optional.empty(), about, metadata.authors()));
        for (Paragraph paragraph : document.paragraphs()) {
            Optional<String> section = paragraph.section().flatMap(document::heading).map(Heading::text);
            entries.add(new Searchable(Searchable.PARAGRAPH, "paragraph:" + slug + "#" + paragraph.anchor(),
                    "Paragraph " + paragraph.number(), path + "#" + paragraph.anchor(), Optional.of(slug),
                    Optional.of(title), section, paragraph.text(), List.of()));
        }
        for (Note note : document.notes()) {
            entries.add(new Searchable(Searchable.NOTE, "note:" + slug + "#" + note.anchor(),
                    "Note " + note.label(), path + "#" + note.anchor(), Optional.of(slug), Optional.of(title),
                    Optional.empty(), note.text(), List.of()));
        }
        return entries;
    }
}
