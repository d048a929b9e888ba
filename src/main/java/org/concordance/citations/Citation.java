package org.concordance.citations;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.concordance.content.Title;

/**
 * One citation as written in a note, parsed but not yet resolved to a work. Holds only what the
 * note states; every field the note leaves out is empty.
 *
 * @param text the citation's own words, as printed (a note may hold several citations)
 * @param title the title without its quotation marks or surrounding italics; italics inside it
 *     (a book named in an article's title) are kept as its italic runs
 * @param italicTitle true when the title was set in italics (a book), false when quoted or absent
 * @param container the journal, book (for a chapter), site, or report series
 * @param publisher the publisher or, for a report, the issuing institution
 * @param number the report's or paper's number
 * @param date the date as the note writes it ("2012", "Spring 2010", "June 5, 2018"), for a book the
 *     last part of its publication facts; {@code year} is its year
 * @param accessed the date a web page was accessed, as written ("May 1, 2017"); never its date
 * @param editors the editors of the book a chapter is in, of an edited book ("Jo Doe, ed.,"), or of
 *     an author's book ("ed. Jo Doe")
 * @param edition a book's edition as the note numbers it ("3rd" for "3rd ed."), or its words ("rev.
 *     ed."): CSL reads "3rd" as a number, and citeproc-java prints its ordinal only so
 * @param pinpoint the page or pages the note cites ("442", "iv-v")
 */
public record Citation(
        CitationForm form,
        String text,
        List<Name> authors,
        Optional<Title> title,
        boolean italicTitle,
        Optional<String> container,
        Optional<String> publisher,
        Optional<String> place,
        Optional<String> number,
        Optional<String> volume,
        Optional<String> issue,
        OptionalInt year,
        Optional<String> date,
        Optional<String> accessed,
        Optional<String> url,
        List<Name> editors,
        List<Name> translators,
        Optional<String> edition,
        Optional<String> pinpoint) {

    public Citation {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(text, "text");
        authors = List.copyOf(authors);
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(container, "container");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(volume, "volume");
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(accessed, "accessed");
        Objects.requireNonNull(url, "url");
        editors = List.copyOf(editors);
        translators = List.copyOf(translators);
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(pinpoint, "pinpoint");
        if (form != CitationForm.IBID && authors.isEmpty() && title.isEmpty()) {
            throw new IllegalArgumentException("a " + form + " citation needs an author or a title: " + text);
        }
    }
}
