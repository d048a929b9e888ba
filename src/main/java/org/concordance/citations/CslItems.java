package org.concordance.citations;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concordance.content.Document;
import org.concordance.content.DocumentKind;
import org.concordance.content.Metadata;
import org.concordance.content.Title;

/**
 * Works and documents as CSL-JSON items (plain maps, in a stable key order): the one description
 * that the CSL-JSON export writes and the CSL processor formats, so the two cannot disagree. What
 * differs between them is only how titles and names are written, which {@link Target} decides.
 */
final class CslItems {
    /** Stands for a run of a title while citeproc-java formats it; see {@link Target#runs()}. */
    static final char RUN_START = '\uE000';
    static final char RUN_END = '\uE001';
    /**
     * Prepositions that Chicago (8.159) and MLA lower-case in a title wherever they stand but
     * citeproc-java's title case capitalises ("Talk Scientifically About"), being absent from its
     * list of stop words. Not after a colon or end punctuation, where a subtitle or sentence starts.
     */
    private static final Pattern PREPOSITION = Pattern.compile(
            "(?<=[\\p{L}\\p{N},;'’”)]\\s{1,3})(?i:about|above|concerning|regarding|unlike)(?=\\s)");

    /**
     * What Chicago and MLA print in a title as it is written, which citeproc-java's title case would
     * capitalise: a lower-case particle of a name before the name ("al-Qaeda", "Osama bin Laden",
     * "van Creveld"; CMOS 8.22 lower-cases "al-" but at the start of a sentence, and a name keeps
     * its particle's case, 8.5), not at the start of the title or a subtitle, where it takes its
     * capital; and a literal tag, which is no word ("the &lt;i&gt; element"). And two things
     * citeproc-java's title case spoils in a title already in title case: a word's letters after a
     * "‘" inside it, which it takes for an opening quotation mark and so for a word's start
     * ("al-Qa‘ida" printed "al-Qa‘Ida"; the ‘ stands for the ʿayn), are kept as written; and a
     * capitalised word right after an article or a possessive, which is no preposition there but
     * an adjective or a noun ("The Inside Story", "the Near Enemy", "Its Next War"), keeps the
     * capital the title gives it, where citeproc-java's list of prepositions would lower-case it.
     */
    private static final Pattern AS_WRITTEN = Pattern.compile(
            "(?<=[\\p{L}\\p{N},;'’”)]\\s{1,3})(?:" + String.join("|", Name.IN_TITLES) + ")(?=[-‐\\s]+\\p{Lu})"
            + "|<[^<>\\s][^<>]*>"
            + "|(?<=[\\p{L}\\p{N}])‘[\\p{L}\\p{N}]+"
            + "|(?<=(?<![\\p{L}\\p{N}'’])(?i:the|an?|this|that|these|those|its|their|his|her|our|my|your)\\s{1,3})\\p{Lu}\\p{Ll}+(?![\\p{L}\\p{N}])");

    /** The genre of a press release, as CSL's {@code article} carries it and each style prints it. */
    static final String PRESS_RELEASE = "press release";

