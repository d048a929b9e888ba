package org.concordance.web;

import io.javalin.http.Context;
import java.util.regex.Pattern;

/**
 * The scheme and host a request reached the site by ({@code https://example.org}), for the absolute
 * URLs citations and page metadata need. The Host header is the client's word: anything that is not
 * a plain host name or address with an optional port is replaced by {@code localhost}, so it can
 * neither break markup nor fill the page cache with variants.
 */
final class Origin {
    private static final Pattern HOST = Pattern.compile("(?:[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?|\\[[0-9A-Fa-f:.]{2,45}\\])(?::[0-9]{1,5})?");

    private Origin() {
    }

    static String of(Context ctx) {
        String host = ctx.host();
        String scheme = "https".equals(ctx.scheme()) ? "https" : "http";
        return scheme + "://" + (host != null && HOST.matcher(host).matches() ? host : "localhost");
    }
}
