package org.concordance.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.MergeTrigger;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SegmentReader;

/**
 * The segments of an index, each a run of consecutive positions, in the order of their positions.
 *
 * <p>Kept so, an index's document ids are its entries' ranks by position, whatever its segments: an
 * index updated in place numbers its entries as one built afresh does, and equally ranked hits come
 * in the same order on every replica. No deleted entry is left once an index is committed, so every
 * word's statistics (ranking, spelling, counts of passages) are those of a fresh build too.
 *
 * <p>So that an update rewrites only the segments its entries fall in, a library of many entries is
 * kept in several segments ({@link #ENTRIES} each) rather than one: at 10,003 documents (237,694
 * entries) merging the whole index into one segment took 4 to 7 s of every update.
 *
 * <p>Lucene puts a merged segment where the first of the segments it merged was. A build's segments
 * are flushed in position order and merged in consecutive runs ({@link #mergeRuns}); an update flushes
 * its new entries after the segments before it and merges each new segment with the segments its
 * positions fall in ({@link #mergeInto}), so the merged one takes their place in the order.
 */
final class Segments {
    /**
     * The entries a segment of a built index holds, about: at 10,003 documents (237,694 entries), 7
     * segments of about 18 MB.
     * Fewer, larger segments search a little faster; smaller ones make an update rewrite less.
     */
    static final int ENTRIES = 32_768;

    /**
     * A segment: its name, the positions ({@link Fields#POSITION}) of its first and last entry (deleted
     * ones included), and whether it has deleted entries.
     */
    record Span(String name, long first, long last, boolean deletions) {
    }

    private Segments() {
    }

