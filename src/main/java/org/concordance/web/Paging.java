package org.concordance.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.List;
import java.util.Optional;

/**
 * One page of a long list (the documents on the home page, the passages on an entry's page), read
 * from the request's {@code page} parameter ({@link QueryNumber}): 1 when absent, a 400 when it is not
 * a whole number, a 404 naming the pages there are when it is not one from 1 to the last page. Page 1
 * is the list's own address, so it is kept and linked without a parameter.
 *
 * @param page the page shown, from 1
 * @param size items per page, at least 1
 * @param total items in the whole list, 0 or more
 * @param path the list's address, without query
 * @param query what else the list's address asks, encoded ({@code q=byman}), or empty
 */
public record Paging(int page, int size, int total, String path, String query) {
    public Paging {
        if (size < 1 || total < 0 || page < 1 || page > Math.max(1, (total + size - 1) / size)) {
            throw new IllegalArgumentException("no page " + page + " of " + total + " items by " + size);
        }
    }

    /**
     * The page a request asks for.
     *
     * @throws NotFoundResponse when {@code page} is past the list's last page
     * @throws io.javalin.http.BadRequestResponse when it is not a whole number
     */
    static Paging of(Context ctx, int size, int total) {
        return of(ctx, size, total, "");
    }

    /**
     * The page a request asks for, of a list whose address also carries {@code query} (a filter).
     *
     * @throws NotFoundResponse when {@code page} is past the list's last page
     * @throws io.javalin.http.BadRequestResponse when it is not a whole number
     */
    static Paging of(Context ctx, int size, int total, String query) {
        java.util.OptionalInt asked = QueryNumber.of(ctx, "page");
        int pages = Math.max(1, (total + size - 1) / size);
        int page = asked.orElse(1);
        // A page below 1 was refused before the page was asked for (Routes); one past the end is a 404.
        if (page > pages) {
            throw new NotFoundResponse("There is no page " + ctx.queryParam("page").strip() + " here; the pages go from 1 to "
                    + pages + ".");
        }
        return new Paging(page, size, total, PageCache.keyOf(ctx.path()), query);
    }

    /** The last page, 1 for an empty list. */
    public int pages() {
        return Math.max(1, (total + size - 1) / size);
    }

    /** The index of the first item shown, from 0. */
    public int offset() {
        return (page - 1) * size;
    }

    /** The items of {@code all} on this page, for a list held whole. */
    public <T> List<T> slice(List<T> all) {
        return all.subList(Math.min(offset(), all.size()), Math.min(offset() + size, all.size()));
    }

    /** Whether the list takes more than one page, so the page needs its navigation. */
    public boolean paged() {
        return pages() > 1;
    }

    /** The address of page {@code n}: the list's own for page 1. */
    public String href(int n) {
        String rest = n == 1 ? query : query.isEmpty() ? "page=" + n : query + "&page=" + n;
        return rest.isEmpty() ? path : path + "?" + rest;
    }

    /** The key this page is kept under: its address. */
    String key() {
        return href(page);
    }

    public Optional<String> previous() {
        return page > 1 ? Optional.of(href(page - 1)) : Optional.empty();
    }

    public Optional<String> next() {
        return page < pages() ? Optional.of(href(page + 1)) : Optional.empty();
    }

    /** "11–20 of 10,003", the items shown. */
    public String shown() {
        int first = Math.min(total, offset() + 1);
        int last = Math.min(total, offset() + size);
        return String.format(java.util.Locale.ROOT, "%,d–%,d of %,d", first, last, total);
    }
}
