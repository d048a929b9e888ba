package org.concordance.web;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.concordance.citations.Bibliography;
import org.concordance.citations.CitationFormatter;
import org.concordance.citations.CitationStyle;
import org.concordance.citations.ExportFormat;
import org.concordance.citations.Person;
import org.concordance.citations.Work;
import org.concordance.content.Document;
import org.concordance.content.Entity;
import org.concordance.content.Library;

/** What a work's page shows: its reference in each style, where the library cites and names it, and its authors. */
public final class WorkView {
    private final Work work;
    private final Library library;
    private final Bibliography bibliography;
    private final CitationFormatter formatter;

    WorkView(Work work, Library library, Bibliography bibliography, CitationFormatter formatter) {
        this.work = work;
        this.library = library;
        this.bibliography = bibliography;
        this.formatter = formatter;
    }

    public Work work() {
        return work;
    }

    /**
     * What the work's reference lacks, as a phrase ("publisher or year"), when its type
     * needs facts the library's texts do not give ({@link Work#missingFacts}); empty when complete.
     */
    public Optional<String> missing() {
        List<String> facts = work.missingFacts();
        return switch (facts.size()) {
            case 0 -> Optional.empty();
            case 1 -> Optional.of(facts.get(0));
            case 2 -> Optional.of(facts.get(0) + " or " + facts.get(1));
            default -> Optional.of(String.join(", ", facts.subList(0, facts.size() - 1)) + ", or " + facts.get(facts.size() - 1));
        };
    }

    /**
     * The work's reference in each style; none for a work known only by a note's short form, which
     * has no full reference to format (the page says so instead of listing the short form three
     * times as a bibliography entry, reference-list entry and works-cited entry).
     */
    public List<CitationView.Cited> references() {
        if (work.knownOnlyByShortForm()) {
            return List.of();
        }
        return Arrays.stream(CitationStyle.values())
                .map(style -> new CitationView.Cited(style, "cite-work-" + style.code(), Optional.empty(), formatter.format(work, style),
                        Optional.empty()))
                .toList();
    }

    /** The library's document that is this work, when it is one: the page links to it. */
    public Optional<CitationView.DocumentLink> inLibrary() {
        return CitationView.inLibrary(work, library, bibliography);
    }

    public List<CitingNote> notes() {
        return CitingNote.of(bibliography.citationsOf(work.slug()), library, bibliography);
    }

    /** Where documents' own text names the work. */
    public List<Place> mentions() {
        return bibliography.mentionsOf(work.slug()).stream().flatMap(m -> library.document(m.documentSlug()).stream()
                .map(d -> new Place(TextLanguage.PAGES.title(d), m.paragraph(), m.href()))).toList();
    }

    public List<Author> authors() {
        return bibliography.authorsOf(work).stream().map(person -> new Author(person,
                library.entity(person.slug()).map(Entity::name),
                person.documents().stream().limit(LISTED_DOCUMENTS).flatMap(slug -> library.document(slug).stream()).toList(),
                person.documents().size(), CitationView.writingOf(person, library),
                bibliography.worksBy(person).stream().filter(w -> !w.slug().equals(work.slug()))
                        .map(w -> PersonCitations.WorkEntry.of(w, formatter)).toList())).toList();
    }

    public List<Download> downloads() {
        return downloads(work.path());
    }

    static List<Download> downloads(String base) {
        return List.of(new Download("BibTeX", base + "." + ExportFormat.BIBTEX.extension(), "." + ExportFormat.BIBTEX.extension()),
                new Download("RIS", base + "." + ExportFormat.RIS.extension(), "." + ExportFormat.RIS.extension()),
                new Download("CSL-JSON", base + "." + ExportFormat.CSL_JSON.extension(), "." + ExportFormat.CSL_JSON.extension()));
    }

    /** A paragraph of a document that names the work; the document's title as HTML, italics inside it kept. */
    public record Place(String documentTitleHtml, int paragraph, String href) {
    }

    /** How many of an author's documents a work page names; the rest are a link away. */
    static final int LISTED_DOCUMENTS = 10;

    /**
     * An author of the work: their documents in the library (the first {@value #LISTED_DOCUMENTS},
     * with the count and where to find them all) and their other works it cites.
     *
     * @param listedName the name the library's people list gives them ("Daniel Byman"), when they are listed
     */
    public record Author(Person person, Optional<String> listedName, List<Document> documents, int documentCount,
            String allDocuments, List<PersonCitations.WorkEntry> otherWorks) {
        /** How many of their documents are not among {@link #documents()}. */
        public int moreDocuments() {
            return documentCount - documents.size();
        }

        /** The name as the work's references give it: "D. Byman". */
        public String name() {
            return person.name().display();
        }

        /** Their page, which exists for the people the library lists; an author it only cites has none. */
        public Optional<String> href() {
            return listedName.map(n -> person.path());
        }

        /**
         * The listed name when it says more than {@link #name()}, for "D. Byman (Daniel Byman)":
         * the page the name links to is about that person, and the reader should know the two are one.
         */
        public Optional<String> fullName() {
            return listedName.filter(full -> !full.equalsIgnoreCase(name()));
        }
    }

    /** A download link: format name, URL, file extension. */
    public record Download(String format, String href, String extension) {
    }
}
