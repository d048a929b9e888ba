package org.concordance.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Objects;
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

    /** Pages kept and their total weight in bytes, for the log and tests. */
    long size() {
        return pages.estimatedSize();
    }
}
