package org.concordance.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders page templates with what every page needs (the asset URLs, the current path) added to
 * the model, and sends them with one policy for every HTML page: {@code text/html; charset=utf-8},
 * revalidated on every visit ({@code Cache-Control: no-cache}), a strong entity tag per content
 * coding, {@code 304} when the reader's copy is current, {@code Vary: Accept-Encoding}, and for
 * {@code HEAD} the same status and headers without the body.
 *
 * <p>Pages that depend only on the library (which never changes while a {@link Site} serves it)
 * are rendered once and kept compressed in a {@link PageCache}; each request then costs a lookup
 * and a write.
 */
final class Views {
    private static final Logger LOG = LoggerFactory.getLogger(Views.class);
    private static final String HTML = "text/html; charset=utf-8";
    /** Pages made per request are gzipped per request too: a middle level, as servers do for dynamic content. */
    private static final int DYNAMIC_GZIP_LEVEL = 6;
    /** Readers always see the current library: every visit revalidates, and the entity tag makes it a 304. */
    static final String REVALIDATE = "no-cache";

    private final Assets assets;
    private final ThymeleafRenderer renderer;
    private final PageCache cache;

    Views(Assets assets, ThymeleafRenderer renderer, PageCache cache) {
        this.assets = assets;
        this.renderer = renderer;
        this.cache = cache;
    }

    /** The pages kept for this site, which {@link CachedPages} also sends from. */
    PageCache cache() {
        return cache;
    }

    /** Which entry of the site navigation the page belongs to, for {@code aria-current}. */
    private static String section(String path) {
        if (path.equals("/") || path.startsWith("/documents/")) {
            return "library";
        }
        int next = path.indexOf('/', 1);
        return next < 0 ? path.substring(1) : path.substring(1, next);
    }

    /** Renders a page that depends on the request (a search, say) and sends it. */
    void render(Context ctx, String template, Map<String, ?> model) {
        byte[] html = html(ctx, template, model).getBytes(StandardCharsets.UTF_8);
        sendMade(ctx, HTML, html, REVALIDATE, true);
    }

    /**
     * Sends bytes made for this request: gzipped when the reader accepts it, with a strong entity
     * tag per coding when {@code tagged} (errors are not tagged: they are never kept).
     */
    static void sendMade(Context ctx, String contentType, byte[] bytes, String cacheControl, boolean tagged) {
        Encoding encoding = Encoding.GZIP.acceptedBy(ctx.header("Accept-Encoding")) ? Encoding.GZIP : Encoding.IDENTITY;
        String etag = tagged ? EntityTags.strong(CachedPage.tagOf(bytes) + encoding.tagSuffix()) : null;
        send(ctx, contentType, encoding, () -> encoding == Encoding.GZIP ? Compression.gzip(bytes, DYNAMIC_GZIP_LEVEL) : bytes,
                etag, cacheControl);
    }

    /** The HTML of a template rendered with the site's defaults, for pages kept elsewhere. */
    String html(Context ctx, String template, Map<String, ?> model) {
        return renderer.render(template, withDefaults(ctx.path(), model));
    }

    /**
     * Serves a page that depends only on the library and its path, rendering it on first use. The
     * model is built only then; it must not depend on query parameters or headers: one copy serves
     * every reader (absolute URLs come from the configured base URL, never from the request). One
     * path is one page: a page is kept under its path alone, and {@link CachedPages} sends it from
     * there without asking the router again.
     */
    void renderOnce(Context ctx, String template, Supplier<Map<String, ?>> model) {
        renderOnce(ctx, template, PageCache.keyOf(ctx.path()), model);
    }

    /**
     * {@link #renderOnce} for one page of a long list: kept under the page's own address, so page 1
     * is still sent by {@link CachedPages} and the others through the router.
     */
    void renderOnce(Context ctx, String template, Paging paging, Supplier<Map<String, ?>> model) {
        renderOnce(ctx, template, paging.key(), () -> {
            Map<String, Object> full = new HashMap<>(model.get());
            full.put("paging", paging);
            return full;
        });
    }

