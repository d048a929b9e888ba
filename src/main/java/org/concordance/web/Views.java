package org.concordance.web;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;

/**
 * Renders a page template with what every page needs (the asset URLs, the current path) added to
 * its model. HTML pages revalidate on every visit; Javalin's ETags make the revisit a 304.
 */
final class Views {
    private final Assets assets;

    Views(Assets assets) {
        this.assets = assets;
    }

    /** Which entry of the site navigation the page belongs to, for {@code aria-current}. */
    private static String section(String path) {
        if (path.equals("/") || path.startsWith("/documents/")) {
            return "library";
        }
        int next = path.indexOf('/', 1);
        return next < 0 ? path.substring(1) : path.substring(1, next);
    }

    void render(Context ctx, String template, Map<String, ?> model) {
        Map<String, Object> full = new HashMap<>(model);
        full.put("assets", assets);
        full.put("path", ctx.path());
        full.put("section", section(ctx.path()));
        ctx.header("Cache-Control", "no-cache");
        ctx.render(template, full);
    }
}
