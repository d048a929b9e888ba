package org.concordance.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;

/**
 * Pages that depend only on the library, kept as the bytes sent (see {@link CachedPage}) in a cache
 * bounded by their total size, least recently and least frequently used evicted first (Caffeine's
 * W-TinyLFU). Keys are site paths, never anything a client sends besides the path, so no header can
 * grow it. A page is rendered once even when many readers ask for it at the same moment; its Brotli
 * form is made afterwards on a background thread and replaces the entry when ready. Thread-safe.
 */
final class PageCache {
    /** Enough for every page of a library of a few hundred documents; a larger one keeps the most read. */
    static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

    private final Cache<String, CachedPage> pages;
    private final Executor background;

    PageCache(long maxBytes, Executor background) {
        this.pages = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((String key, CachedPage page) -> page.weight())
                .build();
        this.background = Objects.requireNonNull(background, "background");
    }

    /** The page kept under {@code key}, rendering and keeping it first if there is none. */
    CachedPage get(String key, Supplier<CachedPage> render) {
        boolean[] rendered = {false};
        CachedPage page = pages.get(key, k -> {
            rendered[0] = true;
            return render.get();
        });
        if (rendered[0] && Compression.brotliAvailable()) {
            try {
                background.execute(() -> Compression.brotli(page.identity())
                        .ifPresent(brotli -> pages.asMap().replace(key, page, page.withBrotli(brotli))));
            } catch (RejectedExecutionException e) {
                // Shutting down, or too much queued: the page is served with gzip, which every browser takes.
            }
        }
        return page;
    }

    /** The page kept under {@code key}, if it is kept now; renders nothing. */
    Optional<CachedPage> peek(String key) {
        return Optional.ofNullable(pages.getIfPresent(key));
    }

    /**
     * The key a page is kept under: its path as the request wrote it, without trailing slashes
     * (the router ignores them, so {@code /works/} is {@code /works}).
     */
    static String keyOf(String path) {
        int end = path.length();
        while (end > 1 && path.charAt(end - 1) == '/') {
            end--;
        }
        return path.substring(0, end);
    }

    /**
     * Whether {@code path} is plain enough to be looked up as it is, before the router has seen it:
     * segments of letters, digits, {@code - _ . ~} only, none empty (but a last one), none {@code .}
     * or {@code ..}. Anything else (escapes, dot segments, doubled slashes) goes through the router,
     * which decides what it means.
     */
    static boolean isPlain(String path) {
        if (path == null || path.isEmpty() || path.charAt(0) != '/' || path.contains("//")) {
            return false;
        }
        int segmentStart = 1;
        for (int i = 1; i <= path.length(); i++) {
            char c = i < path.length() ? path.charAt(i) : '/';
            if (c == '/') {
                String segment = path.substring(segmentStart, i);
                boolean last = i >= path.length() - 1;
                if ((segment.isEmpty() && !last) || segment.equals(".") || segment.equals("..")) {
                    return false;
                }
                segmentStart = i + 1;
            } else if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '-' || c == '_' || c == '.' || c == '~')) {
                return false;
            }
        }
        return true;
    }

    /** Pages kept and their total weight in bytes, for the log and tests. */
    long size() {
        return pages.estimatedSize();
    }
}