    /**
     * {@link #renderOnce} for a page that depends on the library and on what the request asks (a
     * search): kept under {@code key}, which must hold everything the page depends on. Keys with a
     * query or a space are never sent by {@link CachedPages}, only through their route.
     */
    void renderOnce(Context ctx, String template, String key, Supplier<Map<String, ?>> model) {
        String path = PageCache.keyOf(ctx.path());
        send(ctx, cache.get(key, () -> make(template, path, model.get())), REVALIDATE);
    }

    /** The page {@link #renderOnce} would keep for {@code path}, made and not kept. */
    CachedPage make(String template, String path, Map<String, ?> model) {
        return CachedPage.html(renderer.render(template, withDefaults(path, model)));
    }

    /** The page kept under {@code key}, sent if there is one; false, and nothing sent, otherwise. */
    boolean sendKept(Context ctx, String key) {
        Optional<CachedPage> page = cache.peek(key);
        page.ifPresent(kept -> send(ctx, kept, REVALIDATE));
        return page.isPresent();
    }

    /**
     * Serves a download that depends only on the library (an export) under the same policy as
     * pages, saved by browsers as {@code fileName}; made on first use.
     */
    void download(Context ctx, String contentType, String fileName, Supplier<byte[]> body) {
        send(ctx, cache.get(PageCache.keyOf(ctx.path()), () -> CachedPage.download(contentType, fileName, body.get())),
                REVALIDATE);
    }

    /** Sends {@code page} in the coding the request accepts best, with {@code cacheControl}. */
    static void send(Context ctx, CachedPage page, String cacheControl) {
        page.disposition().ifPresent(disposition -> ctx.header("Content-Disposition", disposition));
        Encoding encoding = page.encodingFor(ctx.header("Accept-Encoding"));
        send(ctx, page.contentType(), encoding, () -> page.body(encoding), page.etag(encoding), cacheControl);
    }

    private static void send(Context ctx, String contentType, Encoding encoding, Supplier<byte[]> body, String etag,
            String cacheControl) {
        ctx.header("Cache-Control", cacheControl);
        ctx.header("Vary", "Accept-Encoding");
        if (etag != null) {
            ctx.header("ETag", etag);
            if (EntityTags.noneMatchHits(ctx.header("If-None-Match"), etag)) {
                ctx.contentType(contentType);
                ctx.status(304);
                // The 200's length (RFC 9110, 8.6), not the 0 Jetty writes for a response without content.
                ctx.header("Content-Length", String.valueOf(body.get().length));
                return;
            }
        }
        ctx.contentType(contentType);
        if (encoding != Encoding.IDENTITY) {
            ctx.header("Content-Encoding", encoding.token());
        }
        byte[] bytes = body.get();
        if ("HEAD".equals(ctx.req().getMethod())) {
            ctx.header("Content-Length", String.valueOf(bytes.length));
            return;
        }
        // Written whole, with its length, as CachedPages sends it. Handed to ctx.result, the bytes
        // were copied through a 32 KB buffer made for each response (Javalin's writeResponseAndLog),
        // about half of what a kept results page allocated, and a body over 8 KB went in chunks.
        ctx.header("Content-Length", String.valueOf(bytes.length));
        try {
            ctx.res().getOutputStream().write(bytes);
        } catch (IOException e) {
            // The reader went away; nothing is left to answer.
            LOG.debug("a response could not be written", e);
        }
    }

    private Map<String, Object> withDefaults(String path, Map<String, ?> model) {
        return defaults(assets, path, model);
    }

    /**
     * {@code model} with what the layout needs: the asset URLs, the path and its navigation section,
     * and how to mark a document's words in another language ({@link TextLanguage}).
     */
    static Map<String, Object> defaults(Assets assets, String path, Map<String, ?> model) {
        Map<String, Object> full = new HashMap<>(model);
        full.put("assets", assets);
        full.put("path", path);
        full.put("section", section(path));
        full.put("lang", TextLanguage.PAGES);
        return full;
    }
}
