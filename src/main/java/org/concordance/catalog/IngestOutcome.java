package org.concordance.catalog;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.concordance.content.ContentException;
import org.concordance.content.Library;

/** What happened to the content at start-up, and which library is served as a result. */
public sealed interface IngestOutcome {

    /** The library to serve: the new one, the unchanged one, or the last good one; empty if none exists. */
    Optional<Library> served();

    /** The content had not changed since the last ingest; the catalog was left as it was. */
    record Unchanged(Library library) implements IngestOutcome {
        public Unchanged {
            Objects.requireNonNull(library, "library");
        }

        @Override
        public Optional<Library> served() {
            return Optional.of(library);
        }
    }

    /** The content changed and was read; it is written to the catalog by {@link Ingest#commit}. */
    record Loaded(Library library, Duration took) implements IngestOutcome {
        public Loaded {
            Objects.requireNonNull(library, "library");
            Objects.requireNonNull(took, "took");
        }

        @Override
        public Optional<Library> served() {
            return Optional.of(library);
        }
    }

    /** The content has errors; the catalog still holds the previous library, if there was one. */
    record Rejected(ContentException problems, Optional<Library> previous) implements IngestOutcome {
        public Rejected {
            Objects.requireNonNull(problems, "problems");
            Objects.requireNonNull(previous, "previous");
        }

        @Override
        public Optional<Library> served() {
            return previous;
        }
    }
}
