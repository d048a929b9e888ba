package org.concordance.content;

import java.io.InterruptedIOException;
import java.nio.channels.ClosedByInterruptException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Whether a failure is the app stopping rather than a fault: a thread interrupted while it read,
 * wrote or waited (the watcher's worker is interrupted when the app stops mid-change). Such a
 * failure says nothing of the content, the catalog or the index, and is reported as a stop.
 */
public final class Interruption {
    private Interruption() {
    }

    /**
     * True when the current thread is interrupted, or {@code failure} or any of its causes says a
     * wait or a channel was interrupted, as the JDK and Lucene say it (Lucene's {@code
     * ThreadInterruptedException} wraps an {@link InterruptedException} and clears the thread's flag;
     * a channel closed by an interrupt is a {@link ClosedByInterruptException}; {@link InOrder}
     * gives up with a {@link CancellationException}).
     */
    public static boolean of(Throwable failure) {
        if (Thread.currentThread().isInterrupted()) {
            return true;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InterruptedException || cause instanceof InterruptedIOException
                    || cause instanceof ClosedByInterruptException || cause instanceof CancellationException) {
                return true;
            }
        }
        return false;
    }

    /**
     * What {@code future} gives, waited for. What it threw is thrown as it was (a {@link
     * RuntimeException} or an {@link Error}, out of memory say); a wait interrupted is a stop
     * ({@link #stopped}, {@code what} named), the thread's flag set again.
     */
    public static <R> R awaited(Future<R> future, String what) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(what + " failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw stopped(what, e);
        }
    }

    /** A failure saying {@code what} was interrupted, with {@code cause}, thrown where a stop must not pass for a fault. */
    public static CancellationException stopped(String what, Throwable cause) {
        CancellationException stopped = new CancellationException(what + " was interrupted");
        stopped.initCause(cause);
        return stopped;
    }
}
