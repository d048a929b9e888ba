package org.concordance;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.concordance.content.Progress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows progress where the operator looks: on a terminal, one line rewritten in place (items done
 * of the total, the rate, the time left); otherwise a plain log line every few seconds. Keeps the
 * current stage for the health page ("reading documents: 4,000 of 10,003"). Thread-safe.
 */
final class ProgressReport implements Progress {
    private static final Logger LOG = LoggerFactory.getLogger(ProgressReport.class);
    private static final long TERMINAL_EVERY_NANOS = 200_000_000L;
    private static final long LOG_EVERY_NANOS = 5_000_000_000L;

    private final PrintStream terminal;
    private final AtomicReference<Running> current = new AtomicReference<>();

    /** @param terminal where to draw the updating line, or null to log plain lines instead */
    ProgressReport(PrintStream terminal) {
        this.terminal = terminal;
    }

    /** For the console of this process: a terminal when there is one, the log otherwise. */
    static ProgressReport forConsole() {
        return new ProgressReport(System.console() != null ? System.err : null);
    }

    @Override
    public Stage begin(String what, long total) {
        Running stage = new Running(what, total, current.get());
        current.set(stage);
        return stage;
    }

    /**
     * What the work is doing now, for the health page: the stage begun last that is still running
     * (a stage inside another, when it ends, gives the word back to the outer one); empty when none runs.
     */
    String now() {
        Running stage = current.get();
        while (stage != null && stage.closed) {
            stage = stage.outer;
        }
        return stage == null ? "" : stage.describe();
    }

    private final class Running implements Stage {
        private final String what;
        private final long total;
        private final long started = System.nanoTime();
        private final AtomicLong done = new AtomicLong();
        private volatile long shown = started;
        /** The stage that was running when this one began, if any. */
        private final Running outer;
        private volatile boolean closed;

        Running(String what, long total, Running outer) {
            this.what = what;
            this.total = total;
            this.outer = outer;
        }

        @Override
        public void advance(long items) {
            long count = done.addAndGet(items);
            long now = System.nanoTime();
            long every = terminal != null ? TERMINAL_EVERY_NANOS : LOG_EVERY_NANOS;
            if (now - shown >= every) {
                shown = now;
                show(count, now, false);
            }
        }

        @Override
        public void close() {
            closed = true;
            current.compareAndSet(this, outer);
            if (System.nanoTime() - started >= TERMINAL_EVERY_NANOS) {
                show(done.get(), System.nanoTime(), true);
            }
        }

        String describe() {
            long count = done.get();
            return total >= 0 ? String.format(Locale.ROOT, "%s: %,d of %,d", what, count, total)
                    : String.format(Locale.ROOT, "%s: %,d", what, count);
        }

        private synchronized void show(long count, long now, boolean finished) {
            double seconds = Math.max(1e-9, (now - started) / 1e9);
            double rate = count / seconds;
            String line = finished
                    ? describe() + String.format(Locale.ROOT, " in %.1f s", seconds)
                    : describe() + String.format(Locale.ROOT, " (%,.0f/s", rate)
                            + (total > count && rate > 0 ? String.format(Locale.ROOT, ", %.0f s left)", (total - count) / rate) : ")");
            if (terminal != null) {
                terminal.print("\r\u001B[2K" + line + (finished ? "\n" : ""));
                terminal.flush();
            } else {
                LOG.info("{}", line);
            }
        }
    }
}
