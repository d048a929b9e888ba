package org.concordance.web;

import java.util.List;
import java.util.Optional;
import org.concordance.citations.Bibliography;
import org.concordance.citations.CitationFormatter;
import org.concordance.citations.CitationStyle;
import org.concordance.citations.FormattedCitation;
import org.concordance.citations.Person;
import org.concordance.citations.Work;
import org.concordance.content.Document;
import org.concordance.content.Library;

/**
 * What the library holds of a person as an author: the documents they wrote, their works it cites
 * and every note citing those works. A people page shows it with the fragment
 * {@code ~{citations :: person(${citations})}}; {@link #of} is empty for someone who wrote nothing
 * the library holds or cites.
 */
public record PersonCitations(Person person, String name, List<Document> documents, List<WorkEntry> works, List<CitingNote> notes) {

    /** The person with the given slug (the slugs of {@code content/people.yaml}), if they are an author. */
    public static Optional<PersonCitations> of(String slug, Library library, Bibliography bibliography, CitationFormatter formatter) {
        return bibliography.person(slug).map(person -> new PersonCitations(person,
                // The names list writes the name in full ("Daniel Byman") where notes give initials.
                library.entities().stream().filter(e -> e.slug().equals(slug)).map(e -> e.name()).findFirst()
                        .orElse(person.name().display()),
                person.documents().stream().flatMap(d -> library.document(d).stream()).toList(),
                bibliography.worksBy(person).stream().map(w -> WorkEntry.of(w, formatter)).toList(),
                CitingNote.of(bibliography.citationsOf(person), library, bibliography)));
    }

    /** A work with its Chicago reference, for lists. */
    public record WorkEntry(Work work, FormattedCitation reference) {
        static WorkEntry of(Work work, CitationFormatter formatter) {
            return new WorkEntry(work, formatter.format(work, CitationStyle.CHICAGO));
        }

        /** The words the filter box on {@code /works} matches, lower-case and without accents or punctuation. */
        public String filterText() {
            StringBuilder text = new StringBuilder(reference.text());
            work.shortTitle().ifPresent(t -> text.append(" ").append(t.plain()));
            // A work known only by a short form is found by it ("Bacon, 753"), though its entry leaves the page out.
            work.shortForm().ifPresent(f -> text.append(' ').append(f));
            work.authors().forEach(a -> text.append(' ').append(a.display()));
            String plain = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            return plain.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        }
    }
}
