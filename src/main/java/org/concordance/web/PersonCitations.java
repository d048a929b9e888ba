package org.concordance.web;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.concordance.citations.Bibliography;
import org.concordance.citations.CitationFormatter;
import org.concordance.citations.CitationStyle;
import org.concordance.citations.FormattedCitation;
import org.concordance.citations.GlossaryNames;
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

    /**
     * A work with its Chicago reference, for lists.
     *
     * @param otherNames the words of the names of the glossary's entries the work names, folded
     *     ({@link GlossaryNames#namedWords}): what else finds it in the works filter
     */
    public record WorkEntry(Work work, FormattedCitation reference, Set<String> otherNames) {
        public WorkEntry {
            otherNames = Set.copyOf(otherNames);
        }

        static WorkEntry of(Work work, CitationFormatter formatter) {
            return of(work, formatter, GlossaryNames.NONE);
        }

        static WorkEntry of(Work work, CitationFormatter formatter, GlossaryNames glossary) {
            FormattedCitation reference = formatter.format(work, CitationStyle.CHICAGO);
            return new WorkEntry(work, reference, glossary == GlossaryNames.NONE ? Set.of() : glossary.namedWords(known(work, reference)));
        }

        /**
         * The words the filter box on {@code /works} matches, folded as the server's filter folds them
         * ({@link GlossaryNames#fold}), then the words of the other names of what the work names.
         */
        public String filterText() {
            String words = GlossaryNames.fold(known(work, reference));
            return otherNames.isEmpty() ? words : words + " " + String.join(" ", new java.util.TreeSet<>(otherNames));
        }

        /** The reference, the short title and short form, and the authors: what the filter box matches. */
        private static String known(Work work, FormattedCitation reference) {
            StringBuilder text = new StringBuilder(reference.text());
            work.shortTitle().ifPresent(t -> text.append(" ").append(t.plain()));
            // A work known only by a short form is found by it ("Bacon, 753"), though its entry leaves the page out.
            work.shortForm().ifPresent(f -> text.append(' ').append(f));
            work.authors().forEach(a -> text.append(' ').append(a.display()));
            return text.toString();
        }
    }
}
