package org.concordance.web;

import org.concordance.content.Library;
import org.concordance.glossary.Glossary;
import org.concordance.network.Network;

/**
 * Everything that answers requests for one library: the page handlers, built by constructor from
 * the {@link Services} of that library, and their page cache (inside {@link Views}). Immutable once
 * built; when the library changes, a new site is built and replaces this one as a whole, so a
 * request is answered by one library from start to end.
 */
final class Site {
    final Services services;
    final Views views;
    final LibraryPages pages;
    final CitationPages citations;
    final GlossaryPages entries;
    final SearchPages search;
    final NetworkPages network;
    final ErrorPages errors;

    Site(Services services, Assets assets, ThymeleafRenderer renderer) {
        this.services = services;
        Library library = services.library();
        this.views = new Views(assets, renderer);
        Glossary glossary = new Glossary(library);
        this.search = new SearchPages(services.search(), views, services.baseUrl());
        this.errors = new ErrorPages(views);
        this.citations = new CitationPages(library, services.bibliography(), services.citations(), views,
                services.baseUrl());
        // The network (graph, figures, layout) is built here, once per library, never per request.
        this.network = new NetworkPages(Network.of(library), views, services.baseUrl());
        this.pages = new LibraryPages(library, glossary, views, citations, network);
        this.entries = new GlossaryPages(glossary, views, citations, network);
    }
}
