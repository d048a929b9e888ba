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
        Optional<String> url,
        List<Name> editors,
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
        Objects.requireNonNull(url, "url");
        editors = List.copyOf(editors);
        Objects.requireNonNull(pinpoint, "pinpoint");
        if (form != CitationForm.IBID && authors.isEmpty() && title.isEmpty()) {
            throw new IllegalArgumentException("a " + form + " citation needs an author or a title: " + text);
        }
    }
}
