package org.concordance.web;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * One computation for concurrent equal requests: while a value is being computed for a key, a
 * caller with an equal key waits for that value instead of computing it again. Nothing is kept once
 * it is computed (what should be kept, a page, is kept by {@link PageCache}).
 *
 * <p>Why: a query asked for the first time by many readers at once ran its search once for each of
 * them, before the first results page was kept. At 10,003 documents a search takes 50–200 ms of a
 * core; 64 connections asking one new query ran 64 of them on 2 cores, and every one of those
 * readers waited over 2 s (src/docs/performance-history.md).
 *
 * @param <K> the request, compared by {@code equals}
 * @param <V> what it computes
 */
final class InFlight<K, V> {
    private final ConcurrentHashMap<K, CompletableFuture<V>> running = new ConcurrentHashMap<>();

    /**
     * The value {@code compute} gives for {@code key}, computed by this caller or by one computing it
     * for an equal key at the same time.
     *
     * @throws RuntimeException what {@code compute} threw, in whichever caller ran it (the same exception to every caller waiting for it)
     */
    V get(K key, Supplier<V> compute) {
        CompletableFuture<V> mine = new CompletableFuture<>();
        CompletableFuture<V> theirs = running.putIfAbsent(key, mine);
        if (theirs != null) {
            try {
                return theirs.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException failure) {
                    throw failure;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw e;
            }
        }
        try {
            V value = compute.get();
            mine.complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            running.remove(key, mine);
        }
    }

    /** How many keys are being computed now. */
    int running() {
        return running.size();
    }
}
