package org.concordance.web;

import org.concordance.content.Library;
import org.concordance.glossary.Glossary;

/**
 * Everything that answers requests for one library: the page handlers, built by constructor from
 * the {@link Services} of that library, and their page cache. Immutable once built; when the
 * library changes, a new site is built and replaces this one as a whole, so a request is answered
 * by one library from start to end, and the old site's cached pages go with it.
 */
final class Site {
    final Services services;
    final Views views;
    final LibraryPages pages;
    final CitationPages citations;
    final GlossaryPages entries;
    final SearchPages search;
    final NetworkPages network;

    Site(Services services, Assets assets, ThymeleafRenderer renderer, PageCache cache) {
        this.services = services;
        Library library = services.library();
        this.views = new Views(assets, renderer, cache);
        Glossary glossary = services.glossary();
        this.search = new SearchPages(library, services.search(), services.searchMeanwhile(), views,
                services.baseUrl());
        this.citations = new CitationPages(library, services.bibliography(), services.citations(), views,
                services.baseUrl());
        this.network = new NetworkPages(services.network(), views, services.baseUrl());
        this.pages = new LibraryPages(library, glossary, views, citations, network);
        this.entries = new GlossaryPages(glossary, views, citations, network);
    }
}
