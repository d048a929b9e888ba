package org.concordance;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import org.concordance.catalog.DataFolder;
import org.concordance.citations.Bibliography;
import org.concordance.content.Build;
import org.concordance.content.ContentLoader;
import org.concordance.content.Document;
import org.concordance.content.Interruption;
import org.concordance.content.Library;
import org.concordance.glossary.Glossary;
import org.concordance.network.Network;
import org.concordance.snapshot.Snapshot;
import org.concordance.snapshot.SnapshotException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a run keeps for the next one ({@link Snapshot}): the library, the parts that take long
 * to derive, and the content's fingerprint as taken before the library was read. On the same
 * content and build the next start serves it as it is; on changed content (same build) it is
 * served as the last good library while the content is read, parsing only the files that
 * changed ({@link ContentLoader.Earlier}, {@link Librarian#servesEarlierContent}). Of the network only its
 * figures and layout are kept, the part that takes long (most of 0.15–0.35 s at 10,003 documents):
 * its graph holds lambdas, which a snapshot does not copy, and is made again, as are the
 * citation styles, which hold a citation processor.
 *
 * <p>Also how a start reads it: ahead, from the moment the app starts ({@link #readAhead}), and
 * which notes cite what, kept apart in the snapshot, once the library is served
 * ({@link #readKeptApart}; the documents' texts are read as pages ask for them); the
 * {@link Librarian} decides whether what was read is served.
 */
record KeptLibrary(Library library, Bibliography bibliography, Glossary glossary, Network.Measures network,
        ContentLoader.Fingerprint readFrom) {
    private static final Logger LOG = LoggerFactory.getLogger(KeptLibrary.class);

    static KeptLibrary of(Librarian.Derived derived, ContentLoader.Fingerprint readFrom) {
        return new KeptLibrary(derived.library(), derived.bibliography(), derived.glossary(), derived.network().measures(), readFrom);
    }

    /** The snapshot's key: the content's fingerprint and the build, as the search index's. */
    static String key(String contentFingerprint) {
        return contentFingerprint + ":" + Build.identity();
    }

    /** Whether a snapshot's {@code key} names this build: its classes are this build's, whatever content it holds. */
    static boolean thisBuild(String key) {
        return key.endsWith(":" + Build.identity());
    }

    ContentLoader.Earlier earlier() {
        return new ContentLoader.Earlier(library, readFrom);
    }

    /**
     * Begins reading the library the last run kept in {@code data}, on a thread of its own, as soon
     * as the app has its data folder. The read is most of a restart (about 1.8 s of 3 s at 10,000
     * documents); begun at once, it runs while the app is configured, the content is fingerprinted
     * and the server starts, which it needs none of: whether what it read is served is decided once the fingerprint is taken
     * ({@code Librarian.fromKept}).
     *
     * @return empty when there is no snapshot file to read
     */
    static Optional<Future<Optional<KeptLibrary>>> readAhead(DataFolder data) {
        Path file = data.snapshot();
        if (!java.nio.file.Files.isRegularFile(file)) {
            return Optional.empty(); // nothing to read, or not a file: the first refresh says so
        }
        FutureTask<Optional<KeptLibrary>> reading = new FutureTask<>(() -> {
            long start = System.nanoTime();
            Optional<KeptLibrary> kept = read(file);
            LOG.info("read the library kept by the last run in {} ms, as the app started", (System.nanoTime() - start) / 1_000_000);
            return kept;
        });
        Thread thread = new Thread(reading, "concordance-kept-read");
        thread.setDaemon(true);
        thread.start();
        return Optional.of(reading);
    }

    static Optional<KeptLibrary> read(Path file) {
        return Snapshot.read(file, KeptLibrary::thisBuild, KeptLibrary.class).map(Snapshot.Keyed::value);
    }

    /** What {@code reading} read, or threw (a {@link SnapshotException} among others) as the read itself would. */
    static Optional<KeptLibrary> awaited(Future<Optional<KeptLibrary>> reading) {
        return Interruption.awaited(reading, "reading the library kept by the last run");
    }

    /**
     * Reads which notes cite what ({@link Bibliography#readNotes}), kept apart in the snapshot, on a
     * thread of its own, once the library is served: every document page needs it, and a page that
     * asks first reads it then if this thread has not yet. The documents' texts are not read ahead:
     * each is read when a page asks for it, and held softly ({@link Document#body()}), so the heap
     * holds the texts readers ask for rather than all of them.
     */
    static void readKeptApart(Bibliography bibliography) {
        Thread reading = new Thread(() -> {
            long start = System.nanoTime();
            try {
                bibliography.readNotes();
            } catch (RuntimeException e) {
                // Asked for again by the page that needs it, which reports it.
                LOG.warn("the notes' citations kept by the last run could not be read ahead ({})", e.getMessage());
                return;
            }
            LOG.info("read the notes' citations kept by the last run in {} ms", (System.nanoTime() - start) / 1_000_000);
        }, "concordance-read-ahead");
        reading.setDaemon(true);
        reading.start();
    }
}
