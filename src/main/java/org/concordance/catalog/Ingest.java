package org.concordance.catalog;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.concordance.content.ContentException;
import org.concordance.content.ContentLoader;
import org.concordance.content.Library;

/**
 * Brings the catalog in line with the content folder in two steps, so that nothing is written
 * until the new library is known to be good: {@link #run} reads the content (or, when its
 * fingerprint is the one already ingested, the catalog), and {@link #commit} writes a library the
 * caller has finished building everything else from. Content with errors is refused with the last
 * good library, if any.
 */
public final class Ingest {
    private final ContentLoader content;
    private final Supplier<Catalog> catalog;
    private final boolean catalogNew;

    /**
     * @param catalog the catalog, asked for only when it is needed: with {@code catalogNew} (a new
     *     data folder, whose catalog is made when first asked for) only by {@link #commit}
     * @param catalogNew the catalog has never been written, so there is nothing in it to compare the
     *     content with or fall back on, and the content is read at once
     */
    public Ingest(ContentLoader content, Supplier<Catalog> catalog, boolean catalogNew) {
        this.content = Objects.requireNonNull(content, "content");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.catalogNew = catalogNew;
    }

    /**
     * Reads the content, or the catalog when the content has not changed since the last ingest.
     *
     * @param taken the content's fingerprint when the caller has just taken it, so the content is not
     *     hashed twice (10,000 documents are read whole for it); empty to take it here
     */
    public IngestOutcome run(Optional<ContentLoader.Fingerprint> taken) {
        long start = System.nanoTime();
        Optional<String> ingested = catalogNew ? Optional.empty() : catalog.get().fingerprint();
        try {
            ContentLoader.Fingerprint fingerprint = taken.isPresent() ? taken.get() : content.take();
            if (ingested.isPresent() && ingested.get().equals(fingerprint.value())) {
                Optional<Library> library = catalog.get().read();
                if (library.isPresent()) {
                    return new IngestOutcome.Unchanged(library.get());
                }
            }
            Library library = content.load(fingerprint);
            return new IngestOutcome.Loaded(library, java.time.Duration.ofNanos(System.nanoTime() - start));
        } catch (ContentException problems) {
            return new IngestOutcome.Rejected(problems, previous());
        }
    }

    /**
     * Writes a library read by {@link #run} to the catalog, in one transaction: only what changed
     * since {@code before} when the catalog holds it ({@link Catalog#update}), else whole.
     *
     * @param before the library served until now, usually the one the catalog holds
     * @return the number of documents whose rows were written or deleted
     */
    public int commit(IngestOutcome.Loaded loaded, Optional<Library> before) {
        if (before.isPresent() && !catalogNew) {
            return catalog.get().update(before.get(), loaded.library());
        }
        catalog.get().replace(loaded.library());
        return loaded.library().documents().size();
    }

    /** The last good library in the catalog, for when a new one could not be built. */
    public Optional<Library> previous() {
        return catalogNew ? Optional.empty() : catalog.get().read();
    }
}
