package org.concordance.search;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.concordance.content.Progress;

/**
 * Brings an index up to new content without building it again: the entries whose key (their place
 * and all their parts, {@link EntryDocuments#key}) the index already holds are kept as they are, the
 * others deleted, and the new and changed ones added. Only the segments holding a change are merged
 * again ({@link Segments#mergeInto}), so the result holds the same documents in the same order, with
 * the same statistics, as an index built afresh from the same entries, and ranks alike (a test
 * compares them term for term).
 *
 * <p>The index before is never written: its files are linked into the new folder (Lucene never
 * rewrites a file), so a failure leaves it live. An entry's place is counted within its document
 * ({@link IndexFeed.Positioned}), so a passage added to a document moves only that document's
 * entries; a document added or removed moves every document after it, and past a tenth of the
 * entries changed, building afresh is as quick, and {@link #write} gives up.
 */
final class IndexUpdate {
    /** The share of the entries past which an update gives up for a build. */
    static final double MOST_CHANGED = 0.1;

    /** An entry's key, as two numbers, for a map of many. */
    private record Key(long high, long low) {
        static Key of(BytesRef bytes) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes.bytes, bytes.offset, bytes.length);
            return new Key(buffer.getLong(), buffer.getLong());
        }
    }

    private IndexUpdate() {
    }

    /**
     * Writes into the empty folder {@code fresh} the index of {@code entries}, made from the index
     * in {@code live}, committed with {@code data}.
     *
     * @return false, having written nothing that counts, when more than {@link #MOST_CHANGED} of the
     *     entries changed
     * @throws IllegalArgumentException when two entries share an id
     * @throws IOException when a folder cannot be read or written
     */
    static boolean write(Path live, Path fresh, Map<String, String> data, Entries entries, Progress progress,
            int segmentEntries) throws IOException {
        link(live, fresh);
        try (Analyzer analyzer = EntryDocuments.analyzer();
                FSDirectory directory = FSDirectory.open(fresh);
                IndexWriter writer = new IndexWriter(directory, IndexStore.config(analyzer, IndexWriterConfig.OpenMode.APPEND, segmentEntries));
                DirectoryReader reader = DirectoryReader.open(writer)) {
            Map<Key, Integer> held = held(reader);
            List<IndexFeed.Positioned> changed = new ArrayList<>();
            int most = (int) (entries.count() * MOST_CHANGED);
            try (Progress.Stage comparing = progress.begin("comparing the search index with the library", entries.count())) {
                for (Iterator<IndexFeed.Positioned> all = IndexFeed.positioned(entries.stream().iterator()); all.hasNext(); ) {
                    IndexFeed.Positioned next = all.next();
                    if (held.remove(Key.of(EntryDocuments.key(next.entry(), next.position()))) == null) {
                        if (changed.size() == most) {
                            return false;
                        }
                        changed.add(next);
                    }
                    comparing.advance();
                }
            }
            if (held.size() > most) {
                return false;
            }
            List<Segments.Span> spans = Segments.spans(reader);
            Set<String> before = spans.stream().map(Segments.Span::name).collect(Collectors.toSet());
            for (int gone : held.values()) {
                if (writer.tryDeleteDocument(reader, gone) == -1) {
                    throw new IOException("the search index could not delete an entry it holds");
                }
            }
            try (Progress.Stage indexing = progress.begin("updating the search index", changed.size())) {
                // One segment for the new entries of each segment before: each merges with its own.
                int from = 0;
                while (from < changed.size()) {
                    int home = Segments.home(spans, changed.get(from).position());
                    int to = from + 1;
                    while (to < changed.size() && Segments.home(spans, changed.get(to).position()) == home) {
                        to++;
                    }
                    IndexFeed.add(writer, changed.subList(from, to).iterator(), IndexStore.threads(to - from), indexing);
                    writer.flush();
                    from = to;
                }
            }
            DirectoryReader after = DirectoryReader.openIfChanged(reader, writer);
            if (after != null) {
                try (after) {
                    List<Segments.Span> kept = new ArrayList<>();
                    List<Segments.Span> added = new ArrayList<>();
                    for (Segments.Span span : Segments.spans(after)) {
                        (before.contains(span.name()) ? kept : added).add(span);
                    }
                    Segments.mergeInto(writer, kept, added);
                }
            }
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
            return true;
        }
    }

    /** The document each key of the index is held by, as the writer's reader numbers them. */
    private static Map<Key, Integer> held(DirectoryReader reader) throws IOException {
        Map<Key, Integer> held = new HashMap<>(reader.maxDoc() * 4 / 3 + 1);
        for (LeafReaderContext leaf : reader.leaves()) {
            BinaryDocValues keys = leaf.reader().getBinaryDocValues(Fields.KEY);
            if (keys == null) {
                continue;
            }
            for (int doc = keys.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = keys.nextDoc()) {
                held.put(Key.of(keys.binaryValue()), leaf.docBase + doc);
            }
        }
        return held;
    }

    /** Links the files of the last commit in {@code live} into {@code fresh}, copying where links cannot be made. */
    private static void link(Path live, Path fresh) throws IOException {
        try (FSDirectory directory = FSDirectory.open(live)) {
            for (String file : SegmentInfos.readLatestCommit(directory).files(true)) {
                try {
                    Files.createLink(fresh.resolve(file), live.resolve(file));
                } catch (UnsupportedOperationException | IOException e) {
                    Files.copy(live.resolve(file), fresh.resolve(file));
                }
            }
        }
    }
}
