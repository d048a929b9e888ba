package org.concordance.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.concordance.citations.Bibliography;
import org.concordance.citations.CitationFormatter;
import org.concordance.citations.CitationStyle;
import org.concordance.citations.Export;
import org.concordance.citations.ExportFormat;
import org.concordance.citations.Exports;
import org.concordance.citations.GlossaryNames;
import org.concordance.citations.NoteCitation;
import org.concordance.citations.Work;
import org.concordance.content.Document;
import org.concordance.content.Entry;
import org.concordance.content.Library;

/**
 * The bibliography ({@code /works}, filterable), a page per work, their downloads as BibTeX, RIS and
 * CSL-JSON, the citation lookup API, and a people page's citation part. Query text never causes an
 * error: it is cleaned and capped, and a blank query finds nothing.
 */
final class CitationPages {
    private static final int MAX_QUERY_CHARS = 1_000;

    private final Library library;
    private final Bibliography bibliography;
    private final CitationFormatter formatter;
    private final Views views;
    private final BaseUrl baseUrl;
    /** The glossary's names, by which the works filter finds a work naming an entry under another. */
    private final GlossaryNames glossary;

    CitationPages(Library library, Bibliography bibliography, CitationFormatter formatter, Views views, BaseUrl baseUrl) {
        this.library = library;
        this.bibliography = bibliography;
        this.formatter = formatter;
        this.views = views;
        this.baseUrl = baseUrl;
        this.glossary = GlossaryNames.of(library.entries().stream().map(Entry::names).toList());
    }

    /** The works index lists this many at a time (about 70 KB of HTML a page). */
    static final int WORKS_PER_PAGE = 100;

    /** {@code /works} and {@code /works?q=}: every work, or those matching the query, a page at a time. */
    void works(Context ctx) {
        String query = query(ctx);
        List<Work> works = query.isBlank() ? bibliography.works() : bibliography.find(query, glossary);
        Paging paging = Paging.of(ctx, WORKS_PER_PAGE, works.size(),
                query.isBlank() ? "" : "q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("filter", query);
        model.put("total", bibliography.works().size());
        model.put("matching", works.size());
        model.put("paging", paging);
        model.put("entries", paging.slice(works).stream().map(w -> PersonCitations.WorkEntry.of(w, formatter, glossary)).toList());
        model.put("bibliography", bibliography);
        model.put("downloads", WorkView.downloads("/works"));
        views.render(ctx, "works", model);
    }

    /** {@code /works/{slug}}, or a download of the work when the slug ends in {@code .bib}, {@code .ris} or {@code .json}. */
    void work(Context ctx) {
        String slug = ctx.pathParam("slug");
        int dot = slug.lastIndexOf('.');
        if (dot > 0) {
            ExportFormat format = ExportFormat.fromExtension(slug.substring(dot + 1)).orElseThrow(CitationPages::noSuchWork);
            Work work = find(slug.substring(0, dot));
            send(ctx, format, work.slug(), () -> Exports.of(work, format, bibliography.sentenceCase()));
            return;
        }
        Work work = find(slug);
        views.renderOnce(ctx, "work", () -> Map.of("view", new WorkView(work, library, bibliography, formatter)));
    }

    /** {@code /works.bib}, {@code /works.ris}, {@code /works.json}: the whole bibliography. */
    void bibliography(Context ctx, ExportFormat format) {
        send(ctx, format, Exports.BIBLIOGRAPHY_FILE, () -> Exports.of(bibliography.works(), format, bibliography.sentenceCase()));
    }

    /** {@code /api/works?q=}: the works matching an author, title, year or short form, as JSON. */
    void api(Context ctx) {
        String query = query(ctx);
        List<Map<String, Object>> works = bibliography.find(query, glossary).stream().map(this::json).toList();
        ctx.header("Cache-Control", "public, max-age=60");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        body.put("works", works);
        ctx.json(body);
    }

    /** What the library holds and cites of a person, for their page; empty for someone never cited nor an author here. */
    Optional<PersonCitations> person(String slug) {
        return PersonCitations.of(slug, library, bibliography, formatter);
    }

    /**
     * The page of a text named by its title, as a concept's "introduced in" names it: a library
     * document with that title, or else the one cited work whose title it is or begins (a short
     * title, "Nexus of Global Jihad" for the book with its subtitle). Empty when none or several match.
     */
    Optional<String> titled(String title) {
        String wanted = title.strip().toLowerCase(java.util.Locale.ROOT);
        Optional<String> document = library.documents().stream()
                .filter(d -> d.metadata().title().map(t -> t.plain().toLowerCase(java.util.Locale.ROOT).equals(wanted)).orElse(false))
                .map(d -> "/documents/" + d.slug()).findFirst();
        if (document.isPresent() || wanted.isEmpty()) {
            return document;
        }
        List<Work> works = bibliography.works().stream().filter(w -> w.title().map(t -> {
            String known = t.plain().strip().toLowerCase(java.util.Locale.ROOT);
            return known.equals(wanted) || (known.startsWith(wanted) && !Character.isLetterOrDigit(known.charAt(wanted.length())));
        }).orElse(false)).toList();
        return works.size() == 1 ? Optional.of(works.get(0).path()) : Optional.empty();
    }

    /**
     * {@code /documents/{slug}.bib}, {@code .ris} or {@code .json}: the document itself for a
     * reference manager, as its page cites it, at the page's address on the site's base URL.
     */
    void document(Context ctx, Document document, ExportFormat format) {
        send(ctx, format, document.slug(), () -> Exports.of(document, view(document).url(), formatter.siteName(), format,
                bibliography.sentenceCase()));
    }

    /** The citation parts of a document page, with absolute URLs on the site's base URL. */
    CitationView view(Document document) {
        return new CitationView(document, library, bibliography, formatter, baseUrl);
    }

    private Map<String, Object> json(Work work) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("slug", work.slug());
        entry.put("title", work.displayTitle());
        entry.put("authors", work.authors().stream().map(a -> a.display()).toList());
        entry.put("year", work.year().isPresent() ? work.year().getAsInt() : null);
        entry.put("url", work.path());
        entry.put("knownOnlyByShortForm", work.knownOnlyByShortForm());
        entry.put("chicago", formatter.format(work, CitationStyle.CHICAGO).text());
        entry.put("citedBy", bibliography.citationsOf(work.slug()).stream().map(CitationPages::json).toList());
        return entry;
    }

    private static Map<String, Object> json(NoteCitation citation) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("document", citation.documentSlug());
        entry.put("note", citation.noteLabel());
        entry.put("text", citation.citationText());
        entry.put("pinpoint", citation.pinpoint().orElse(null));
        entry.put("url", citation.href());
        return entry;
    }

    private Work find(String slug) {
        return bibliography.work(slug).orElseThrow(CitationPages::noSuchWork);
    }

    private static NotFoundResponse noSuchWork() {
        return new NotFoundResponse("There is no work at this address.");
    }

    /** A download: made once from the library and kept like a page, saved under its file name. */
    private void send(Context ctx, ExportFormat format, String name, java.util.function.Supplier<Export> export) {
        views.download(ctx, format.mediaType() + "; charset=utf-8", name + "." + format.extension(),
                () -> export.get().content().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The query text, cleaned and capped ({@link QueryText}). */
    private static String query(Context ctx) {
        return QueryText.of(ctx.queryParam("q"), MAX_QUERY_CHARS);
    }
}
