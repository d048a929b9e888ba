package org.concordance.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.concordance.content.Library;
import org.concordance.search.EntryCard;
import org.concordance.search.SearchIndex;
import org.concordance.search.SearchRequest;
import org.concordance.search.SearchResults;
import org.concordance.search.Searchable;
import org.concordance.search.Suggestion;

/**
 * The search results page, its JSON twin, suggestions as the reader types, and the OpenSearch
 * description that lets browsers offer the site's search. Query text never causes an error; paging
 * parameters out of range get a 400, and a page past the last one redirects to the last (the JSON
 * answers 404).
 */
final class SearchPages {
    static final int PAGE_SIZE = 10;
    static final int MAX_SIZE = 100;
    private static final int MAX_QUERY_CHARS = 10_000;
    /** How long a search waits for the library's index to open before it is answered 503. */
    static final long WAIT_FOR_INDEX_MILLIS = 2_000;

    private final Library library;
    private final CompletableFuture<SearchIndex> search;
    private final Optional<SearchIndex> meanwhile;
    /** A query asked by many readers at once is searched once (see {@link InFlight}). */
    private final InFlight<SearchRequest, SearchResults> searching = new InFlight<>();
    private final Views views;
    private final BaseUrl baseUrl;

    SearchPages(Library library, CompletableFuture<SearchIndex> search, Optional<SearchIndex> meanwhile, Views views,
            BaseUrl baseUrl) {
        this.library = library;
        this.search = search;
        this.meanwhile = meanwhile;
        this.views = views;
        this.baseUrl = baseUrl;
    }

    /**
     * The index to search: the library's own once it is open, the one served before it until then
     * (a watched change), else the library's own once it opens, if it does within a moment, else a
     * 503 (at start-up the pages are served before the index is open).
     */
    private Searcher searcher() {
        SearchIndex index = search.isCompletedExceptionally() ? null : search.getNow(null);
        if (index != null) {
            return new Searcher(index, true);
        }
        if (meanwhile.isPresent()) {
            return new Searcher(meanwhile.get(), false);
        }
        return new Searcher(awaited().orElseThrow(() -> new NotReady("Search")), true);
    }

