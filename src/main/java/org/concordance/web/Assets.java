package org.concordance.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files under {@code static/} (CSS, JS, fonts, images), served from the classpath with a
 * content hash in their URLs: a URL carrying the current hash is cached for a year as immutable,
 * any other request revalidates with the entity tag. Text files are kept gzipped and in Brotli,
 * made once. Relative {@code url(…)} references inside CSS are rewritten to hashed URLs too, so
 * fonts are cached as long as the stylesheet. Thread-safe.
 */
public final class Assets {
    /** A name in a static file's path; the path is checked a name at a time, never by one pattern of repeated groups (deep paths overflowed its stack). */
    private static final Pattern SAFE_NAME = Pattern.compile("[a-z0-9][a-z0-9_.-]*");
    /** The deepest and longest path of a static file there is room for (they are {@code css/site.css}, {@code fonts/…}). */
    private static final int MAX_NAMES = 4;
    private static final int MAX_LENGTH = 200;
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
    /** Formats that compress well; fonts and PNGs are compressed already. */
    private static final Set<String> TEXT = Set.of("css", "js", "svg", "ico", "txt", "xml");
    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    /** The files found, by path: no more than there are under {@code static/}, since a miss is not kept. */
    private final ConcurrentHashMap<String, Asset> cache = new ConcurrentHashMap<>();

    /** The URL of a static file, e.g. {@code url("css/site.css")} is {@code /static/css/site.css?v=1a2b3c4d5e6f}. */
    public String url(String path) {
        Asset asset = find(path).orElseThrow(() -> new IllegalArgumentException("no static file " + path));
        return "/static/" + path + "?v=" + asset.hash();
    }

    /** Whether there is a static file at {@code path} ({@code css/site.css}). */
    boolean has(String path) {
        return find(path).isPresent();
    }

    /** How many static files are kept, made ready to send: each one found so far, never a miss. */
    int kept() {
        return cache.size();
    }

    /** Handles {@code GET /static/<path>}. */
    void serve(Context ctx) {
        serve(ctx, ctx.pathParam("path"));
    }

    /** Answers with the static file at {@code path}, or 404. */
    void serve(Context ctx, String path) {
        Asset asset = find(path).orElseThrow(() -> new NotFoundResponse("There is no such file."));
        Views.send(ctx, asset.file(), asset.hash().equals(ctx.queryParam("v")) ? IMMUTABLE : "public, max-age=0, must-revalidate");
    }

    private Optional<Asset> find(String path) {
        if (!safe(path)) {
            return Optional.empty();
        }
        Asset found = cache.get(path);
        if (found == null) {
            // Not computeIfAbsent: a stylesheet's load looks up the files it refers to, which would recurse into the map.
            Optional<Asset> loaded = load(path);
            if (loaded.isEmpty()) {
                return loaded; // not kept: any number of paths can be asked for that are not there
            }
            Asset raced = cache.putIfAbsent(path, loaded.get());
            found = raced == null ? loaded.get() : raced;
        }
        return Optional.of(found);
    }

    /**
     * Whether {@code path} can name a static file: at most {@link #MAX_NAMES} names of lower-case
     * letters, digits, {@code _ . -} (none starting with a dot or hyphen, so no {@code ..}), the last
     * with an extension of a type served. A folder ({@code css}) is not a file.
     */
    static boolean safe(String path) {
        if (path == null || path.length() > MAX_LENGTH || path.contains("..")) {
            return false;
        }
        String[] names = path.split("/", -1);
        if (names.length > MAX_NAMES) {
            return false;
        }
        for (String name : names) {
            if (!SAFE_NAME.matcher(name).matches()) {
                return false;
            }
        }
        String last = names[names.length - 1];
        int dot = last.lastIndexOf('.');
        return dot > 0 && TYPES.containsKey(last.substring(dot + 1));
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
            String hash = CachedPage.tagOf(bytes).substring(0, 12);
            if (!TEXT.contains(extension)) {
                return Optional.of(new Asset(CachedPage.uncompressed(type, bytes), hash));
            }
            CachedPage file = CachedPage.of(type, bytes);
            return Optional.of(new Asset(Compression.brotli(bytes).map(file::withBrotli).orElse(file), hash));
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

    /** A static file as sent, and the short hash its URLs carry. */
    private record Asset(CachedPage file, String hash) {
    }
}
