package org.concordance.content;

/**
 * Where long work (reading many documents, building an index, importing files) reports how far it
 * has got: a stage names what is being done and how many items it has; {@link Stage#advance}
 * counts them off. Implementations decide how often to show it (a terminal line, a log line, the
 * health page). Thread-safe implementations only; {@link #NONE} shows nothing.
 */
public interface Progress {
    /** Shows nothing. */
    Progress NONE = (what, total) -> Stage.SILENT;

    /**
     * Begins a stage of {@code total} items ({@code total < 0} when unknown).
     *
     * @param what a few words, such as "reading documents" or "building the search index"
     */
    Stage begin(String what, long total);

    /** One stage of the work, counted off item by item. */
    interface Stage extends AutoCloseable {
        Stage SILENT = new Stage() {
            @Override
            public void advance(long items) {
            }

            @Override
            public void close() {
            }
        };

        /** Counts {@code items} more as done. */
        void advance(long items);

        default void advance() {
            advance(1);
        }

        /** The stage is over (done or abandoned). */
        @Override
        void close();
    }
}
