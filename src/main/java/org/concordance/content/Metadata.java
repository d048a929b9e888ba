package org.concordance.content;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * What is known about a document. Only what its text states or what is well-established public
 * fact; an unknown field is empty, never guessed.
 *
 * @param title the document's own title, italics inside it kept, empty when the text does not give it
 * @param label what to call the document when it has no title (always present: the title's plain
 *     text when there is one)
 * @param date the date as the source states it ("Spring 2020"), empty when not stated
 * @param year the year of publication, when known
 * @param summary one line in the library's own words about the document; empty until an editor writes it
 * @param accessed the day the text was taken into the library from its source (an import's day), when known
 * @param url the absolute http or https address the text was published at, when its source states it
 *     (a saved web page's canonical link) or the editor gives it: what citations and exports cite
 * @param language the text's language as a BCP 47 tag ("en", "ar", "zh-Hans"), when the source states
 *     it or it is plain (never guessed from the script: Arabic letters write Persian and Urdu too)
 * @param sourceFile the raw file the text was taken from, a file name in the content folder's {@code sources/}
 */
public record Metadata(
        Optional<Title> title,
        String label,
        DocumentKind kind,
        List<String> authors,
        Optional<String> venue,
        Optional<String> volume,
        Optional<String> issue,
        Optional<String> date,
        OptionalInt year,
        Optional<String> pages,
        Optional<String> byline,
        Optional<String> summary,
        Optional<Excerpt> excerpt,
        Optional<java.time.LocalDate> accessed,
        Optional<String> url,
        Optional<String> language,
        String sourceFile) {
    /** The first year a document may state: dates are written as ISO 8601 and BibTeX write them, of the common era. */
    public static final int FIRST_YEAR = 1;
    /** The last year a document may state: four digits. */
    public static final int LAST_YEAR = 9999;
    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern ISO_MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("MMMM d, u", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH =
            DateTimeFormatter.ofPattern("MMMM u", Locale.ENGLISH);

    public Metadata {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        authors = List.copyOf(authors);
        Objects.requireNonNull(venue, "venue");
        Objects.requireNonNull(volume, "volume");
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(pages, "pages");
        Objects.requireNonNull(byline, "byline");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(excerpt, "excerpt");
        Objects.requireNonNull(accessed, "accessed");
        Objects.requireNonNull(url, "url");
        // Only its form: what check refuses beyond it (Urls.problem) may grow stricter from one build to the
        // next, and a catalog an earlier build wrote must still be read.
        if (url.isPresent() && !Urls.hasWebForm(url.get())) {
            throw new IllegalArgumentException("a document's url must be an absolute http or https address, was " + url.get());
        }
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(sourceFile, "sourceFile");
        if (label.isBlank()) {
            throw new IllegalArgumentException("a document needs a title or a label");
        }
    }

    /**
     * The title's plain text when the text gives one, otherwise the descriptive label: for
     * {@code <title>}, meta tags, search and sorting.
     */
    public String displayTitle() {
        return title.map(Title::plain).orElse(label);
    }

    /**
     * {@link #displayTitle()} as HTML, italics inside the title kept as {@code <i>}: for headings
     * and the links that name the document.
     */
    public String displayTitleHtml() {
        return title.map(Title::html).orElseGet(() -> org.jsoup.nodes.Entities.escape(label));
    }

    /** Authors joined for display: "A", "A and B", "A, B and C". */
    public String authorLine() {
        if (authors.size() <= 1) {
            return authors.isEmpty() ? "" : authors.get(0);
        }
        return String.join(", ", authors.subList(0, authors.size() - 1)) + " and " + authors.get(authors.size() - 1);
    }

    /** Where the document appeared, as one line: venue, volume and issue, date, pages. */
    public String sourceLine() {
        return sourceLine(true);
    }

    /**
     * {@link #sourceLine()}, with the date only when {@code withDate}: left out after a byline
     * that states it already ("By Jane Roe · March 15, 2021").
     */
    public String sourceLine(boolean withDate) {
        return sourceLine(withDate, false, false);
    }

    /**
     * {@link #sourceLine(boolean)} as HTML: escaped, the venue in italics where the document's kind
     * sets it so ({@link DocumentKind#venueInItalics}: a journal's, a blog's, a book's name).
     */
    public String sourceLineHtml(boolean withDate) {
        return sourceLine(withDate, true, false);
    }

    /**
     * {@link #sourceLineHtml}, dated, with the pages as a sentence gives them: "<i>Journal</i> 7, no. 2
     * (Spring 2020), page 21" or "…, pages 21–30".
     */
    public String sourceSentenceHtml() {
        return sourceLine(true, true, true);
    }

    /** The venue as HTML: escaped, in italics where the document's kind sets it so ({@link DocumentKind#venueInItalics}). */
    public Optional<String> venueHtml() {
        return venue.map(org.jsoup.nodes.Entities::escape).map(v -> kind.venueInItalics() ? "<i>" + v + "</i>" : v);
    }

    /** When the text appeared, as it states it: its date, else its year ("12, no. 3 (2022)"); empty when it states neither. */
    public Optional<String> when() {
        return date.or(() -> year.isPresent() ? Optional.of(String.valueOf(year.getAsInt())) : Optional.empty());
    }

    /** {@code date} written out when it is an ISO 8601 day or month that exists ("January 19, 2023"); else itself. */
    public static String readable(String date) {
        try {
            if (ISO_DAY.matcher(date).matches()) {
                return LocalDate.parse(date).format(DAY);
            }
            if (ISO_MONTH.matcher(date).matches()) {
                return YearMonth.parse(date).format(MONTH);
            }
        } catch (DateTimeException notADate) {
            // "2023-02-30": not a day; shown as stated, as check leaves it
        }
        return date;
    }

    /** A date as {@link #readable} gives it, as HTML: escaped, an ISO 8601 date marked as such for machines ({@code <time datetime>}). */
    private String whenHtml(String when) {
        String shown = org.jsoup.nodes.Entities.escape(readable(when));
        return shown.equals(org.jsoup.nodes.Entities.escape(when)) ? shown
                : "<time datetime=\"" + org.jsoup.nodes.Entities.escape(when) + "\">" + shown + "</time>";
    }

    /** Whether the pages stated are more than one: a range or a list ("21–30", "21, 24"). */
    public boolean severalPages() {
        return pages.filter(p -> p.matches(".*[-–—,].*")).isPresent();
    }

    private String sourceLine(boolean withDate, boolean html, boolean sentence) {
        java.util.function.UnaryOperator<String> text = html ? org.jsoup.nodes.Entities::escape : s -> s;
        StringBuilder line = new StringBuilder((html ? venueHtml() : venue).orElse(""));
        volume.ifPresent(v -> line.append(line.isEmpty() ? "" : " ").append(text.apply(v)));
        issue.ifPresent(i -> line.append(", no. ").append(text.apply(i)));
        // In brackets after a venue or volume, as the styles set it; alone, a date is just the date.
        when().filter(d -> withDate).map(d -> html ? whenHtml(d) : readable(d))
                .ifPresent(d -> line.append(line.isEmpty() ? d : " (" + d + ")"));
        pages.ifPresent(p -> {
            String word = severalPages() ? "pages " : "page ";
            line.append(sentence ? (line.isEmpty() ? word : ", " + word) : line.isEmpty() ? "" : ": ").append(text.apply(p));
        });
        return line.toString();
    }
}