    /**
     * The library's index if it opens within {@link #WAIT_FOR_INDEX_MILLIS}: a restart checks the
     * index on disk in about a second after its pages are served, and a search asked meanwhile is
     * better answered a moment late than with a 503. Empty when it takes longer (an index built),
     * failed, or the request's thread is interrupted (the app stopping).
     */
    private Optional<SearchIndex> awaited() {
        try {
            return Optional.of(search.get(WAIT_FOR_INDEX_MILLIS, TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException | TimeoutException | CancellationException e) {
            return Optional.empty();
        }
    }

    /** An index, and whether it is the library's own: only its results are kept or shared between requests. */
    private record Searcher(SearchIndex index, boolean own) {
        SearchResults search(InFlight<SearchRequest, SearchResults> searching, SearchRequest request) {
            return own ? searching.get(request, () -> index.search(request)) : index.search(request);
        }
    }

    void page(Context ctx) {
        String query = query(ctx);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("query", query);
        if (query.isBlank()) {
            model.put("view", Optional.empty());
            views.renderOnce(ctx, "search", "/search", () -> model);
            return;
        }
        SearchRequest request = request(ctx, query, PAGE_SIZE);
        // A results page depends only on the library and the request, so it is kept like any page:
        // a query asked again (the popular ones, a reader going back) costs a lookup.
        String key = "/search " + request;
        if (views.sendKept(ctx, key)) {
            return;
        }
        Searcher searcher = searcher();
        SearchResults results = searcher.search(searching, request);
        SearchView view = new SearchView(request, results, library);
        if (results.pastTheEnd()) {
            // Never "page 99 of 3": the last page there is.
            ctx.redirect(view.lastPage(), HttpStatus.FOUND);
            return;
        }
        model.put("view", Optional.of(view));
        if (searcher.own()) {
            views.renderOnce(ctx, "search", key, () -> model);
        } else {
            views.render(ctx, "search", model); // the index served before: this page is not the library's
        }
    }

    /**
     * Makes the first results page of {@code query} as {@link #page} would for a reader, searched,
     * laid out, rendered and compressed, and keeps nothing: no page, no shared search. For
     * {@link SearchWarming}.
     *
     * @throws NotReady when the library's index is not open within {@link #WAIT_FOR_INDEX_MILLIS}
     * @throws RuntimeException when the index is closed meanwhile (a library replaced, the app stopping)
     */
    void warm(String query) {
        SearchRequest request = new SearchRequest(QueryText.of(query, MAX_QUERY_CHARS), Optional.empty(),
                Optional.empty(), 1, PAGE_SIZE, false);
        SearchResults results = searcher().index().search(request);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("query", request.text());
        model.put("view", Optional.of(new SearchView(request, results, library)));
        views.make("search", "/search", model);
    }

    void api(Context ctx) {
        String query = query(ctx);
        int size = number(ctx, "size", PAGE_SIZE, MAX_SIZE);
        SearchRequest request = request(ctx, query, size);
        SearchResults results = query.isBlank() ? SearchResults.none(request)
                : searcher().search(searching, request);
        if (results.pastTheEnd()) {
            throw new NotFoundResponse("Page " + results.page() + " is past the last page of results ("
                    + results.pages() + ").");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        results.correctedQuery().ifPresent(corrected -> body.put("correctedQuery", corrected));
        body.put("total", results.total());
        body.put("withEveryWord", results.withEveryWord());
        body.put("page", results.page());
        body.put("size", results.size());
        body.put("entries", results.entries().stream().map(SearchPages::json).toList());
        body.put("hits", results.hits().stream().map(hit -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("kind", hit.kind());
            json.put("title", hit.title());
            json.put("document", hit.documentSlug().orElse(null));
            json.put("url", SearchView.landing(hit));
            json.put("snippet", hit.snippetHtml());
            return json;
        }).toList());
        results.notice().ifPresent(notice -> body.put("notice", notice));
        results.didYouMean().ifPresent(suggestion -> body.put("didYouMean", suggestion));
        if (results.total() == 0 && !query.isBlank()) {
            body.put("closeEntries", results.closeEntries().stream().map(SearchPages::json).toList());
        }
        ctx.header("Cache-Control", "no-cache");
        ctx.json(body);
    }

    private static Map<String, Object> json(EntryCard card) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", card.kind());
        json.put("name", card.name());
        json.put("url", card.url());
        json.put("summary", card.summary());
        json.put("passages", card.passages());
        return json;
    }

    void suggest(Context ctx) {
        String query = query(ctx);
        Searcher searcher = query.isBlank() ? null : searcher();
        List<Suggestion> suggestions = searcher == null ? List.of() : searcher.index().suggest(query, 8);
        // The index served before, answering while this library's is updated: not to be kept a minute.
        ctx.header("Cache-Control", searcher == null || searcher.own() ? "public, max-age=60" : "no-cache");
        // Ordered maps, not Map.of, whose order changes from one JVM to the next: every replica sends the same bytes.
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("query", query);
        answer.put("suggestions", suggestions.stream().map(s -> {
            Map<String, Object> suggestion = new LinkedHashMap<>();
            suggestion.put("label", s.label());
            suggestion.put("kind", s.kind());
            suggestion.put("url", s.url());
            return suggestion;
        }).toList());
        ctx.json(answer);
    }

    void openSearch(Context ctx) {
        String base = baseUrl.get();
        ctx.contentType("application/opensearchdescription+xml; charset=utf-8");
        ctx.result("""
                <?xml version="1.0" encoding="UTF-8"?>
                <OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
                  <ShortName>Concordance</ShortName>
                  <Description>Search the Concordance library on terrorist alliances</Description>
                  <InputEncoding>UTF-8</InputEncoding>
                  <Image height="16" width="16" type="image/x-icon">%1$s/favicon.ico</Image>
                  <Url type="text/html" method="get" template="%1$s/search?q={searchTerms}"/>
                  <Url type="application/x-suggestions+json" method="get" template="%1$s/api/suggest?q={searchTerms}"/>
                </OpenSearchDescription>
                """.formatted(Escape.xml(base)));
    }

    /** The query text, cleaned and capped, so nothing a reader types can break a page ({@link QueryText}). */
    private static String query(Context ctx) {
        return QueryText.of(ctx.queryParam("q"), MAX_QUERY_CHARS);
    }

    /**
     * The request a page or the API asks: blank filters mean none; a document or a kind the library
     * does not have is a 400 that says so, not "nothing matches" (which would be untrue of the query).
     */
    private SearchRequest request(Context ctx, String query, int size) {
        int page = number(ctx, "page", 1, Integer.MAX_VALUE);
        Optional<String> doc = Optional.ofNullable(ctx.queryParam("doc")).filter(s -> !s.isBlank());
        Optional<String> kind = Optional.ofNullable(ctx.queryParam("kind")).filter(s -> !s.isBlank());
        if (doc.isPresent() && library.document(doc.get()).isEmpty()) {
            throw new BadRequestResponse("There is no document called ‘" + QueryText.of(doc.get(), MAX_QUERY_CHARS)
                    + "’ in the library to search in. The home page lists them.");
        }
        if (kind.isPresent() && !Searchable.KINDS.contains(kind.get())) {
            throw new BadRequestResponse("There is no kind of result called ‘" + QueryText.of(kind.get(), MAX_QUERY_CHARS)
                    + "’. The kinds are " + String.join(", ", Searchable.KINDS) + ".");
        }
        boolean asTyped = Optional.ofNullable(ctx.queryParam(SearchView.AS_TYPED)).filter(v -> !v.isBlank()).isPresent();
        return new SearchRequest(query, doc, kind, page, size, asTyped);
    }

    private static int number(Context ctx, String name, int fallback, int max) {
        java.util.OptionalInt asked = QueryNumber.of(ctx, name);
        if (asked.isEmpty()) {
            return fallback;
        }
        int number = asked.getAsInt();
        if (number < 1 || number > max) {
            throw new BadRequestResponse("'" + name + "' must be between 1 and " + max
                    + (Math.abs(number) == Integer.MAX_VALUE ? "." : ", was " + number + "."));
        }
        return number;
    }
}
