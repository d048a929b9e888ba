package org.concordance.citations;

import org.concordance.content.Slugs;
import org.concordance.content.Title;
import org.jsoup.nodes.Entities;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A work the library cites or names: what the texts (and the editor's references) say about it,
 * and nothing more. A work cited only by a short form keeps only what the short form states.
 *
 * @param slug the work's URL name, e.g. {@code byman-breaking-the-bonds}
 * @param editors the editors of the book a chapter is in (or of an edited book), as the note or reference names them
 * @param edition a book's edition as the note gives it: numbered ("3rd"), or in words ("rev. ed.")
 * @param title empty for a work the notes cite by author and page only
 * @param shortTitle the short title notes use for it, when one is known
 * @param container journal, book (for a chapter), site or report series
 * @param number a report's or paper's number
 * @param date the date as the notes write it ("June 5, 2018", "Spring 2010"), of {@code year}; empty
 *     when only the year is known
 * @param accessed the date a note says a web page was accessed, as written ("May 1, 2017")
 * @param shortForm the first short form that cites it, as written ("Bacon, 753."), when it has one
 * @param sources where each fact comes from; see {@link #knownOnlyByShortForm()}
 */
public record Work(
        String slug,
        WorkType type,
        List<Name> authors,
        List<Name> editors,
        List<Name> translators,
        Optional<String> edition,
        Optional<Title> title,
        Optional<Title> shortTitle,
        Optional<String> container,
        Optional<String> number,
        Optional<String> volume,
        Optional<String> issue,
        Optional<String> publisher,
        Optional<String> place,
        OptionalInt year,
        Optional<String> date,
        Optional<String> pages,
        Optional<String> url,
        Optional<String> accessed,
        Optional<String> shortForm,
        Set<WorkSource> sources) {


    public Work {
        Objects.requireNonNull(slug, "slug");
        if (!Slugs.isSlug(slug)) {
            throw new IllegalArgumentException("not a slug: " + slug);
        }
        Objects.requireNonNull(type, "type");
        authors = List.copyOf(authors);
        editors = List.copyOf(editors);
        translators = List.copyOf(translators);
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(shortTitle, "shortTitle");
        Objects.requireNonNull(container, "container");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(volume, "volume");
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(accessed, "accessed");
        Objects.requireNonNull(pages, "pages");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(shortForm, "shortForm");
        sources = Set.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("work " + slug + " needs a source");
        }
    }

    /**
     * True when the library knows the work only from short forms in notes: its full reference is
     * not in the text, so the page must say so rather than present the short form as a reference.
     */
    public boolean knownOnlyByShortForm() {
        return sources.equals(Set.of(WorkSource.SHORT_FORM));
    }

    /**
     * What a reference of this type needs that neither the notes nor the editor's references give,
     * in words for a reader, in order ("publisher", "the year"): a book's publisher, a
     * chapter's book and publisher, an article's journal, a report's institution, and the year of
     * each of these; a web page's address. Empty when nothing is missing, for a work of unknown
     * type, and for one known only by its short form, whose page says that instead.
     */
    public List<String> missingFacts() {
        if (knownOnlyByShortForm()) {
            return List.of();
        }
        List<String> missing = new ArrayList<>();
        switch (type) {
            case BOOK -> addIfEmpty(missing, publisher, "publisher");
            case CHAPTER -> {
                addIfEmpty(missing, container, "book it appeared in");
                addIfEmpty(missing, publisher, "publisher");
            }
            case JOURNAL_ARTICLE -> addIfEmpty(missing, container, "journal");
            case REPORT -> addIfEmpty(missing, publisher.or(() -> container), "issuing institution");
            case WEB_PAGE, BLOG_POST, PRESS_RELEASE -> addIfEmpty(missing, url, "address");
            case UNKNOWN -> { }
        }
        if (year.isEmpty() && Set.of(WorkType.BOOK, WorkType.CHAPTER, WorkType.JOURNAL_ARTICLE, WorkType.REPORT).contains(type)) {
            missing.add("year");
        }
        return List.copyOf(missing);
    }

    private static void addIfEmpty(List<String> missing, Optional<String> fact, String what) {
        if (fact.isEmpty()) {
            missing.add(what);
        }
    }

    /** The title as plain text, or a description for a work the notes cite without one: for {@code <title>}, meta tags and search. */
    public String displayTitle() {
        return title.map(Title::plain).orElseGet(this::untitled);
    }

    /** {@link #displayTitle()} as HTML, italics inside the title kept as {@code <i>}: for headings and links. */
    public String displayTitleHtml() {
        return title.map(Title::html).orElseGet(() -> Entities.escape(untitled()));
    }

    private String untitled() {
        return "Untitled work by " + authorLine() + " (cited by author and page only)";
    }

    /** "D. Byman", "A and B", "A, B and C"; empty when anonymous. */
    public String authorLine() {
        List<String> names = authors.stream().map(Name::display).toList();
        if (names.size() <= 1) {
            return names.isEmpty() ? "" : names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** Where the works page lives. */
    public String path() {
        return "/works/" + slug;
    }
}
