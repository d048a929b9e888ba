package org.concordance.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
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
    /** More threads than this add little: the writer's own flushing becomes the limit. */
    private static final int MAX_THREADS = 4;
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
        try (Analyzer analyzer = EntryDocuments.analyzer(); Analyzer names = Analysis.names();
                FSDirectory directory = FSDirectory.open(fresh);
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                        .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                        // Entries are analysed on several threads, so they reach the writer in any
                        // order; sorting by their position gives every build the same document ids,
                        // hence the same order of equally ranked results on every replica.
                        .setIndexSort(new Sort(new SortField(Fields.POSITION, SortField.Type.INT)))
                        .setRAMBufferSizeMB(ramBufferMegabytes(Runtime.getRuntime().maxMemory()))
                        // Nothing is merged while entries are added: the one merge at the end writes each
                        // entry once more, where merges along the way wrote some several times and took
                        // the cores from the analysis (10,003 documents: about 1.5 s of 41 s).
                        .setMergePolicy(NoMergePolicy.INSTANCE));
                Progress.Stage indexing = progress.begin("building the search index", entries.count())) {
            addAll(writer, entries, names, indexing, threads);
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
     * Adds every entry to {@code writer} from {@code threads} threads, each taking the next entry in
     * turn (IndexWriter is made for concurrent adds; analysis is most of the work, and it runs in
     * parallel). An entry is made when a thread takes it, and is garbage once added. The first
     * failure stops the others and is thrown.
     *
     * @throws IllegalArgumentException when two entries share an id
     */
    private static void addAll(IndexWriter writer, Entries entries, Analyzer names, Progress.Stage indexing,
            int threads) throws IOException {
        Iterator<Searchable> source = entries.stream().iterator();
        Set<String> ids = new HashSet<>();
        AtomicBoolean stop = new AtomicBoolean();
        record Taken(Searchable entry, int position) {
        }
        // One entry at a time, under a lock: the position it is given is its place in the stream.
        Supplier<Taken> take = new Supplier<>() {
            private int position;

            @Override
            public synchronized Taken get() {
                if (stop.get() || !source.hasNext()) {
                    return null;
                }
                Searchable entry = source.next();
                if (!ids.add(entry.id())) {
                    throw new IllegalArgumentException("two search entries share the id " + entry.id());
                }
                return new Taken(entry, position++);
            }
        };
        Callable<Void> work = () -> {
            for (Taken taken = take.get(); taken != null; taken = take.get()) {
                Document document = EntryDocuments.of(taken.entry(), names);
                document.add(new NumericDocValuesField(Fields.POSITION, taken.position()));
                writer.addDocument(document);
                indexing.advance();
            }
            return null;
        };
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "concordance-index");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Void>> running = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                running.add(pool.submit(work));
            }
            for (Future<Void> one : running) {
                one.get();
            }
        } catch (ExecutionException e) {
            stop.set(true);
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IOException("indexing failed", e.getCause());
        } catch (InterruptedException e) {
            stop.set(true);
            Thread.currentThread().interrupt();
            throw new IOException("indexing was interrupted", e);
        } finally {
            pool.shutdownNow();
        }
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
