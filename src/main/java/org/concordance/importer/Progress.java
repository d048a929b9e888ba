package org.concordance.importer;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress over many files: files done of the total and the rate, on one line that rewrites itself
 * on a terminal, and as plain lines now and then otherwise (a log file gets no control characters).
 */
final class Progress {
    private static final long PLAIN_EVERY_NANOS = 5_000_000_000L;

    private final PrintStream err;
    private final boolean terminal;
    private final int total;
    private final LongSupplier clock;
    private final long started;
    private long lastPlain;
    private boolean lineShown;

    Progress(PrintStream err, boolean terminal, int total, LongSupplier nanoClock) {
        this.err = err;
        this.terminal = terminal;
        this.total = total;
        this.clock = nanoClock;
        this.started = nanoClock.getAsLong();
        this.lastPlain = started;
    }

    /** Whether progress is worth showing: on a terminal for more than one file, in a log for a long run. */
    boolean shown() {
        return terminal ? total > 1 : total >= 10;
    }

    /** Takes the updating line off the terminal before other output. */
    void clear() {
        if (terminal && lineShown) {
            err.print("\r\033[K");
            err.flush();
            lineShown = false;
        }
    }

    /** Reports that {@code done} files of the total are finished. */
    void done(int done) {
        if (!shown()) {
            return;
        }
        long now = clock.getAsLong();
        String line = line(done, now);
        if (terminal) {
            err.print("\r\033[K" + line);
            if (done == total) {
                err.println();
            }
            err.flush();
            lineShown = done < total;
        } else if (done == total || now - lastPlain >= PLAIN_EVERY_NANOS) {
            err.println(line);
            lastPlain = now;
        }
    }

    String line(int done, long now) {
        double seconds = Math.max(1e-9, (now - started) / 1e9);
        double rate = done / seconds;
        String left = done < total && rate > 0 ? String.format(Locale.ROOT, ", about %.0f s left", (total - done) / rate) : "";
        return String.format(Locale.ROOT, "%d of %d files done (%.1f files/s%s)", done, total, rate, left);
    }
}
