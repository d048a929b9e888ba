package org.concordance.citations;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.concordance.content.Document;
import org.concordance.content.Metadata;
import org.concordance.content.Title;

/**
 * Writes works, and the library's documents themselves, as BibTeX, RIS and CSL-JSON, the formats
 * reference managers import. Every export holds only what the library knows; a work known only by
 * its short form says so in its note. Stateless and thread-safe.
 */
public final class Exports {
    /** The file name of a whole-bibliography export, before its extension. */
    public static final String BIBLIOGRAPHY_FILE = "concordance-bibliography";

    private static final ObjectWriter JSON = new ObjectMapper().writer(
            new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));

    private Exports() {
    }

    /**
     * One work, in a file named after its slug.
     *
     * @param names the library's proper names ({@link Bibliography#sentenceCase()}), whose capitals
     *     BibTeX titles protect with braces
     */
    public static Export of(Work work, ExportFormat format, SentenceCase names) {
        Objects.requireNonNull(work, "work");
        return new Export(format, work.slug() + "." + format.extension(), write(List.of(work), format, names));
    }

    /** Several works (the whole bibliography, in its order) in one file; {@code names} as for one work. */
    public static Export of(List<Work> works, ExportFormat format, SentenceCase names) {
        return new Export(format, BIBLIOGRAPHY_FILE + "." + format.extension(), write(List.copyOf(works), format, names));
    }

    /**
     * A document of the library, as its page's "Cite this" cites it: the same CSL item the styles
     * format ({@link CitationFormatter#format(Document, String, CitationStyle)}), with the address
     * the text was published at (else the page's) and the day the text was taken into the library
     * as the access date; in a file named
     * after its slug. A document whose text gives no title has none here either: its description
     * ("Excerpt of an article, title not given") is CSL's genre, and a note in BibTeX and RIS.
     *
     * @param url the document page's address, the URL a reference manager keeps when the document
     *     gives no address of its own ({@link org.concordance.content.Metadata#url})
     * @param siteName the site's name: the container of a blog post whose blog the text does not name
     * @param names as for a work
     */
    public static Export of(Document document, String url, String siteName, ExportFormat format, SentenceCase names) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(names, "names");
        Map<String, Object> item = CslItems.item(document, Objects.requireNonNull(url, "url"),
                Objects.requireNonNull(siteName, "siteName"), CslItems.Target.export());
        String content = switch (Objects.requireNonNull(format, "format")) {
            case BIBTEX -> bibtex(document, item, names);
            case RIS -> ris(document, item);
            case CSL_JSON -> json(List.of(item));
        };
        return new Export(format, document.slug() + "." + format.extension(), content);
    }

    private static String write(List<Work> works, ExportFormat format, SentenceCase names) {
        Objects.requireNonNull(names, "names");
        return switch (Objects.requireNonNull(format, "format")) {
            case BIBTEX -> works.stream().map(w -> bibtex(w, names)).collect(Collectors.joining("\n"));
            case RIS -> works.stream().map(Exports::ris).collect(Collectors.joining("\n"));
            case CSL_JSON -> json(works.stream().map(w -> CslItems.item(w, CslItems.Target.export())).toList());
        };
    }

    private static String json(List<Map<String, Object>> items) {
        try {
            return JSON.writeValueAsString(items) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a CSL-JSON item of plain maps and strings cannot fail to write", e);
        }
    }

    static String bibtex(Work work, SentenceCase names) {
        StringBuilder out = new StringBuilder("@").append(work.type().bibtex()).append('{').append(work.slug()).append(",\n");
        if (!work.authors().isEmpty()) {
            texField(out, "author", bibtexNames(work.authors()));
        }
        if (!work.editors().isEmpty()) {
            texField(out, "editor", bibtexNames(work.editors()));
        }
        if (!work.translators().isEmpty()) {
            texField(out, "translator", bibtexNames(work.translators()));
        }
        work.edition().ifPresent(e -> field(out, "edition", e));
        work.title().ifPresent(t -> texField(out, "title", bibtex(t, names)));
        if (work.type() == WorkType.PRESS_RELEASE) {
            field(out, "type", "Press release");
        }
        work.shortTitle().ifPresent(t -> texField(out, "shorttitle", bibtex(t, names)));
        work.container().ifPresent(c -> field(out, switch (work.type()) {
            case JOURNAL_ARTICLE -> "journal";
            case CHAPTER -> "booktitle";
            case REPORT -> "type";
            case BOOK -> "series";
            default -> siteField(work.type());
        }, c));
        work.number().ifPresent(n -> field(out, "number", n));
        work.volume().ifPresent(v -> field(out, "volume", v));
        // BibTeX has no issue field for articles: the issue is the article's number. A work with a number
        // of its own (a report's) keeps it there and gives its issue as biblatex's issue: a field twice
        // is an error to BibTeX, and a parser keeps only one of them.
        work.issue().ifPresent(i -> field(out, work.number().isPresent() ? "issue" : "number", i));
        work.publisher().ifPresent(p -> field(out, work.type() == WorkType.REPORT ? "institution" : "publisher", p));
        work.place().ifPresent(p -> field(out, "address", p));
        work.year().ifPresent(y -> field(out, "year", String.valueOf(y)));
        List<Integer> issued = stated(work.date());
        if (issued.size() > 1) {
            field(out, "date", iso(issued));
        }
        work.pages().ifPresent(p -> field(out, "pages", PageRange.of(p).bibtex()));
        work.url().ifPresent(u -> url(out, u));
        work.url().flatMap(CslItems::doi).ifPresent(doi -> field(out, "doi", doi));
        List<Integer> accessed = stated(work.accessed());
        if (!accessed.isEmpty()) {
            field(out, "urldate", iso(accessed));
        }
        CslItems.shortFormNote(work).ifPresent(n -> field(out, "note", n));
        return out.append("}\n").toString();
    }

    /**
     * Names as BibTeX lists them, TeX's special characters escaped; an organization's name keeps
     * the braces that make it one name of one part ({@link Name#bibtex}).
     */
    private static String bibtexNames(List<Name> names) {
        return names.stream().map(Name::bibtex).map(name -> name.startsWith("{") && name.endsWith("}")
                ? "{" + tex(name.substring(1, name.length() - 1)) + "}" : tex(name)).collect(Collectors.joining(" and "));
    }

    /**
     * Where a page's site or a post's blog goes: biblatex's {@code @online} has no container and
     * prints the site as its {@code organization} (its own driver; it ignores {@code howpublished}
     * there), and BibTeX's {@code @misc} reads {@code howpublished}.
     */
    private static String siteField(WorkType type) {
        return type.bibtex().equals("online") ? "organization" : "howpublished";
    }

    /**
     * A URL in BibTeX. It is verbatim in biblatex and under \\url: as it is, as reference managers
     * export it, but for the three characters BibTeX's own reading would take as syntax (an
     * unbalanced brace, a backslash before the closing one), percent-encoded: the same address.
     */
    private static void url(StringBuilder out, String url) {
        texField(out, "url", url.replace("\\", "%5C").replace("{", "%7B").replace("}", "%7D"));
    }

    /**
     * A document in BibTeX, from its CSL {@code item} ({@link #of(Document, String, String,
     * ExportFormat, SentenceCase)}): its container where the entry type has one, the date as
     * biblatex's {@code date} when the text states more than the year, the access date as {@code urldate}.
     */
    private static String bibtex(Document document, Map<String, Object> item, SentenceCase names) {
        Metadata meta = document.metadata();
        WorkType type = type(item);
        StringBuilder out = new StringBuilder("@").append(type.bibtex()).append('{').append(document.slug()).append(",\n");
        if (!meta.authors().isEmpty()) {
            field(out, "author", meta.authors().stream().map(a -> Name.parse(a).bibtex()).collect(Collectors.joining(" and ")));
        }
        meta.title().ifPresent(t -> texField(out, "title", bibtex(t, names)));
        text(item, "container-title").ifPresent(c -> field(out, switch (type) {
            case JOURNAL_ARTICLE -> "journal";
            case CHAPTER -> "booktitle";
            default -> siteField(type);
        }, c));
        text(item, "publisher").ifPresent(p -> field(out, type == WorkType.REPORT ? "institution" : "publisher", p));
        text(item, "volume").ifPresent(v -> field(out, "volume", v));
        text(item, "issue").ifPresent(i -> field(out, "number", i));
        List<Integer> issued = dateParts(item, "issued");
        if (!issued.isEmpty()) {
            field(out, "year", String.valueOf(issued.get(0)));
            if (issued.size() > 1) {
                field(out, "date", iso(issued));
            }
        } else if (meta.year().isPresent()) { // a season the item gives as written
            field(out, "year", String.valueOf(meta.year().getAsInt()));
        }
        text(item, "page").ifPresent(p -> field(out, "pages", PageRange.of(p).bibtex()));
        text(item, "URL").ifPresent(u -> url(out, u));
        text(item, "language").ifPresent(language -> field(out, "language", language));
        List<Integer> accessed = dateParts(item, "accessed");
        if (!accessed.isEmpty()) {
            field(out, "urldate", iso(accessed));
        }
        text(item, "genre").ifPresent(g -> field(out, "note", g));
        return out.append("}\n").toString();
    }

    /** A document in RIS, from its CSL {@code item}, as {@link #bibtex(Document, Map, SentenceCase)}. */
    private static String ris(Document document, Map<String, Object> item) {
        Metadata meta = document.metadata();
        StringBuilder out = new StringBuilder();
        WorkType type = type(item);
        tag(out, "TY", type.ris());
        tag(out, "ID", document.slug());
        meta.authors().forEach(a -> tag(out, "AU", Name.parse(a).inverted()));
        meta.title().ifPresent(t -> tag(out, "TI", t.plain()));
        text(item, "container-title").ifPresent(c -> tag(out, "T2", c));
        text(item, "publisher").ifPresent(p -> tag(out, "PB", p));
        text(item, "volume").ifPresent(v -> tag(out, "VL", v));
        text(item, "issue").ifPresent(i -> tag(out, "IS", i));
        List<Integer> issued = dateParts(item, "issued");
        if (!issued.isEmpty()) {
            tag(out, "PY", String.valueOf(issued.get(0)));
            if (issued.size() > 1) {
                tag(out, "DA", risDate(issued));
            } else if (item.get("issued") instanceof Map<?, ?> date && date.get("season") instanceof Integer season) {
                tag(out, "DA", risSeason(issued.get(0), season));
            }
        } else if (meta.year().isPresent()) {
            tag(out, "PY", String.valueOf(meta.year().getAsInt()));
        }
        text(item, "page").ifPresent(p -> pages(out, PageRange.of(p)));
        text(item, "URL").ifPresent(u -> tag(out, "UR", u));
        text(item, "language").ifPresent(language -> tag(out, "LA", language));
        List<Integer> accessed = dateParts(item, "accessed");
        if (!accessed.isEmpty()) {
            tag(out, "Y2", risDate(accessed));
        }
        text(item, "genre").ifPresent(g -> tag(out, "N1", g));
        out.append("ER  - \n");
        return out.toString();
    }

    /** The work type of a CSL item's type: a document's kind, as its citations name it. */
    private static WorkType type(Map<String, Object> item) {
        return WorkType.fromCsl((String) item.get("type")).orElse(WorkType.UNKNOWN);
    }

    private static Optional<String> text(Map<String, Object> item, String variable) {
        return Optional.ofNullable(item.get(variable)).map(String.class::cast);
    }

    /** A CSL date's parts (year, month, day, as far as known); empty when there is none, or it is a literal ("Spring 2020"). */
    private static List<Integer> dateParts(Map<String, Object> item, String variable) {
        return dateParts(item.get(variable));
    }

    /** RIS's date keeps a season in its fourth part ("2020///Spring"), as CSL-JSON's season does. */
    private static String risSeason(int year, int season) {
        return year + "///" + SEASONS.get(Math.floorMod(season - 1, 4));
    }

    /** CSL's seasons by number less one: 1 spring, 2 summer, 3 autumn, 4 winter. */
    private static final List<String> SEASONS = List.of("Spring", "Summer", "Autumn", "Winter");

    /** {@link #dateParts(Map, String)} of one CSL date. */
    @SuppressWarnings("unchecked")
    private static List<Integer> dateParts(Object date) {
        if (date instanceof Map<?, ?> map && map.get("date-parts") instanceof List<?> parts && !parts.isEmpty()) {
            return (List<Integer>) parts.get(0);
        }
        return List.of();
    }

    /** The parts of a date a note states ("May 1, 2017"), as CSL reads it; empty when it cannot be read. */
    private static List<Integer> stated(Optional<String> date) {
        return date.flatMap(CslItems::statedDate).map(Exports::dateParts).orElse(List.of());
    }

    /** "2017-05-30", "2017-05": ISO 8601 as biblatex reads it. */
    private static String iso(List<Integer> parts) {
        StringBuilder out = new StringBuilder(String.format(java.util.Locale.ROOT, "%04d", parts.get(0)));
        parts.stream().skip(1).forEach(p -> out.append(String.format(java.util.Locale.ROOT, "-%02d", p)));
        return out.toString();
    }

    /** "2017/05/30/", "2017/05//": RIS's date. */
    private static String risDate(List<Integer> parts) {
        StringBuilder out = new StringBuilder(String.format(java.util.Locale.ROOT, "%04d/", parts.get(0)));
        for (int i = 1; i < 3; i++) {
            out.append(i < parts.size() ? String.format(java.util.Locale.ROOT, "%02d", parts.get(i)) : "").append('/');
        }
        return out.toString();
    }

    /**
     * A title in BibTeX: italics as {@code \emph{…}}, whose braces also keep a BibTeX style from
     * changing the case of the title inside; the proper names and acronyms {@code names} keeps in
     * sentence case braced too ("{Al Qaeda}", "{ISIS}"), as reference managers export them, since
     * styles that lower-case titles would print "al qaeda"; TeX's special characters escaped ({@link #tex}).
     */
    static String bibtex(Title title, SentenceCase names) {
        StringBuilder out = new StringBuilder();
        for (Title.Run run : title.runs()) {
            if (run.italic()) {
                out.append("\\emph{").append(tex(run.text())).append('}');
                continue;
            }
            int at = 0;
            for (int[] kept : names.keptCapitals(run.text())) {
                out.append(tex(run.text().substring(at, kept[0]))).append('{')
                        .append(tex(run.text().substring(kept[0], kept[1]))).append('}');
                at = kept[1];
            }
            out.append(tex(run.text().substring(at)));
        }
        return out.toString();
    }

    /**
     * Text for TeX, each of its ten special characters printed as itself: {@code & % $ # _} escaped
     * with a backslash; {@code \ ~ ^ { }} as the commands that print them, whose own braces are
     * balanced, as BibTeX needs them to be in a braced field whatever backslash precedes them.
     */
    static String tex(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&', '%', '$', '#', '_' -> out.append('\\').append(c);
                case '\\' -> out.append("\\textbackslash{}");
                case '~' -> out.append("\\textasciitilde{}");
                case '^' -> out.append("\\textasciicircum{}");
                case '{' -> out.append("\\textbraceleft{}");
                case '}' -> out.append("\\textbraceright{}");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A braced BibTeX field; characters special to TeX are escaped ({@link #tex}). */
    private static void field(StringBuilder out, String name, String value) {
        texField(out, name, tex(value));
    }

    /** A braced BibTeX field whose value is already TeX ({@link #bibtex(Title, SentenceCase)}). */
    private static void texField(StringBuilder out, String name, String tex) {
        out.append("  ").append(name).append(" = {").append(tex).append("},\n");
    }

    static String ris(Work work) {
        StringBuilder out = new StringBuilder();
        tag(out, "TY", work.type().ris());
        tag(out, "ID", work.slug());
        work.authors().forEach(a -> tag(out, "AU", a.inverted()));
        // The tags Zotero's RIS translator reads: a book's editor is A3, the editor of the book a
        // chapter is in A2 (RIS's secondary author), a translator A4, an edition ET. RIS has no italics.
        work.editors().forEach(e -> tag(out, work.type() == WorkType.BOOK ? "A3" : "A2", e.inverted()));
        work.translators().forEach(t -> tag(out, "A4", t.inverted()));
        work.edition().ifPresent(e -> tag(out, "ET", e));
        work.title().ifPresent(t -> tag(out, "TI", t.plain()));
        work.shortTitle().ifPresent(t -> tag(out, "ST", t.plain()));
        // A report's series is T2 and its number SN, as Zotero's RIS translator reads them (seriesTitle,
        // reportNumber); T3 and M1 were kept as a note and as "Extra".
        work.container().ifPresent(c -> tag(out, "T2", c));
        work.number().ifPresent(n -> tag(out, work.type() == WorkType.REPORT ? "SN" : "M1", n));
        work.volume().ifPresent(v -> tag(out, "VL", v));
        work.issue().ifPresent(i -> tag(out, "IS", i));
        work.publisher().ifPresent(p -> tag(out, "PB", p));
        work.place().ifPresent(p -> tag(out, "CY", p));
        work.year().ifPresent(y -> tag(out, "PY", String.valueOf(y)));
        List<Integer> issued = stated(work.date());
        if (issued.size() > 1) {
            tag(out, "DA", risDate(issued));
        } else if (issued.size() == 1) {
            work.date().flatMap(CslItems::season).ifPresent(season -> tag(out, "DA", risSeason(issued.get(0), season)));
        }
        work.pages().ifPresent(p -> pages(out, PageRange.of(p)));
        work.url().ifPresent(u -> tag(out, "UR", u));
        work.url().flatMap(CslItems::doi).ifPresent(doi -> tag(out, "DO", doi));
        List<Integer> accessed = stated(work.accessed());
        if (!accessed.isEmpty()) {
            tag(out, "Y2", risDate(accessed));
        }
        CslItems.shortFormNote(work).ifPresent(n -> tag(out, "N1", n));
        out.append("ER  - \n");
        return out.toString();
    }

    /** RIS's first and last page, the last in full ({@link PageRange}). */
    private static void pages(StringBuilder out, PageRange range) {
        tag(out, "SP", range.first());
        range.last().ifPresent(last -> tag(out, "EP", last));
    }

    private static void tag(StringBuilder out, String tag, String value) {
        out.append(tag).append("  - ").append(value.replaceAll("\\s+", " ").strip()).append('\n');
    }
}
