package org.concordance.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.concordance.content.Progress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index on disk: entries in, a folder of Lucene files out, stamped with what it was built from.
 *
 * <p>{@link #open} reuses the folder {@code CURRENT} points to only when its stamp matches and its
 * files pass their checksums; anything else (missing, stale, unreadable or corrupt) is built again.
 * A build writes a fresh {@code gen-*} folder and only then switches {@code CURRENT} to it, so a crash
 * mid-build leaves the previous index in use. One process at a time may own an index folder.
 */
final class IndexStore {
    private static final Logger LOG = LoggerFactory.getLogger(IndexStore.class);

    /** Bump when the fields or their analysis change, so older indexes are rebuilt. */
    static final String SCHEMA = "8";
    static final String CURRENT = "CURRENT";
    /** Threads analysing entries; more add little: the one thread feeding the writer becomes the limit. */
    private static final int MAX_THREADS = 4;
    /** Documents made ahead of the one the writer adds. */
    private static final int AHEAD = 512;
    /** Entries from which the index is built on several threads (about 800 documents). */
    static final int PARALLEL_FROM = 20_000;
    private static final String STAMP = "fingerprint";

    /** The folder holding the live index, and whether it was built just now. */
    record Opened(Path folder, boolean rebuilt) {
    }

    private IndexStore() {
    }

    /**
     * The live index folder under {@code indexDir} for {@code fingerprint}: the one on disk if it was
     * built for the same fingerprint, else a new one built from the entries, which are made only then.
     *
     * @throws IOException when the folder cannot be written
     * @throws IllegalArgumentException when two entries share an id
     */
    static Opened open(Path indexDir, String fingerprint, Supplier<Entries> entries, Progress progress)
            throws IOException {
        String stamp = "schema-" + SCHEMA + ":" + fingerprint;
        Files.createDirectories(indexDir);
        Optional<Path> reusable = reusable(indexDir, stamp);
        if (reusable.isPresent()) {
            // What a build stopped midway left (killed, or a rebuild for another build of the app
            // that was rolled back) is of no use now that this one is live.
            removeOtherGenerations(indexDir, reusable.get());
            return new Opened(reusable.get(), false);
        }
        return new Opened(build(indexDir, stamp, entries.get(), progress), true);
    }

    private static Optional<Path> reusable(Path indexDir, String stamp) {
        Path pointer = indexDir.resolve(CURRENT);
        if (!Files.isRegularFile(pointer)) {
            return Optional.empty();
        }
        try {
            String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
            if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
                return Optional.empty();
            }
            Path live = indexDir.resolve(name);
            try (FSDirectory directory = FSDirectory.open(live); DirectoryReader reader = DirectoryReader.open(directory)) {
                if (!stamp.equals(reader.getIndexCommit().getUserData().get(STAMP))) {
                    LOG.info("search index in {} is stale, rebuilding", indexDir);
                    return Optional.empty();
                }
                for (String file : reader.getIndexCommit().getFileNames()) {
                    try (IndexInput input = directory.openInput(file, IOContext.READONCE)) {
                        CodecUtil.checksumEntireFile(input);
                    }
                }
                return Optional.of(live);
            }
        } catch (IOException | RuntimeException e) {
            // Derived data: whatever is wrong with it, build it again.
            LOG.info("search index in {} is unreadable ({}), rebuilding", indexDir, e.toString());
            return Optional.empty();
        }
    }

    private static Path build(Path indexDir, String stamp, Entries entries, Progress progress) throws IOException {
        long started = System.nanoTime();
        Path fresh = Files.createTempDirectory(indexDir, "gen-");
        try {
            write(fresh, stamp, entries, progress);
        } catch (IOException | RuntimeException | Error e) {
            // Half an index is of no use; the next successful build would remove it, but it may be large.
            try {
                deleteTree(fresh);
            } catch (IOException | RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
        Path pointer = indexDir.resolve(CURRENT);
        Path next = indexDir.resolve(CURRENT + ".next");
        Files.writeString(next, fresh.getFileName().toString(), StandardCharsets.UTF_8);
        try {
            Files.move(next, pointer, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(next, pointer, StandardCopyOption.REPLACE_EXISTING);
        }
        removeOtherGenerations(indexDir, fresh);
        LOG.info("search index built: {} entries in {} ms", entries.count(), (System.nanoTime() - started) / 1_000_000);
        return fresh;
    }

    /** Writes the index of {@code entries} into the empty folder {@code fresh}, committed with {@code stamp}. */
    private static void write(Path fresh, String stamp, Entries entries, Progress progress) throws IOException {
        // A second thread pays only when there is much to analyse: on a small library a cold thread more costs
        // about 0.3 s of a start (measured on the bundled library, 110 entries: 1.0 s on one thread, 1.35 s on two).
        int threads = entries.count() < PARALLEL_FROM ? 1 : Math.max(1, Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors()));
        try (Analyzer analyzer = EntryDocuments.analyzer(); Analyzer prose = Analysis.index(); Analyzer names = Analysis.names();
                FSDirectory directory = FSDirectory.open(fresh);
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                        .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                        // Sorted by position: every build gives each entry the same document id, hence
                        // the same order of equally ranked results on every replica. The writer gets the
                        // entries in that order, so its segments need no sorting; the sort keeps the
                        // order through the final merge, which takes the segments in any order.
                        .setIndexSort(new Sort(new SortField(Fields.POSITION, SortField.Type.INT)))
                        .setRAMBufferSizeMB(ramBufferMegabytes(Runtime.getRuntime().maxMemory()))
                        // Nothing is merged while entries are added: the one merge at the end writes each
                        // entry once more, where merges along the way wrote some several times and took
                        // the cores from the analysis (10,003 documents: about 1.5 s of 41 s).
                        .setMergePolicy(NoMergePolicy.INSTANCE));
                Progress.Stage indexing = progress.begin("building the search index", entries.count())) {
            addAll(writer, entries, prose, names, indexing, threads);
            // Read-only from here on: one segment searches fastest, and its documents are in the
            // order of their positions, which ties between equally ranked results follow.
            writer.getConfig().setMergePolicy(new TieredMergePolicy());
            writer.forceMerge(1);
            writer.setLiveCommitData(Map.of(STAMP, stamp).entrySet());
            writer.commit();
        }
    }

    /**
     * The memory the writer may fill before it writes a segment: a thirty-second of the heap, between
     * 16 and 64 MB. The library is in the heap beside it; with a fixed 64 MB, a 10,000-document library
     * under a 512 MB heap left the collector so little room that it ran full collections back to back
     * (a third of the indexing rate). Smaller buffers only make more, smaller segments to merge.
     *
     * @param maxHeapBytes the heap's limit ({@link Runtime#maxMemory()})
     */
    static double ramBufferMegabytes(long maxHeapBytes) {
        return Math.max(16, Math.min(64, (maxHeapBytes >> 20) / 32.0));
    }

    /**
     * Adds every entry to {@code writer} in the order of {@code entries}, each entry's document made
     * on {@code threads} threads while this one adds them. The analysis, most of the work, runs in
     * parallel; the writer, fed on one thread in position order, writes segments already in the
     * index's order, so neither its flushes nor the final merge have documents to sort, and the
     * merge copies stored fields as they are. An entry is made when this thread reaches it, and is
     * garbage once added. The first failure stops the rest and is thrown.
     *
     * @throws IllegalArgumentException when two entries share an id
     */
    private static void addAll(IndexWriter writer, Entries entries, Analyzer prose, Analyzer names, Progress.Stage indexing,
            int threads) throws IOException {
        Iterator<Searchable> source = entries.stream().iterator();
        Set<String> ids = new HashSet<>();
        if (threads == 1) {
            for (int position = 0; source.hasNext(); position++) {
                writer.addDocument(document(source.next(), position, ids, prose, names));
                indexing.advance();
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "concordance-index");
            thread.setDaemon(true);
            return thread;
        });
        // The documents being made, oldest first: enough to keep every thread busy, few enough to keep little in memory.
        ArrayDeque<Future<Document>> ahead = new ArrayDeque<>();
        try {
            int position = 0;
            while (source.hasNext() || !ahead.isEmpty()) {
                while (ahead.size() < AHEAD && source.hasNext()) {
                    Searchable entry = source.next();
                    if (!ids.add(entry.id())) {
                        throw new IllegalArgumentException("two search entries share the id " + entry.id());
                    }
                    int at = position++;
                    ahead.add(pool.submit(() -> document(entry, at, null, prose, names)));
                }
                writer.addDocument(ahead.poll().get());
                indexing.advance();
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error; // out of memory, say: not a fault of the entries
            }
            throw new IOException("indexing failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("indexing was interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The document of {@code entry} at {@code position}, its id checked against {@code ids} when given.
     *
     * @throws IllegalArgumentException when another entry had the same id
     */
    private static Document document(Searchable entry, int position, Set<String> ids, Analyzer prose, Analyzer names) {
        if (ids != null && !ids.add(entry.id())) {
            throw new IllegalArgumentException("two search entries share the id " + entry.id());
        }
        Document document = EntryDocuments.of(entry, prose, names);
        document.add(new NumericDocValuesField(Fields.POSITION, position));
        return document;
    }

    private static void removeOtherGenerations(Path indexDir, Path keep) {
        try (DirectoryStream<Path> children = Files.newDirectoryStream(indexDir, "gen-*")) {
            for (Path child : children) {
                if (!child.equals(keep)) {
                    deleteTree(child);
                }
            }
        } catch (IOException e) {
            LOG.debug("could not remove old search index folders in {}", indexDir, e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
