package org.concordance.content;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Work made item by item on other threads, a window of items ahead, and taken in the items' order
 * on the calling thread: for work whose making needs only its item (analysing a passage, parsing a
 * note) and whose taking needs every item before it (an index's order, a note's Ibid.). At most a
 * window of made items is held at once, so a large library is never all made at once.
 */
public final class InOrder {
    /** Takes an item and what was made of it, in the items' order. */
    @FunctionalInterface
    public interface Taker<T, R, E extends Exception> {
        void take(T item, R made) throws E;
    }

    private InOrder() {
    }

    /**
     * Makes each of {@code items} with {@code make} on {@code threads} threads of its own, at most
     * {@code window} items ahead of the one taken, and hands each to {@code take} on this thread, in
     * order. The first failure stops the rest: nothing more is made or taken, and it is thrown.
     *
     * @param threadName what the threads are called (in thread dumps and profiles)
     * @throws E what {@code take} threw
     * @throws RuntimeException what {@code make} threw, as it threw it; a {@link CancellationException}
     *     when this thread is interrupted (its interrupt flag set again)
     * @throws IllegalArgumentException when {@code threads} or {@code window} is below 1
     */
    public static <T, R, E extends Exception> void run(Iterator<T> items, Function<T, R> make, Taker<T, R, E> take,
            int threads, int window, String threadName) throws E {
        record Made<T, R>(T item, R made) {
        }
        // Closed after a failure too: what was made ahead is of no use.
        try (Reading<Made<T, R>> made = ahead(items, item -> new Made<>(item, make.apply(item)), threads, window,
                threadName)) {
            while (made.hasNext()) {
                Made<T, R> next = made.next();
                take.take(next.item(), next.made());
            }
        }
    }

    /** Items read in order as {@link #ahead} makes them; closing it stops the making of the rest. */
    public interface Reading<R> extends Iterator<R>, AutoCloseable {
        /** Stops making items: those not yet made are not, and {@code hasNext()} is false from then on. */
        @Override
        void close();
    }

    /**
     * {@link #run} for a reader that pulls: {@code items} made with {@code make} on {@code threads}
     * threads of their own, at most {@code window} items ahead of the one read, read in the items'
     * order. Nothing is made before the first read. The threads end once the last item is read or
     * the reading is closed, or after a second with nothing to make, so a reading left unread and
     * unclosed leaves none behind either.
     *
     * @param threadName what the threads are called (in thread dumps and profiles)
     * @throws RuntimeException from {@code next()}: what {@code make} threw, as it threw it (a
     *     {@link CancellationException} when the reading thread is interrupted); nothing more is
     *     made, and {@code hasNext()} is false from then on
     * @throws IllegalArgumentException when {@code threads} or {@code window} is below 1
     */
    public static <T, R> Reading<R> ahead(Iterator<T> items, Function<T, R> make, int threads, int window,
            String threadName) {
        if (threads < 1 || window < 1) {
            throw new IllegalArgumentException("threads and window must be at least 1, were " + threads + " and " + window);
        }
        return new Reading<>() {
            private final ArrayDeque<Future<R>> ahead = new ArrayDeque<>();
            private ThreadPoolExecutor pool;
            private boolean stopped;

            @Override
            public boolean hasNext() {
                return !stopped && (!ahead.isEmpty() || items.hasNext());
            }

            @Override
            public R next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                if (pool == null) {
                    pool = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                            runnable -> {
                                Thread thread = new Thread(runnable, threadName);
                                thread.setDaemon(true);
                                return thread;
                            });
                    pool.allowCoreThreadTimeOut(true);
                }
                while (ahead.size() < window && items.hasNext()) {
                    T item = items.next();
                    ahead.add(pool.submit(() -> make.apply(item)));
                }
                try {
                    R made = made(ahead.poll());
                    if (!hasNext()) {
                        pool.shutdown();
                    }
                    return made;
                } catch (RuntimeException | Error e) {
                    close();
                    throw e;
                }
            }

            @Override
            public void close() {
                stopped = true;
                ahead.forEach(future -> future.cancel(false));
                ahead.clear();
                if (pool != null) {
                    pool.shutdownNow();
                }
            }
        };
    }

    private static <R> R made(Future<R> future) {
        return Interruption.awaited(future, "waiting for an item to be made");
    }
}
