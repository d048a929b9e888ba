package org.concordance.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files under {@code static/} (CSS, JS, fonts, images), served from the classpath with a
 * content hash in their URLs: a URL carrying the current hash is cached for a year as immutable,
 * any other request revalidates with the ETag. Relative {@code url(…)} references inside CSS are
 * rewritten to hashed URLs too, so fonts are cached as long as the stylesheet.
 */
public final class Assets {
    private static final Pattern SAFE_PATH = Pattern.compile("[a-z0-9][a-z0-9_.-]*(/[a-z0-9][a-z0-9_.-]*)*");
    private static final Pattern CSS_URL = Pattern.compile("url\\((['\"]?)([^'\")?#]+)\\1\\)");
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "woff2", "font/woff2",
            "svg", "image/svg+xml",
            "png", "image/png",
            "ico", "image/x-icon",
            "txt", "text/plain; charset=utf-8",
            "xml", "application/xml; charset=utf-8");

    private final ConcurrentHashMap<String, Optional<Asset>> cache = new ConcurrentHashMap<>();

    /** The URL of a static file, e.g. {@code url("css/site.css")} is {@code /static/css/site.css?v=1a2b3c4d5e}. */
    public String url(String path) {
        Asset asset = find(path).orElseThrow(() -> new IllegalArgumentException("no static file " + path));
        return "/static/" + path + "?v=" + asset.hash();
    }

    /** Handles {@code GET /static/<path>}. */
    void serve(Context ctx) {
        serve(ctx, ctx.pathParam("path"));
    }

    /** Answers with the static file at {@code path}, or 404. */
    void serve(Context ctx, String path) {
        Asset asset = find(path).orElseThrow(() -> new NotFoundResponse("No such file"));
        String etag = "\"" + asset.hash() + "\"";
        ctx.header("ETag", etag);
        ctx.header("Cache-Control", asset.hash().equals(ctx.queryParam("v"))
                ? "public, max-age=31536000, immutable"
                : "public, max-age=0, must-revalidate");
        ctx.contentType(asset.contentType());
        String ifNoneMatch = ctx.header("If-None-Match");
        if (ifNoneMatch != null && ifNoneMatch.contains(etag)) {
            ctx.status(304);
            return;
        }
        ctx.result(asset.bytes());
    }

    private Optional<Asset> find(String path) {
        if (path == null || !SAFE_PATH.matcher(path).matches() || path.contains("..")) {
            return Optional.empty();
        }
        return cache.computeIfAbsent(path, this::load);
    }

    private Optional<Asset> load(String path) {
        String extension = path.substring(path.lastIndexOf('.') + 1);
        String type = TYPES.get(extension);
        if (type == null) {
            return Optional.empty();
        }
        try (InputStream in = Assets.class.getClassLoader().getResourceAsStream("static/" + path)) {
            if (in == null) {
                return Optional.empty();
            }
            byte[] bytes = in.readAllBytes();
            if (extension.equals("css")) {
                bytes = hashUrls(path, new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            }
            return Optional.of(new Asset(bytes, type, hash(bytes)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read static/" + path, e);
        }
    }

    private String hashUrls(String cssPath, String css) {
        String folder = cssPath.contains("/") ? cssPath.substring(0, cssPath.lastIndexOf('/') + 1) : "";
        Matcher matcher = CSS_URL.matcher(css);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String target = matcher.group(2);
            String resolved = java.net.URI.create("/" + folder).resolve(target).getPath().substring(1);
            String replacement = find(resolved).map(asset -> "url(\"" + target + "?v=" + asset.hash() + "\")")
                    .orElse(matcher.group());
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Asset(byte[] bytes, String contentType, String hash) {
    }
}
