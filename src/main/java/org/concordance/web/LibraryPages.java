package org.concordance.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.Map;
import java.util.Optional;
import org.concordance.citations.ExportFormat;
import org.concordance.content.Document;
import org.concordance.content.Library;
import org.concordance.content.Paragraph;
import org.concordance.glossary.Glossary;

/** The home page (the library and how to use it), a page for each document, and its downloads for reference managers. */
final class LibraryPages {
    private final Library library;
    private final Glossary glossary;
    private final Views views;
    private final CitationPages citations;
    private final NetworkPages network;

    LibraryPages(Library library, Glossary glossary, Views views, CitationPages citations, NetworkPages network) {
        this.library = library;
        this.glossary = glossary;
        this.views = views;
        this.citations = citations;
        this.network = network;
    }

    /** The home page lists the documents this many at a time (about 30 KB of HTML a page). */
    static final int DOCUMENTS_PER_PAGE = 50;

    void home(Context ctx) {
        Paging paging = Paging.of(ctx, DOCUMENTS_PER_PAGE, library.documents().size());
        views.renderOnce(ctx, "home", paging, () -> Map.of("library", library, "documents", paging.slice(library.documents())));
    }

    void document(Context ctx) {
        String slug = ctx.pathParam("slug");
        int dot = slug.lastIndexOf('.');
        if (dot > 0) { // a slug has no dot: a download of the document for a reference manager
            ExportFormat format = ExportFormat.fromExtension(slug.substring(dot + 1)).orElseThrow(LibraryPages::noSuchDocument);
            citations.document(ctx, library.document(slug.substring(0, dot)).orElseThrow(LibraryPages::noSuchDocument), format);
            return;
        }
        Document document = library.document(slug).orElseThrow(LibraryPages::noSuchDocument);
        views.renderOnce(ctx, "document", () -> Map.of("doc", document, "view", new DocumentView(document, glossary),
                "cite", citations.view(document), "relations", network.passages(document)));
    }

    private static NotFoundResponse noSuchDocument() {
        return new NotFoundResponse("There is no document at this address.");
    }

    /** A paragraph's citations in each style, at {@code /documents/{slug}/cite/{number}}. */
    void paragraphCitations(Context ctx) {
        Document document = library.document(ctx.pathParam("slug")).orElseThrow(LibraryPages::noSuchDocument);
        Paragraph paragraph = paragraphNumber(ctx.pathParam("number")).flatMap(document::paragraph)
                .orElseThrow(() -> new NotFoundResponse("This document has no paragraph of that number."));
        views.renderOnce(ctx, "paragraph-cite", () -> Map.of("doc", document, "p", paragraph, "cite", citations.view(document)));
    }

    /** A paragraph number as written in an address: digits only, no sign or leading zero, so one paragraph has one address. */
    private static Optional<Integer> paragraphNumber(String written) {
        if (!written.matches("[1-9][0-9]{0,8}")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(written));
    }
}