    /**
     * The segments {@code reader} reads, in its order, with their positions.
     *
     * @throws IOException when a segment cannot be read, or a leaf is not a segment
     */
    static List<Span> spans(DirectoryReader reader) throws IOException {
        List<Span> spans = new ArrayList<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            if (!(FilterLeafReader.unwrap(leaf.reader()) instanceof SegmentReader segment)) {
                throw new IOException("the search index holds a part that is not a segment: " + leaf.reader());
            }
            int last = segment.maxDoc() - 1;
            if (last < 0) {
                continue;
            }
            spans.add(new Span(segment.getSegmentName(), position(segment, 0), position(segment, last),
                    segment.numDeletedDocs() > 0));
        }
        return spans;
    }

    private static long position(SegmentReader segment, int doc) throws IOException {
        NumericDocValues positions = segment.getNumericDocValues(Fields.POSITION);
        if (positions == null || !positions.advanceExact(doc)) {
            throw new IOException("the search index holds an entry without a position in segment " + segment.getSegmentName());
        }
        return positions.longValue();
    }

    /**
     * The segment of {@code spans} (in position order) a new entry at {@code position} is merged into:
     * the last that begins at or before it, or the first.
     */
    static int home(List<Span> spans, long position) {
        int home = 0;
        for (int i = 1; i < spans.size() && spans.get(i).first() <= position; i++) {
            home = i;
        }
        return home;
    }

    /**
     * Merges what a build flushed, in position order, into consecutive runs of about {@code entries}
     * entries each. A segment begins a new run when the entries before it reach the next multiple of
     * {@code entries}; a run of one segment is left as it is.
     */
    static void mergeRuns(IndexWriter writer, int entries) throws IOException {
        merge(writer, segments -> {
            Map<Long, List<SegmentCommitInfo>> runs = new LinkedHashMap<>();
            long before = 0;
            for (SegmentCommitInfo segment : segments) {
                runs.computeIfAbsent(before / entries, run -> new ArrayList<>()).add(segment);
                before += segment.info.maxDoc();
            }
            return List.copyOf(runs.values());
        });
    }

    /**
     * Merges each of an update's new segments with the segments before it that its positions fall in,
     * and rewrites alone each segment before it that has deletions and takes nothing new, so that none
     * is left. Segments before it untouched are left as they are.
     *
     * @param before the segments the index had before, that are still there, in their order
     * @param added the segments the update flushed
     */
    static void mergeInto(IndexWriter writer, List<Span> before, List<Span> added) throws IOException {
        List<List<String>> groups = groups(before, added);
        merge(writer, segments -> {
            Map<String, SegmentCommitInfo> byName = new HashMap<>();
            segments.forEach(segment -> byName.put(segment.info.name, segment));
            return groups.stream()
                    .map(names -> names.stream().map(byName::get).filter(Objects::nonNull).toList())
                    .toList();
        });
    }

    /**
     * Which segments an update merges together, by name, each group in the index's order: every new
     * segment with the run of segments before it from the home of its first position to the home of
     * its last ({@link #home}); groups sharing a segment joined; every other segment with deletions
     * alone. Whatever {@code added} holds, each merged segment covers consecutive positions between
     * the segments left as they are.
     */
    static List<List<String>> groups(List<Span> before, List<Span> added) {
        if (before.isEmpty()) {
            return added.isEmpty() ? List.of() : List.of(added.stream().map(Span::name).toList());
        }
        // For each segment before, the last segment before of its group and the new segments it takes.
        int[] reach = new int[before.size()];
        List<List<String>> taken = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            reach[i] = before.get(i).deletions() ? i : -1;
            taken.add(new ArrayList<>());
        }
        for (Span span : added) {
            int from = home(before, span.first());
            int to = Math.max(from, home(before, span.last()));
            reach[from] = Math.max(reach[from], to);
            taken.get(from).add(span.name());
        }
        List<List<String>> groups = new ArrayList<>();
        for (int i = 0; i < before.size(); ) {
            if (reach[i] < 0) {
                i++;
                continue;
            }
            List<String> group = new ArrayList<>();
            List<String> news = new ArrayList<>();
            int end = reach[i];
            int j = i;
            for (; j <= end; j++) {
                end = Math.max(end, reach[j]);
                group.add(before.get(j).name());
                news.addAll(taken.get(j));
            }
            group.addAll(news);
            groups.add(group);
            i = j;
        }
        return groups;
    }

    /**
     * Runs on {@code writer} the merges {@code plan} makes of its segments (in the index's order), and
     * waits for them. A group of one segment is merged only when it has deletions.
     */
    private static void merge(IndexWriter writer, Function<List<SegmentCommitInfo>, List<List<SegmentCommitInfo>>> plan)
            throws IOException {
        writer.getConfig().setMergePolicy(new Planned(plan));
        // The count is the policy's to honour, and this one merges what it planned whatever the count.
        writer.forceMerge(1);
    }

    /** A merge policy that merges, once, the groups a plan makes, and nothing else ever. */
    private static final class Planned extends MergePolicy {
        private final Function<List<SegmentCommitInfo>, List<List<SegmentCommitInfo>>> plan;
        private boolean planned;

        Planned(Function<List<SegmentCommitInfo>, List<List<SegmentCommitInfo>>> plan) {
            // Never a compound file: packing one copies a merged segment once more.
            super(0.0, Long.MAX_VALUE);
            this.plan = plan;
        }

        @Override
        public MergeSpecification findMerges(MergeTrigger trigger, SegmentInfos segments, MergeContext context) {
            return null;
        }

        @Override
        public synchronized MergeSpecification findForcedMerges(SegmentInfos segments, int maxSegmentCount,
                Map<SegmentCommitInfo, Boolean> segmentsToMerge, MergeContext context) throws IOException {
            if (planned) {
                return null;
            }
            planned = true;
            MergeSpecification merges = new MergeSpecification();
            for (List<SegmentCommitInfo> group : plan.apply(segments.asList())) {
                if (group.size() > 1 || group.size() == 1 && context.numDeletesToMerge(group.get(0)) > 0) {
                    merges.add(new OneMerge(group));
                }
            }
            return merges.merges.isEmpty() ? null : merges;
        }

        @Override
        public MergeSpecification findForcedDeletesMerges(SegmentInfos segments, MergeContext context) {
            return null;
        }
    }
}
