package org.concordance;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.concordance.content.Library;
import org.concordance.content.Interruption;
import org.concordance.network.Network;
import org.concordance.search.SearchIndex;
import org.concordance.web.Routes;
import org.concordance.web.Services;

/**
 * The libraries served one after another while the app runs: publishes a new one when the content
 * changes ({@code serve --watch}) and closes what an old one holds once no request can still be
 * using it. A new library is published before its search index is open, and the index served
 * before answers its searches until then ({@link Services#searchingMeanwhile}). The search index of
 * the one before the current is kept open until the next change (a request that started on it
 * finishes on it); everything is closed when the app stops. Only the
 * index is kept, not the edition: a request holds what it uses, and a large library's earlier
 * edition would otherwise stay in the heap beside the current one until the next change.
 */
final class Editions implements AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Editions.class);
    private final Routes routes;
    private final Librarian librarian;
    /** The search index of the edition before the current one. */
    private volatile Optional<CompletableFuture<SearchIndex>> retired = Optional.empty();
    private volatile ContentWatcher watcher;

    Editions(Routes routes, Librarian librarian) {
        this.routes = routes;
        this.librarian = librarian;
    }

    /** Watches {@code content} and publishes each new library that builds. */
    synchronized void watch(Path content) {
        watcher = ContentWatcher.start(content, this::refresh);
    }

    /**
     * Publishes the first library: the content's, or the catalog's last good one; when the library
     * the last run kept was read from content that changed since, it is served first, then the
     * content's replaces it.
     *
     * @throws StartupException when there is none to serve
     */
    synchronized void first() {
        // Nothing here holds the first edition: when it is the kept library, the next one replaces it
        // and it must not stay in the heap beside it while that one is kept and written.
        librarian.refresh(Optional.empty(), Optional::empty, Optional.empty(), routes::publish).orElseThrow();
        if (librarian.servesEarlierContent()) {
            // The library the last run kept is served; the content changed since, and is read now as a
            // watched change is: readers have pages (and /healthz its 200) meanwhile.
            try {
                refresh();
            } catch (RuntimeException e) {
                if (Interruption.of(e)) {
                    LOG.info("stopped while reading the changed content; the next start reads it");
                    return;
                }
                LOG.error("reading the changed content failed; still serving the library the last run kept", e);
            }
        }
    }

    /**
     * Reads the content again; publishes the new library if it changed and builds, else keeps the
     * current one. Runs one at a time with {@link #first}, so two reads never overlap.
     */
    synchronized void refresh() {
        // Only the served edition's library and search index are held here, not the edition: its
        // glossary and bibliography are let go as soon as the next one is published, before that
        // one is kept and written (a large library's two editions do not fit one heap).
        Optional<Library> library = routes.services().map(Services::library);
        Optional<CompletableFuture<SearchIndex>> search = routes.services().map(Services::search);
        // The network's figures and layout are small, and the next library's are the same unless its graph changed.
        Optional<Network.Measures> measures = routes.services().map(served -> served.network().measures());
        // The next library is published before its index is open; until it is, searches are answered here.
        Optional<SearchIndex> searchable = search.filter(future -> !future.isCompletedExceptionally())
                .map(future -> future.getNow(null));
        try {
            // Its bibliography is asked for while the next is derived, from the edition served then.
            librarian.refresh(library, () -> routes.services().filter(served -> library.isPresent() && served.library() == library.get())
                    .map(Services::bibliography), measures, next -> {
                routes.publish(searchable.map(next::searchingMeanwhile).orElse(next));
                retired.ifPresent(Editions::closeSearch);
                retired = search;
            });
        } catch (StartupException e) {
            LOG.error("still nothing to serve: {}", e.getMessage());
            // The pages and /healthz list the problems found now, not those of the first read (a re-check:
            // a fixed error stayed listed and a new one was not).
            routes.failed(e.getMessage());
        }
    }

    /**
     * Stops watching and closes the search indexes, without waiting for a library being prepared (at
     * start-up that can take minutes): the process is stopping, and the catalog and index are written
     * so that a write cut short is redone by the next start.
     */
    @Override
    public void close() {
        if (watcher != null) {
            watcher.close();
        }
        retired.ifPresent(Editions::closeSearch);
        routes.services().map(Services::search).ifPresent(Editions::closeSearch);
    }

    /** Closes a library's search index, once it is built if it is still being built. */
    private static void closeSearch(CompletableFuture<SearchIndex> search) {
        search.thenAccept(SearchIndex::close);
    }
}
