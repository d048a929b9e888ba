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
 *
 * <p>With a {@link PageStore}, the cache is the memory in front of it: a page missing here is read
 * from the store before it is rendered, and a page rendered is written there (with its Brotli form)
 * on the background thread, so it is rendered once per edition, across restarts. Pages kept under a
 * site address are stored; those kept under a request (a search, whose key holds a space) are not,
 * so what readers type cannot fill the disk.
 */
final class PageCache {
    /**
     * A quarter of the heap, at most 64 MB: every page of a library of a few hundred documents; a
     * larger one keeps the most read here and the rest on disk ({@link PageStore}), so a small heap
     * (README's run command) is not filled by pages that are cheap to read back.
     */
    static final long DEFAULT_MAX_BYTES = Math.min(64L * 1024 * 1024, Runtime.getRuntime().maxMemory() / 4);

    private final Cache<String, CachedPage> pages;
    private final Background background;
    private final Optional<PageStore> store;

    /**
     * Where a page just rendered is finished (its Brotli form made, the page stored): work of a
     * given size in bytes, which it may refuse (too much waiting, or shutting down), the page then
     * served as it is.
     */
    @FunctionalInterface
    interface Background {
        /** Runs {@code task} later, or returns false and never runs it. */
        boolean offer(long bytes, Runnable task);

        /**
         * {@code executor}'s work, at most {@code maxBytes} of it waiting at once (a burst of long
         * searches, each page echoing its query in every link, filled a small heap when only the
         * number of pages waiting was bounded); the executor must throw when it refuses a task.
         */
        static Background bounded(Executor executor, long maxBytes) {
            java.util.concurrent.atomic.AtomicLong waiting = new java.util.concurrent.atomic.AtomicLong();
            return (bytes, task) -> {
                long now = waiting.addAndGet(bytes);
                if (now > maxBytes && now != bytes) { // a page larger than the budget is taken when nothing else waits
                    waiting.addAndGet(-bytes);
                    return false;
                }
                try {
                    executor.execute(() -> {
                        try {
                            task.run();
                        } finally {
                            waiting.addAndGet(-bytes);
                        }
                    });
                    return true;
                } catch (RejectedExecutionException e) {
                    waiting.addAndGet(-bytes);
                    return false;
                }
            };
        }
    }

    PageCache(long maxBytes, Background background) {
        this(maxBytes, background, Optional.empty());
    }

    /** A cache in front of {@code store}, when there is one. */
    PageCache(long maxBytes, Background background, Optional<PageStore> store) {
        this.pages = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((String key, CachedPage page) -> page.weight())
                .build();
        this.background = Objects.requireNonNull(background, "background");
        this.store = Objects.requireNonNull(store, "store");
    }

    /** The page kept under {@code key}, rendering and keeping it first if there is none. */
    CachedPage get(String key, Supplier<CachedPage> render) {
        boolean[] rendered = {false};
        CachedPage page = pages.get(key, k -> stored(k).orElseGet(() -> {
            rendered[0] = true;
            return render.get();
        }));
        if (rendered[0]) {
            // Refused when shutting down or too much is waiting: the page is served with gzip, which every browser takes.
            background.offer(page.weight(), () -> finish(key, page));
        }
        return page;
    }

    /** Adds the Brotli form of a page just rendered, where available, and stores the page. */
    private void finish(String key, CachedPage page) {
        CachedPage finished = Compression.brotliAvailable()
                ? Compression.brotli(page.identity()).map(page::withBrotli).orElse(page)
                : page;
        if (finished != page) {
            pages.asMap().replace(key, page, finished);
        }
        if (storable(key)) {
            store.ifPresent(kept -> kept.write(key, finished));
        }
    }

    /**
     * The page kept under {@code key}, if it is kept now (in memory, or in the store, from where it
     * is then kept in memory too); renders nothing.
     */
    Optional<CachedPage> peek(String key) {
        CachedPage page = pages.getIfPresent(key);
        if (page != null) {
            return Optional.of(page);
        }
        Optional<CachedPage> stored = stored(key);
        stored.ifPresent(found -> pages.asMap().putIfAbsent(key, found));
        return stored;
    }

    private Optional<CachedPage> stored(String key) {
        return storable(key) ? store.flatMap(kept -> kept.read(key)) : Optional.empty();
    }

    /** Pages kept under a site address; not those kept under a request, which hold a space. */
    private static boolean storable(String key) {
        return key.indexOf(' ') < 0;
    }

    /**
     * The key a page is kept under: its path as the request wrote it, in the normal form of RFC 3986
     * (6.2.2): escapes of unreserved characters decoded ({@code %77} is {@code w}), the hex digits of
     * the others in capitals, and no trailing slashes (the router ignores them, so {@code /works/} is
     * {@code /works}). Every spelling the router reads as one address is one key, so no spelling
     * renders or keeps a page twice.
     */
    static String keyOf(String path) {
        int end = path.length();
        while (end > 1 && path.charAt(end - 1) == '/') {
            end--;
        }
        if (path.indexOf('%') < 0) {
            return path.substring(0, end);
        }
        StringBuilder key = new StringBuilder(end);
        for (int i = 0; i < end; i++) {
            char c = path.charAt(i);
            int value = c == '%' && i + 2 < end ? hex(path.charAt(i + 1), path.charAt(i + 2)) : -1;
            if (value < 0) {
                key.append(c);
            } else if (unreserved((char) value)) {
                key.append((char) value);
                i += 2;
            } else {
                key.append('%').append(Character.toUpperCase(path.charAt(i + 1))).append(Character.toUpperCase(path.charAt(i + 2)));
                i += 2;
            }
        }
        return key.toString();
    }

    private static int hex(char high, char low) {
        int h = Character.digit(high, 16);
        int l = Character.digit(low, 16);
        return h < 0 || l < 0 ? -1 : h * 16 + l;
    }

    private static boolean unreserved(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~';
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
