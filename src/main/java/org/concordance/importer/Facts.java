package org.concordance.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.concordance.content.DocumentKind;

/**
 * The metadata of one input as it is found, from the format's own metadata first and then from
 * the text. Each value is set once: the first source to state it wins, and nothing is guessed. Not
 * thread-safe; one per input.
 */
final class Facts {
    Optional<String> title = Optional.empty();
    List<String> authors = new ArrayList<>();
    Optional<String> venue = Optional.empty();
    Optional<String> volume = Optional.empty();
    Optional<String> issue = Optional.empty();
    Optional<String> date = Optional.empty();
    OptionalInt year = OptionalInt.empty();
    Optional<String> pages = Optional.empty();
    Optional<String> byline = Optional.empty();
    Optional<DocumentKind> kind = Optional.empty();
    /** The language the source declares (a web page's {@code lang}, a PDF's {@code /Lang}), as a BCP 47 tag. */
    Optional<String> language = Optional.empty();
    /** What showed the kind ("a running head with volume and number"). */
    String kindReason = "";
    /** The address the text was published at, when the source states it ({@link org.concordance.content.Urls#isWebAddress}). */
    Optional<String> url = Optional.empty();
    /** Where the address came from ("the page's canonical link"). */
    String urlReason = "";
    /** The first address the source stated that could not be kept, with where and why, when none was kept. */
    Optional<String> urlRefused = Optional.empty();
    /** Running heads and footers the format already took off its pages. */
    final List<String> heads = new ArrayList<>();
    /** The page numbers printed on the pages, in page order, when the format found them. */
    final List<Integer> printedPages = new ArrayList<>();

    void title(String value) {
        if (title.isEmpty() && value != null && !value.isBlank()) {
            title = Optional.of(Prose.collapse(value).strip());
        }
    }

    void authors(List<String> names) {
        if (authors.isEmpty()) {
            names.stream().map(name -> Prose.collapse(name).strip()).filter(name -> !name.isEmpty())
                    .filter(name -> authors.stream().noneMatch(known -> Bylines.sameName(known, name)))
                    .forEach(authors::add);
        }
    }

    void language(String value) {
        if (language.isEmpty() && value != null) {
            language = org.concordance.content.Languages.tag(value);
        }
    }

    void venue(String value) {
        if (venue.isEmpty() && value != null && !value.isBlank()) {
            venue = Optional.of(Prose.collapse(value).strip());
        }
    }

    void date(String value) {
        if (date.isEmpty() && value != null && !value.isBlank()) {
            date = Optional.of(Prose.collapse(value).strip());
            java.util.regex.Matcher year = java.util.regex.Pattern.compile("\\b(1[5-9]\\d\\d|20\\d\\d)\\b").matcher(value);
            if (this.year.isEmpty() && year.find()) {
                this.year = OptionalInt.of(Integer.parseInt(year.group(1)));
            }
        }
    }

    void kind(DocumentKind value, String reason) {
        if (kind.isEmpty()) {
            kind = Optional.of(value);
            kindReason = reason;
        }
    }

    /** What a journal's running head states. */
    void journal(RunningHeads.Head head) {
        venue(head.venue());
        if (volume.isEmpty()) {
            volume = Optional.of(head.volume());
            issue = Optional.of(head.issue());
        }
        date(head.date());
        kind(DocumentKind.JOURNAL_ARTICLE, "a running head names a journal, its volume and number");
    }

    /** The address the text was published at, stated by {@code reason}; only an absolute http or https one. */
    void url(String value, String reason) {
        if (url.isPresent() || value == null || value.isBlank()) {
            return;
        }
        Optional<String> problem = org.concordance.content.Urls.problem(value.strip());
        if (problem.isEmpty()) {
            url = Optional.of(value.strip());
            urlReason = reason;
        } else if (urlRefused.isEmpty()) {
            urlRefused = Optional.of(reason + ", “" + org.concordance.content.Urls.shown(value.strip()) + "”, " + problem.get());
        }
    }

    /** The address the reader states for the text, over any its source states. */
    void urlGiven(String value, String reason) {
        String over = url.filter(stated -> !stated.equals(value)).map(stated -> ", over " + urlReason + ", " + stated).orElse("");
        url = Optional.empty();
        urlRefused = Optional.empty();
        url(value, reason + over);
    }

    void byline(String value) {
        if (byline.isEmpty()) {
            byline = Optional.of(value);
        }
    }

    /**
     * A byline the text prints, kept as printed, with the authors it names: when no authors are
     * known, or when it names every known one and more (a co-author the page's metadata leaves out:
     * what the reader sees printed is the fuller statement). One that names someone the known
     * authors leave out, and not all of them, leaves them as they are, and the report says the two
     * differ: neither can be told the right one.
     */
    void byline(Bylines.Byline printed, Report report) {
        byline(printed.text());
        List<String> named = printed.authors();
        if (authors.isEmpty()) {
            authors(named);
            return;
        }
        List<String> unknown = named.stream().filter(name -> authors.stream().noneMatch(known -> Bylines.sameName(known, name)))
                .toList();
        if (unknown.isEmpty()) {
            return;
        }
        boolean namesAll = authors.stream().allMatch(known -> named.stream().anyMatch(name -> Bylines.sameName(known, name)));
        if (namesAll) {
            // Said neutrally: before the byline, the authors came from a page's metadata or a PDF's line under its title.
            report.found("the authors the byline names, " + String.join("; ", named) + ", over those stated before it (only "
                    + String.join("; ", authors) + ")");
            authors.clear();
            authors(named);
        } else {
            report.warn("the byline names " + String.join("; ", unknown) + ", whom the authors stated before it ("
                    + String.join("; ", authors) + ") leave out, and not all of those: they are kept, and the byline as printed;"
                    + " an editor may correct 'authors'");
        }
    }
}
