package org.concordance.catalog;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.concordance.content.ContentException;
import org.concordance.content.ContentLoader;
import org.concordance.content.Library;

/**
 * Brings the catalog in line with the content folder: skips the work when the content's fingerprint
 * is the one already ingested, and keeps the last good library when the new content has errors.
 */
public final class Ingest {
    private final ContentLoader content;
    private final Catalog catalog;

    public Ingest(ContentLoader content, Catalog catalog) {
        this.content = Objects.requireNonNull(content, "content");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    public IngestOutcome run() {
        long start = System.nanoTime();
        Optional<String> ingested = catalog.fingerprint();
        try {
            String fingerprint = content.fingerprint();
            if (ingested.isPresent() && ingested.get().equals(fingerprint)) {
                Optional<Library> library = catalog.read();
                if (library.isPresent()) {
                    return new IngestOutcome.Unchanged(library.get());
                }
            }
            Library library = content.load();
            catalog.replace(library);
            // Serve what the catalog holds, not the parsed copy: the same path as an unchanged start.
            Library stored = catalog.read().orElseThrow(() -> new IllegalStateException("the catalog lost the library it was just given"));
            return new IngestOutcome.Ingested(stored, Duration.ofNanos(System.nanoTime() - start));
        } catch (ContentException problems) {
            return new IngestOutcome.Rejected(problems, catalog.read());
        }
    }
}
