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
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.concordance.content.Progress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings an index up to new content without building it again: the entries whose key (their place
 * and all their parts, {@link EntryDocuments#key}) the index already holds are kept as they are, the
 * others deleted, and the new and changed ones added. Only the segments holding a change are merged
 * again ({@link Segments#mergeInto}), so the result holds the same documents in the same order, with
 * the same statistics, as an index built afresh from the same entries, and ranks alike (a test
 * compares them term for term). When the index was made from the library the entries name as
 * earlier ({@link Entries#since}), the entries of a document as it was there are kept without
 * being made or compared: a watched edit of one document makes only that document's entries.
 *
 * <p>The index before is never written: its files are linked into the new folder (Lucene never
 * rewrites a file), so a failure leaves it live. An entry's place is counted within its document
 * ({@link IndexFeed.Positioned}), so a passage added to a document moves only that document's
 * entries; a document added or removed moves every document after it, and past a tenth of the
 * entries changed, building afresh is as quick, and {@link #write} gives up.
 */
final class IndexUpdate {
    private static final Logger LOG = LoggerFactory.getLogger(IndexUpdate.class);
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
     * @param asBeforeHeld whether the index in {@code live} was made from the library {@link
     *     Entries#since} names: the entries of the groups as before are then kept without being made
     *     or compared
     * @return false, having written nothing that counts, when more than {@link #MOST_CHANGED} of the
     *     entries changed, or a group as before is not in the index as it should be
     * @throws IllegalArgumentException when two entries share an id
     * @throws IOException when a folder cannot be read or written
     */
    static boolean write(Path live, Path fresh, Map<String, String> data, Entries entries, boolean asBeforeHeld,
            Progress progress, int segmentEntries) throws IOException {
        link(live, fresh);
        try (Analyzer analyzer = EntryDocuments.analyzer();
                FSDirectory directory = FSDirectory.open(fresh);
                IndexWriter writer = new IndexWriter(directory, IndexStore.config(analyzer, IndexWriterConfig.OpenMode.APPEND, segmentEntries));
                DirectoryReader reader = DirectoryReader.open(writer)) {
            Held held = Held.of(reader, asBeforeHeld);
            List<IndexFeed.Positioned> changed = new ArrayList<>();
            int most = (int) (entries.count() * MOST_CHANGED);
            try (Progress.Stage comparing = progress.begin("comparing the search index with the library", entries.count());
                    Stream<Entries.Group> groups = entries.groups(asBeforeHeld)) {
                IndexFeed.Numbering numbering = new IndexFeed.Numbering();
                for (Iterator<Entries.Group> all = groups.iterator(); all.hasNext(); ) {
                    Entries.Group group = all.next();
                    if (group.unmade()) {
                        if (!held.keep(numbering.passOver(), group.count())) {
                            LOG.info("the search index does not hold a document's entries as the library it was made from did");
                            return false;
                        }
                        comparing.advance(group.count());
                        continue;
                    }
                    for (Searchable entry : group.entries()) {
                        IndexFeed.Positioned next = numbering.next(entry);
                        if (held.byKey.remove(Key.of(EntryDocuments.key(next.entry(), next.position()))) == null) {
                            if (changed.size() == most) {
                                return false;
                            }
                            changed.add(next);
                        }
                        comparing.advance();
                    }
                }
            }
            if (held.byKey.size() > most) {
                return false;
            }
            List<Segments.Span> spans = Segments.spans(reader);
            Set<String> before = spans.stream().map(Segments.Span::name).collect(Collectors.toSet());
            for (int gone : held.byKey.values()) {
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

    /**
     * The entries an index holds: the document each key is held by, as the writer's reader numbers
     * them, and, to keep whole groups without making their entries, the keys of each group.
     */
    private static final class Held {
        private final Map<Key, Integer> byKey;
        private final Map<Long, List<Key>> byGroup;

        private Held(Map<Key, Integer> byKey, Map<Long, List<Key>> byGroup) {
            this.byKey = byKey;
            this.byGroup = byGroup;
        }

        static Held of(DirectoryReader reader, boolean byGroup) throws IOException {
            Map<Key, Integer> keys = new HashMap<>(reader.maxDoc() * 4 / 3 + 1);
            Map<Long, List<Key>> groups = new HashMap<>();
            for (LeafReaderContext leaf : reader.leaves()) {
                BinaryDocValues values = leaf.reader().getBinaryDocValues(Fields.KEY);
                if (values == null) {
                    continue;
                }
                NumericDocValues positions = byGroup ? leaf.reader().getNumericDocValues(Fields.POSITION) : null;
                for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                    Key key = Key.of(values.binaryValue());
                    keys.put(key, leaf.docBase + doc);
                    if (positions != null && positions.advanceExact(doc)) {
                        groups.computeIfAbsent(positions.longValue() >>> IndexFeed.GROUP_BITS, g -> new ArrayList<>()).add(key);
                    }
                }
            }
            return new Held(keys, groups);
        }

        /**
         * Keeps the entries of group {@code group}: false, keeping none, unless the index holds
         * exactly {@code count} of them.
         */
        boolean keep(long group, int count) {
            List<Key> keys = byGroup.remove(group);
            if (keys == null ? count != 0 : keys.size() != count) {
                return false;
            }
            if (keys != null) {
                for (Key key : keys) {
                    if (byKey.remove(key) == null) {
                        return false;
                    }
                }
            }
            return true;
        }
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
