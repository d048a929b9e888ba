package org.concordance.web;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Renders a page template with what every page needs (the asset URLs, the current path) added to
 * its model. HTML pages revalidate on every visit; Javalin's ETags make the revisit a 304.
 *
 * <p>Pages that depend only on the library (which never changes while the app runs) are rendered
 * once and kept: a document page is then served as fast as a static file.
 */
final class Views {
    private static final int MAX_CACHED_PAGES = 5_000;

    private final Assets assets;
    private final ThymeleafRenderer renderer;
    private final ConcurrentHashMap<String, RenderedPage> pages = new ConcurrentHashMap<>();

    Views(Assets assets, ThymeleafRenderer renderer) {
        this.assets = assets;
        this.renderer = renderer;
    }

    /** Which entry of the site navigation the page belongs to, for {@code aria-current}. */
    private static String section(String path) {
        if (path.equals("/") || path.startsWith("/documents/")) {
            return "library";
        }
        int next = path.indexOf('/', 1);
        return next < 0 ? path.substring(1) : path.substring(1, next);
    }

    /** Renders a page that depends on the request (a search, an error). */
    void render(Context ctx, String template, Map<String, ?> model) {
        ctx.header("Cache-Control", "no-cache");
        ctx.html(renderer.render(template, withDefaults(ctx, model), ctx));
    }

    /**
     * Serves a page that depends only on the library and its path, rendering it on first use. The
     * model is built only then; it must not depend on query parameters or headers: one copy serves
     * every reader (absolute URLs come from the configured base URL, never from the request).
     */
    void renderOnce(Context ctx, String template, Supplier<Map<String, ?>> model) {
        String key = template + " " + ctx.path();
        RenderedPage page = pages.get(key);
        if (page == null) {
            page = RenderedPage.of(renderer.render(template, withDefaults(ctx, model.get()), ctx));
            if (pages.size() < MAX_CACHED_PAGES) {
                pages.putIfAbsent(key, page);
            }
        }
        ctx.header("Cache-Control", "no-cache");
        // The validator is worked out once with the page, not hashed again on every request.
        ctx.header("ETag", page.etag());
        String ifNoneMatch = ctx.header("If-None-Match");
        if (ifNoneMatch != null && ifNoneMatch.contains(page.etag())) {
            ctx.status(304);
            return;
        }
        ctx.contentType("text/html; charset=utf-8");
        ctx.result(page.body());
    }

    /** A page rendered once: its bytes and their entity tag. */
    private record RenderedPage(byte[] body, String etag) {
        static RenderedPage of(String html) {
            byte[] body = html.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            try {
                byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(body);
                return new RenderedPage(body, "\"" + java.util.HexFormat.of().formatHex(digest, 0, 16) + "\"");
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private Map<String, Object> withDefaults(Context ctx, Map<String, ?> model) {
        Map<String, Object> full = new HashMap<>(model);
        full.put("assets", assets);
        full.put("path", ctx.path());
        full.put("section", section(ctx.path()));
        return full;
    }
}