    private static final Pattern SEASON = Pattern.compile("(?i)(spring|summer|fall|autumn|winter)\\s+(\\d{4})");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(\\p{L}+)\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})\\s+(\\p{L}+)\\.?\\s+(\\d{4})");
    /** ISO 8601, as an import writes a date a page gives only in its metadata ("2022-05-04", "2022-05"). */
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})(?:-(\\d{2}))?");
    private static final Pattern MONTH_YEAR = Pattern.compile("(\\p{L}+)\\.?\\s+(\\d{4})");
    private static final Pattern UNIVERSITY_PRESS = Pattern.compile("\\bUniversity Press\\b");
    private static final Pattern UNIVERSITY = Pattern.compile("\\bUniversity\\b");
    private static final Pattern PRESS = Pattern.compile("\\bPress\\b");

    private CslItems() {
    }

    /**
     * What an item is written for: a CSL-JSON export ({@link #export()}), or citeproc-java formatting
     * it in one style ({@link #forStyle}). For a style, APA titles are put in sentence case, names
     * are arranged as {@link CslNames} explains, and each italic run of a title is replaced by a
     * token of private-use characters, because citeproc-java 3.5 neither reads CSL's {@code <i>}
     * markup (it prints the tags) nor leaves a title within a title alone when it title-cases
     * ("alongside the Accidental Guerrilla"); the formatter puts the runs back, in italics. The
     * prepositions citeproc-java would capitalise in Chicago and MLA are kept in lower case the
     * same way ({@link #PREPOSITION}). Not thread-safe: one per item.
     */
    static final class Target {
        private final CitationStyle style;
        private final boolean bibliography;
        private final SentenceCase sentenceCase;
        private final List<Title.Run> runs = new ArrayList<>();

        private Target(CitationStyle style, boolean bibliography, SentenceCase sentenceCase) {
            this.style = style;
            this.bibliography = bibliography;
            this.sentenceCase = sentenceCase;
        }

        /** CSL-JSON as reference managers read it: {@code <i>} in titles, particles in their fields. */
        static Target export() {
            return new Target(null, false, null);
        }

        /** For {@code style}: a bibliography entry, or a note or in-text citation. */
        static Target forStyle(CitationStyle style, boolean bibliography, SentenceCase sentenceCase) {
            return new Target(style, bibliography, sentenceCase);
        }

        /** The runs the tokens stand for, in token order: token {@code n} is RUN_START, n, RUN_END. */
        List<Title.Run> runs() {
            return List.copyOf(runs);
        }

        private boolean apa() {
            return style == CitationStyle.APA;
        }

        String title(Title title) {
            if (style == null) {
                return title.csl();
            }
            Title cased = apa() ? sentenceCase.apply(title) : title;
            StringBuilder out = new StringBuilder();
            for (Title.Run run : cased.runs()) {
                if (run.italic()) {
                    token(run, out);
                } else if (apa()) {
                    out.append(run.text());
                } else {
                    keepCase(run.text(), out);
                }
            }
            return out.toString();
        }

        /** {@code text} for a style's title case, the prepositions it would capitalise in lower case, particles and tags as written. */
        private void keepCase(String text, StringBuilder out) {
            Matcher kept = AS_WRITTEN.matcher(text);
            int at = 0;
            while (kept.find()) {
                prepositions(text, at, kept.start(), out);
                token(new Title.Run(kept.group(), false), out);
                at = kept.end();
            }
            prepositions(text, at, text.length(), out);
        }

        /** {@code text} from {@code start} to {@code end}, what comes before it still read as its context. */
        private void prepositions(String text, int start, int end, StringBuilder out) {
            Matcher preposition = PREPOSITION.matcher(text).region(start, end).useTransparentBounds(true);
            int at = start;
            while (preposition.find()) {
                out.append(text, at, preposition.start());
                token(new Title.Run(preposition.group().toLowerCase(Locale.ROOT), false), out);
                at = preposition.end();
            }
            out.append(text, at, end);
        }

        private void token(Title.Run run, StringBuilder out) {
            out.append(RUN_START).append(runs.size()).append(RUN_END);
            runs.add(run);
        }

        /** A book's title as the container of a chapter: in sentence case in APA, like any book title. */
        String bookTitle(String title) {
            return apa() && !Title.clean(title).isBlank() ? sentenceCase.apply(Title.of(title)).plain() : title;
        }

        List<Map<String, Object>> names(List<Name> names) {
            return style == null ? CslNames.exported(names) : CslNames.forStyle(names, style, bibliography);
        }

        /** A URL as the style prints it ({@link #printedUrl}); as given for an export. */
        String url(String url) {
            return style == null ? url : printedUrl(url, style);
        }

        /**
         * A publisher as the style prints it. The MLA Handbook (9th ed., 2.108) abbreviates a
         * university press: "University Press" is "UP" (Columbia UP), and "University" and "Press"
         * apart are "U" and "P" (U of Chicago P). The other styles, and exports, keep the name whole.
         */
        String publisher(String publisher) {
            if (style != CitationStyle.MLA) {
                return publisher;
            }
            String abbreviated = UNIVERSITY_PRESS.matcher(publisher).replaceAll("UP");
            if (UNIVERSITY.matcher(abbreviated).find() && PRESS.matcher(abbreviated).find()) {
                abbreviated = PRESS.matcher(UNIVERSITY.matcher(abbreviated).replaceAll("U")).replaceAll("P");
            }
            return abbreviated;
        }

        /** Editors and translators, whom no style inverts. */
        List<Map<String, Object>> editors(List<Name> names) {
            return style == null ? CslNames.exported(names) : CslNames.forStyle(names, style, false);
        }

        /**
         * A date as the source states it, else the year; a season ("Spring 2020") is kept where the
         * style prints one, and in an export as CSL-JSON's {@code season} (1 spring to 4 winter) beside
         * its year, which every reference manager reads.
         */
        Optional<Map<String, Object>> date(Optional<String> stated, java.util.OptionalInt year) {
            if (style == null) {
                Optional<Map<String, Object>> seasonal = stated.map(d -> SEASON.matcher(d.strip())).filter(Matcher::matches)
                        .map(season -> {
                            // In this order on every run and replica (Map.of's order is the JVM's): the same bytes.
                            Map<String, Object> date = new LinkedHashMap<>();
                            date.put("date-parts", List.of(List.of(Integer.parseInt(season.group(2)))));
                            date.put("season", seasonNumber(season.group(1)));
                            return date;
                        });
                if (seasonal.isPresent()) {
                    return seasonal;
                }
            }
            return stated.flatMap(d -> parse(d, style != CitationStyle.APA))
                    .or(() -> year.isPresent() ? Optional.of(dateParts(List.of(year.getAsInt()))) : Optional.empty());
        }
    }

    static Map<String, Object> item(Work work, Target target) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", work.slug());
        item.put("type", work.type().csl());
        if (!work.authors().isEmpty()) {
            item.put("author", target.names(work.authors()));
        }
        if (!work.editors().isEmpty()) {
            item.put("editor", target.editors(work.editors()));
        }
        if (!work.translators().isEmpty()) {
            item.put("translator", target.editors(work.translators()));
        }
        work.edition().ifPresent(e -> item.put("edition", e));
        work.title().ifPresent(t -> item.put("title", target.title(t)));
        if (work.type() == WorkType.PRESS_RELEASE) {
            item.put("genre", PRESS_RELEASE);
        }
        work.shortTitle().ifPresent(t -> item.put("title-short", target.title(t)));
        // A report's series ("Analysis Paper") is its kind, numbered: CSL's genre, which the styles
        // print as "Analysis Paper No. 27". Everywhere else the container holds the work.
        work.container().ifPresent(c -> item.put(work.type() == WorkType.REPORT ? "genre" : "container-title",
                work.type() == WorkType.CHAPTER ? target.bookTitle(c) : c));
        work.number().ifPresent(n -> item.put("number", n));
        work.volume().ifPresent(v -> item.put("volume", v));
        work.issue().ifPresent(i -> item.put("issue", i));
        work.publisher().ifPresent(p -> item.put("publisher", target.publisher(p)));
        work.place().ifPresent(p -> item.put("publisher-place", p));
        target.date(work.date(), work.year()).ifPresent(d -> item.put("issued", d));
        work.pages().ifPresent(p -> item.put("page", p));
        work.url().ifPresent(u -> item.put("URL", target.url(u)));
        work.url().flatMap(CslItems::doi).ifPresent(doi -> item.put("DOI", doi));
        work.accessed().flatMap(CslItems::statedDate).ifPresent(a -> item.put("accessed", a));
        shortFormNote(work).ifPresent(n -> item.put("note", n));
        return item;
    }

    /**
     * What an export says about a work whose full reference the library does not have, in the
     * words the pages use ({@link CitationFormatter#SHORT_FORM_ONLY}), with the short form quoted
     * as the note's, so a style printing the note cannot pass its page off as the work's.
     */
    static Optional<String> shortFormNote(Work work) {
        if (!work.knownOnlyByShortForm()) {
            return Optional.empty();
        }
        String note = Character.toUpperCase(CitationFormatter.SHORT_FORM_ONLY.charAt(0)) + CitationFormatter.SHORT_FORM_ONLY.substring(1);
        return Optional.of(note + work.shortForm().map(f -> "; a note cites it by the short form " + f.strip()).orElse(""));
    }

    /**
     * A library document, cited at the address it was published at when its metadata gives one
     * ({@link Metadata#url}), as a style guide asks (the original, not a copy); else at {@code url}
     * (the document's page or a paragraph's permalink) on the site {@code siteName}.
     *
     * <p>A blog post whose blog is known is a {@code post-weblog} in that blog, its title in quotes.
     * When the text does not name the blog, the styles (which quote a post's title only inside a
     * named blog) would italicise the title like a book's, and inventing a blog is not an option:
     * the post is then cited as what the reader has in hand, a page ({@code webpage}) of this site,
     * or, at its own address, a page of a site not named. So is a text of no clearer kind
     * ({@code document}, an imported file): a page of the venue its text names, else of this site
     * (or of none, at its own address); CSL's {@code document} would print its venue as a book it
     * appeared in ("In <i>Venue</i>").
     * A document without a title is cited by what is known, with a description of what it is in
     * CSL's {@code genre}, which each style prints where a title would go, as its guide prints a
     * description (APA in square brackets, Chicago and MLA plain); never by the library's label.
     * The access date is the day the text was taken into the library.
     */
    static Map<String, Object> item(Document document, String url, String siteName, Target target) {
        Metadata meta = document.metadata();
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", document.slug());
        // A blog post whose blog the text does not name, and a text of no clearer kind (an imported
        // file), are what the reader has before them: a page of this site, or of the venue named.
        boolean unnamedSite = (meta.kind() == DocumentKind.BLOG_POST || meta.kind() == DocumentKind.DOCUMENT)
                && meta.venue().isEmpty();
        boolean pageOfThisSite = unnamedSite && meta.url().isEmpty();
        item.put("type", switch (meta.kind()) {
            case BLOG_POST -> unnamedSite ? "webpage" : "post-weblog";
            case BOOK_CHAPTER -> "chapter";
            case REPORT -> "report";
            case JOURNAL_ARTICLE -> "article-journal";
            case DOCUMENT -> "webpage";
        });
        if (!meta.authors().isEmpty()) {
            item.put("author", target.names(meta.authors().stream().map(Name::parse).toList()));
        }
        Optional<Title> title = meta.title();
        if (title.isPresent()) {
            item.put("title", target.title(title.get()));
        } else {
            // MLA shortens what stands for a title in the text to its first noun phrase, as it
            // shortens a title: "(Excerpt of an article 21)".
            item.put("genre", target.style == CitationStyle.MLA && !target.bibliography ? what(meta) : description(meta));
        }
        if (pageOfThisSite) {
            item.put("container-title", siteName);
        } else if (meta.kind() == DocumentKind.REPORT) {
            meta.venue().ifPresent(v -> item.put("publisher", target.publisher(v)));
        } else {
            meta.venue().ifPresent(v -> item.put("container-title", meta.kind() == DocumentKind.BOOK_CHAPTER ? target.bookTitle(v) : v));
        }
        meta.volume().ifPresent(v -> item.put("volume", v));
        meta.issue().ifPresent(i -> item.put("issue", i));
        target.date(meta.date(), meta.year()).ifPresent(d -> item.put("issued", d));
        meta.pages().ifPresent(p -> item.put("page", p));
        item.put("URL", target.url(meta.url().orElse(url)));
        meta.accessed().ifPresent(day -> item.put("accessed", dateParts(List.of(day.getYear(), day.getMonthValue(), day.getDayOfMonth()))));
        meta.language().ifPresent(language -> item.put("language", language));
        return item;
    }

    /** A DOI's address, as doi.org resolves it (its older host "dx.doi.org" too): "https://doi.org/10.1080/09636412.2014.935228". */
    private static final Pattern DOI_ADDRESS = Pattern.compile("(?i)^https?://(?:dx\\.)?doi\\.org/(10\\.\\d{4,9}/\\S+)$");

    /**
     * The DOI a note gives as its address ("10.1080/09636412.2014.935228" for
     * "https://doi.org/10.1080/09636412.2014.935228"), percent-encoding undone as doi.org undoes it;
     * empty for any other address. A DOI is the work's, wherever it was read: CSL's {@code DOI},
     * which every style prints in preference to the URL, as "https://doi.org/…" (CMOS 14.8, APA
     * 9.34, MLA 5.93), and BibTeX's {@code doi} and RIS's {@code DO}, which reference managers keep
     * apart from the address.
     */
    static Optional<String> doi(String url) {
        Matcher doi = DOI_ADDRESS.matcher(url.strip());
        if (!doi.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(java.net.URLDecoder.decode(doi.group(1).replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) { // a lone "%": the address as written
            return Optional.of(doi.group(1));
        }
    }

    /** A web address's scheme, unless the address is a DOI's, which MLA prints whole. */
    private static final Pattern SCHEME = Pattern.compile("(?i)^https?://(?!(dx\\.)?doi\\.org/)");

    /**
     * A URL as {@code style} prints it in a citation: the MLA Handbook (9th ed., 5.95) leaves out
     * {@code http://} and {@code https://} (not from a DOI's address); Chicago and APA print the
     * URL whole. The MLA style file prints the {@code URL} variable as given, so the item carries
     * it so.
     */
    static String printedUrl(String url, CitationStyle style) {
        return style == CitationStyle.MLA ? SCHEME.matcher(url).replaceFirst("") : url;
    }

    /** "Excerpt of an article, title not given": what an untitled document is, in words of the library's own. */
    static String description(Metadata meta) {
        return what(meta) + ", title not given";
    }

    /** "Excerpt of an article", "Report": the kind of an untitled document, the first part of its {@link #description}. */
    private static String what(Metadata meta) {
        String noun = switch (meta.kind()) {
            case JOURNAL_ARTICLE -> "article";
            case BLOG_POST -> "blog post";
            case BOOK_CHAPTER -> "chapter";
            case REPORT -> "report";
            case DOCUMENT -> "document";
        };
        return meta.excerpt().isPresent()
                ? "Excerpt of " + (noun.matches("[aeiou].*") ? "an " : "a ") + noun
                : Character.toUpperCase(noun.charAt(0)) + noun.substring(1);
    }

    private static Map<String, Object> dateParts(List<Integer> parts) {
        return Map.of("date-parts", List.of(parts));
    }

    /** A date as a note states it ("May 1, 2017", "Sept. 2018"), as a CSL date; empty when it is not one. */
    static Optional<Map<String, Object>> statedDate(String stated) {
        return parse(stated, false);
    }

    /**
     * The document's date as far as its metadata states it: [year, month, day], [year, month] or
     * [year] (a season gives its year); empty without a year. For what a page tells reference
     * managers, which should agree with the exports.
     */
    @SuppressWarnings("unchecked")
    static List<Integer> publicationDate(Metadata meta) {
        Optional<List<Integer>> stated = meta.date().flatMap(date -> parse(date, false))
                .map(date -> ((List<List<Integer>>) date.get("date-parts")).get(0))
                .filter(parts -> meta.year().isEmpty() || parts.get(0) == meta.year().getAsInt());
        return stated.orElseGet(() -> meta.year().isPresent() ? List.of(meta.year().getAsInt()) : List.of());
    }

    /**
     * A stated date as CSL date parts: "May 30, 2017", "30 May 2017", "May 2017", "2017-05-30"; a
     * season ("Spring 2020") as a literal when {@code seasons}, since citeproc-java prints no CSL
     * season, else as its year. Empty for anything else.
     */
    private static Optional<Map<String, Object>> parse(String stated, boolean seasons) {
        String text = stated.strip();
        Matcher season = SEASON.matcher(text);
        if (season.matches()) {
            return seasons ? Optional.of(Map.of("literal", Character.toUpperCase(text.charAt(0)) + text.substring(1)))
                    : Optional.of(dateParts(List.of(Integer.parseInt(season.group(2)))));
        }
        Matcher mdy = MONTH_DAY_YEAR.matcher(text);
        if (mdy.matches()) {
            return month(mdy.group(1)).flatMap(m -> day(Integer.parseInt(mdy.group(3)), m, Integer.parseInt(mdy.group(2))));
        }
        Matcher dmy = DAY_MONTH_YEAR.matcher(text);
        if (dmy.matches()) {
            return month(dmy.group(2)).flatMap(m -> day(Integer.parseInt(dmy.group(3)), m, Integer.parseInt(dmy.group(1))));
        }
        Matcher iso = ISO_DATE.matcher(text);
        if (iso.matches()) {
            int year = Integer.parseInt(iso.group(1));
            int month = Integer.parseInt(iso.group(2));
            if (month < 1 || month > 12) {
                return Optional.empty();
            }
            return iso.group(3) == null ? Optional.of(dateParts(List.of(year, month))) : day(year, month, Integer.parseInt(iso.group(3)));
        }
        Matcher my = MONTH_YEAR.matcher(text);
        if (my.matches()) {
            return month(my.group(1)).map(m -> dateParts(List.of(Integer.parseInt(my.group(2)), m)));
        }
        return Optional.empty();
    }

    /** The season a date states ("Spring 2020" gives 1), as CSL numbers it; empty for any other date. */
    static Optional<Integer> season(String stated) {
        Matcher season = SEASON.matcher(stated.strip());
        return season.matches() ? Optional.of(seasonNumber(season.group(1))) : Optional.empty();
    }

    /** CSL's number of a season: 1 spring, 2 summer, 3 autumn, 4 winter. */
    private static int seasonNumber(String season) {
        return switch (season.toLowerCase(Locale.ROOT)) {
            case "spring" -> 1;
            case "summer" -> 2;
            case "fall", "autumn" -> 3;
            default -> 4;
        };
    }

    private static Optional<Map<String, Object>> day(int year, int month, int day) {
        try {
            LocalDate.of(year, month, day);
            return Optional.of(dateParts(List.of(year, month, day)));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /** An English month name or its abbreviation ("Sept", "Sep"). */
    private static Optional<Integer> month(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (Month month : Month.values()) {
            String full = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (lower.length() >= 3 && full.startsWith(lower)) {
                return Optional.of(month.getValue());
            }
        }
        return Optional.empty();
    }
}
