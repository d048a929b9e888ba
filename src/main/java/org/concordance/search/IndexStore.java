package org.concordance.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.concordance.content.AtomicReplace;
import org.concordance.content.Build;
import org.concordance.content.Interruption;
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
    static final String SCHEMA = "10";
    static final String CURRENT = "CURRENT";
    /** Threads analysing entries; more add little: the one thread feeding the writer becomes the limit. */
    private static final int MAX_THREADS = 4;
    /** Entries from which the index is built on several threads (about 800 documents). */
    static final int PARALLEL_FROM = 20_000;
    private static final String STAMP = "fingerprint";
    private static final String CODE = "code";

    /**
     * The folder holding the live index, and whether it was made just now (built, or updated from the
     * index before).
     */
    record Opened(Path folder, boolean rebuilt) {
    }

    /** The index {@code CURRENT} names, read whole and checked: its folder and what it was made from and by. */
    private record Live(Path folder, String stamp, String code) {
    }

    /** An index {@link #check} found whole for the stamp, in the folder {@code CURRENT} named then. */
    record Checked(Path folder, String stamp) {
    }

    private IndexStore() {
    }

    /**
     * The live index folder under {@code indexDir} for {@code fingerprint}: the one on disk if it was
     * built for the same fingerprint; else, when the one on disk was made by this code and few of the
     * entries differ, that one updated ({@link IndexUpdate}); else a new one built from the entries.
     * The entries are made only when the index is not reused.
     *
     * @throws IOException when the folder cannot be written
     * @throws IllegalArgumentException when two entries share an id
     */
    static Opened open(Path indexDir, String fingerprint, Supplier<Entries> entries, Progress progress)
            throws IOException {
        return open(indexDir, fingerprint, entries, progress, Segments.ENTRIES);
    }

    /**
     * {@link #open(Path, String, Supplier, Progress)} with segments of about {@code segmentEntries}
     * entries ({@link Segments}); tests ask for small ones to have many.
     */
    static Opened open(Path indexDir, String fingerprint, Supplier<Entries> entries, Progress progress,
            int segmentEntries) throws IOException {
        return open(indexDir, fingerprint, Optional.empty(), entries, progress, segmentEntries);
    }

    /**
     * {@link #open(Path, String, Supplier, Progress, int)}, not checking again an index {@code checked}
     * found whole for this fingerprint, when {@code CURRENT} still names it.
     */
    static Opened open(Path indexDir, String fingerprint, Optional<Checked> checked, Supplier<Entries> entries,
            Progress progress, int segmentEntries) throws IOException {
        String stamp = stamp(fingerprint);
        Files.createDirectories(indexDir);
        if (checked.isPresent() && checked.get().stamp().equals(stamp)
                && current(indexDir).equals(Optional.of(checked.get().folder()))) {
            removeOtherGenerations(indexDir, checked.get().folder());
            return new Opened(checked.get().folder(), false);
        }
        Optional<Live> live = live(indexDir, stamp);
        if (live.isPresent() && live.get().stamp().equals(stamp)) {
            // What a build stopped midway left (killed, or a rebuild for another build of the app
            // that was rolled back) is of no use now that this one is live.
            removeOtherGenerations(indexDir, live.get().folder());
            return new Opened(live.get().folder(), false);
        }
        if (live.isPresent() && live.get().code().equals(code())) {
            LOG.info("search index in {} is stale, updating it", indexDir);
            Entries next = entries.get();
            // Made from the library the entries name as earlier: those as they were there are kept unmade.
            boolean asBeforeHeld = next.since().map(since -> live.get().stamp().equals(stamp(since))).orElse(false);
            Optional<Path> updated = make(indexDir, "updated", fresh -> IndexUpdate.write(live.get().folder(), fresh,
                    commitData(stamp), next, asBeforeHeld, progress, segmentEntries));
            if (updated.isPresent()) {
                return new Opened(updated.get(), true);
            }
            LOG.info("search index in {}: too many entries changed to update it, rebuilding", indexDir);
        } else if (live.isPresent()) {
            LOG.info("search index in {} was made by another build, rebuilding", indexDir);
        }
        Entries all = entries.get();
        return new Opened(make(indexDir, "built", fresh -> {
            write(fresh, stamp, all, progress, segmentEntries);
            return true;
        }).orElseThrow(), true);
    }

    /**
     * The index {@code CURRENT} names when this code made it and every file passes its checksum, as
     * {@link #open} would find it, changing nothing, with what it was made for: for a start to check
     * the index before it knows its content's fingerprint, so that {@link #open} need not. Empty for
     * any other index, or none, or one that cannot be read: {@link #open} finds and reports that again.
     */
    static Optional<Checked> check(Path indexDir) {
        try {
            return current(indexDir).flatMap(folder -> read(folder, "", true))
                    .filter(live -> live.code().equals(code())).map(live -> new Checked(live.folder(), live.stamp()));
        } catch (IOException | RuntimeException e) {
            if (Interruption.of(e)) {
                throw Interruption.stopped("checking the search index in " + indexDir, e);
            }
            return Optional.empty();
        }
    }

    /** What an index made for the search fingerprint {@code fingerprint} is stamped with. */
    private static String stamp(String fingerprint) {
        return "schema-" + SCHEMA + ":" + fingerprint;
    }

    /** What an index's analysis and fields depend on: only an index made by the same code can be updated. */
    private static String code() {
        return "schema-" + SCHEMA + ":" + Build.identity();
    }

    /** What a commit records: what the index was made from and by. */
    private static Map<String, String> commitData(String stamp) {
        return Map.of(STAMP, stamp, CODE, code());
    }

    /**
     * The index {@code CURRENT} names, checked whole when it can serve: as it is (made for
     * {@code stamp}) or as the start of an update (made by this code). One that can do neither is not
     * read further: it will be built again.
     */
    private static Optional<Live> live(Path indexDir, String stamp) {
        try {
            return current(indexDir).flatMap(folder -> read(folder, stamp, true));
        } catch (IOException | RuntimeException e) {
            if (Interruption.of(e)) {
                throw Interruption.stopped("reading the search index in " + indexDir, e); // the app stopping: no fault
            }
            // Derived data: whatever is wrong with it, build it again.
            Throwable why = e instanceof java.io.UncheckedIOException unchecked ? unchecked.getCause() : e;
            LOG.info("search index in {} is unreadable ({}), rebuilding", indexDir, why.toString());
            return Optional.empty();
        }
    }

    /** The folder {@code CURRENT} names, when it names one by a plain name. */
    private static Optional<Path> current(Path indexDir) throws IOException {
        Path pointer = indexDir.resolve(CURRENT);
        if (!Files.isRegularFile(pointer)) {
            return Optional.empty();
        }
        String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
        if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            return Optional.empty();
        }
        return Optional.of(indexDir.resolve(name));
    }

    /**
     * The index in {@code live}, its commit read and, when it can serve as it is (made for
     * {@code stamp}) or, with {@code orUpdate}, as the start of an update (made by this code), every
     * file checked.
     *
     * <p>Only the commit point is read ({@code segments_N}, itself checksummed as it is read), not the
     * segments opened: a reader opening them costs about 0.3 s at 10,003 documents, and the index is
     * opened once it is found whole.
     *
     * @throws java.io.UncheckedIOException when it cannot be read
     */
    private static Optional<Live> read(Path live, String stamp, boolean orUpdate) {
        try (FSDirectory directory = FSDirectory.open(live)) {
            SegmentInfos commit = SegmentInfos.readLatestCommit(directory);
            Map<String, String> made = commit.getUserData();
            Live found = new Live(live, made.getOrDefault(STAMP, ""), made.getOrDefault(CODE, ""));
            if (!found.stamp().equals(stamp) && !(orUpdate && found.code().equals(code()))) {
                return Optional.of(found);
            }
            for (String file : commit.files(true)) {
                try (IndexInput input = directory.openInput(file, IOContext.READONCE)) {
                    CodecUtil.checksumEntireFile(input);
                }
            }
            return Optional.of(found);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Writes an index into an empty folder; false when it gave up, leaving the folder to be removed. */
    private interface Maker {
        boolean write(Path fresh) throws IOException;
    }

    /**
     * A new index folder under {@code indexDir} written by {@code maker} and made the live one, or
     * empty when the maker gave up. Whatever the outcome, a folder that did not become live is removed.
     */
    private static Optional<Path> make(Path indexDir, String how, Maker maker) throws IOException {
        long started = System.nanoTime();
        Path fresh = Files.createTempDirectory(indexDir, "gen-");
        boolean made;
        try {
            made = maker.write(fresh);
        } catch (IOException | RuntimeException | Error e) {
            // Half an index is of no use; the next successful build would remove it, but it may be large.
            try {
                deleteTree(fresh);
            } catch (IOException | RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
        if (!made) {
            deleteTree(fresh);
            return Optional.empty();
        }
        Path pointer = indexDir.resolve(CURRENT);
        Path next = indexDir.resolve(CURRENT + ".next");
        Files.writeString(next, fresh.getFileName().toString(), StandardCharsets.UTF_8);
        AtomicReplace.replace(next, pointer);
        removeOtherGenerations(indexDir, fresh);
        LOG.info("search index {} in {} ms", how, (System.nanoTime() - started) / 1_000_000);
        return Optional.of(fresh);
    }

    /**
     * How many threads analyse {@code count} entries. A second thread pays only when there is much to
     * analyse: on a small library a cold thread more costs about 0.3 s of a start (measured on the
     * bundled library, 110 entries: 1.0 s on one thread, 1.35 s on two).
     */
    static int threads(int count) {
        return count < PARALLEL_FROM ? 1 : Math.max(1, Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors()));
    }

    /**
     * How the writer of an index is set up, to build one ({@code CREATE}) or update one ({@code APPEND}):
     * it flushes a segment at least every {@code segmentEntries} entries, and merges nothing until
     * told to ({@link Segments}).
     */
    static IndexWriterConfig config(Analyzer analyzer, IndexWriterConfig.OpenMode mode, int segmentEntries) {
        return new IndexWriterConfig(analyzer)
                .setOpenMode(mode)
                // Sorted by position: every build gives each entry the same document id, hence
                // the same order of equally ranked results on every replica. The writer gets the
                // entries in that order, so its segments need no sorting; the sort keeps the
                // order within each segment a merge makes.
                .setIndexSort(new Sort(new SortField(Fields.POSITION, SortField.Type.LONG)))
                .setRAMBufferSizeMB(ramBufferMegabytes(Runtime.getRuntime().maxMemory()))
                .setMaxBufferedDocs(Math.max(2, segmentEntries))
                // Nothing is merged while entries are added: the merges at the end write each
                // entry once more, where merges along the way wrote some several times and took
                // the cores from the analysis (10,003 documents: about 1.5 s of 41 s).
                .setMergePolicy(NoMergePolicy.INSTANCE)
                // Only a whole index is committed; one given up is removed.
                .setCommitOnClose(false);
    }

    /** Writes the index of {@code entries} into the empty folder {@code fresh}, committed with {@code stamp}. */
    private static void write(Path fresh, String stamp, Entries entries, Progress progress, int segmentEntries)
            throws IOException {
        try (Analyzer analyzer = EntryDocuments.analyzer();
                FSDirectory directory = FSDirectory.open(fresh);
                IndexWriter writer = new IndexWriter(directory, config(analyzer, IndexWriterConfig.OpenMode.CREATE, segmentEntries));
                Progress.Stage indexing = progress.begin("building the search index", entries.count());
                Stream<Searchable> all = entries.stream()) {
            IndexFeed.add(writer, IndexFeed.positioned(all.iterator()), threads(entries.count()), indexing);
            Segments.mergeRuns(writer, segmentEntries);
            writer.setLiveCommitData(commitData(stamp).entrySet());
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
