package org.concordance.search;

import java.io.IOException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.concordance.content.InOrder;
import org.concordance.content.Progress;

/**
 * Feeds entries to an index writer in position order, their documents made on every core. The
 * analysis, most of the work, runs in parallel; the writer, fed on one thread in position order,
 * writes segments already in the index's order, so neither its flushes nor a merge have documents
 * to sort, and a merge copies stored fields as they are (10,003 documents, an index build alone:
 * 46.6 s became 38.7 s, with {@link Tokens}).
 */
final class IndexFeed {
    /** Documents made ahead of the one the writer adds: enough to keep every thread busy, few enough to hold little. */
    private static final int AHEAD = 512;

    /**
     * An entry and its place in the index's order ({@link Fields#POSITION}): its group's number in
     * the high bits, its number in the group in the low {@link #GROUP_BITS}. A group is a run of
     * entries of one document (the document, its passages and notes), or else of one kind (the
     * concepts, the works, the relations). So a passage added to one document moves only that document's entries,
     * and an index can be updated in place ({@link IndexUpdate}); the order is the entries' order
     * all the same.
     */
    record Positioned(Searchable entry, long position) {
    }

    /** Room for a million entries in a group; a larger run goes on in the next group number. */
    static final int GROUP_BITS = 20;

    private IndexFeed() {
    }

    /**
     * {@code entries} positioned in their order ({@link Positioned}), read as they are asked for.
     *
     * @throws IllegalArgumentException from {@code next()}, when an entry has the id of one before it
     */
    static Iterator<Positioned> positioned(Iterator<Searchable> entries) {
        Numbering numbering = new Numbering();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return entries.hasNext();
            }

            @Override
            public Positioned next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return numbering.next(entries.next());
            }
        };
    }

    /**
     * Gives entries, read in their order, their places ({@link Positioned}); a document's group
     * whose entries an update keeps as they are is passed over whole ({@link #passOver}), and the
     * entries after it are placed as if it had been read.
     */
    static final class Numbering {
        private final Set<String> ids = new HashSet<>();
        private String group;
        private long groupNumber = -1;
        private long inGroup;

        /**
         * The next entry, placed.
         *
         * @throws IllegalArgumentException when {@code entry} has the id of one before it
         */
        Positioned next(Searchable entry) {
            if (!ids.add(entry.id())) {
                throw new IllegalArgumentException("two search entries share the id " + entry.id());
            }
            String of = entry.documentSlug().filter(slug -> ofDocument(entry)).map(slug -> "document " + slug)
                    .orElse("kind " + entry.kind());
            if (!of.equals(group) || inGroup == 1L << GROUP_BITS) {
                group = of;
                groupNumber++;
                inGroup = 0;
            }
            return new Positioned(entry, groupNumber << GROUP_BITS | inGroup++);
        }

        /**
         * Passes over the entries of one document, all of them: they are a group of their own
         * (the entries before and after them are of other documents, or of no document), so this
         * is its number.
         */
        long passOver() {
            group = null;
            inGroup = 0;
            return ++groupNumber;
        }

        /** The document, its passages and its notes make a document's group; a relation stated in it does not. */
        private static boolean ofDocument(Searchable entry) {
            return entry.kind().equals(Searchable.DOCUMENT) || entry.kind().equals(Searchable.PARAGRAPH)
                    || entry.kind().equals(Searchable.NOTE);
        }
    }

    /**
     * Adds {@code entries}, which come in increasing positions, to {@code writer}, their documents
     * made on {@code threads} threads while this one adds them (on this one alone when 1). An entry
     * is taken when this thread reaches it and is garbage once added. The first failure stops the
     * rest and is thrown.
     *
     * @throws IllegalArgumentException as {@code entries} throws it (two entries sharing an id)
     * @throws IOException when the writer cannot write
     */
    static void add(IndexWriter writer, Iterator<Positioned> entries, int threads, Progress.Stage stage)
            throws IOException {
        try (Analyzer prose = Analysis.index(); Analyzer names = Analysis.names()) {
            if (threads == 1) {
                while (entries.hasNext()) {
                    Positioned next = entries.next();
                    writer.addDocument(EntryDocuments.of(next.entry(), next.position(), prose, names));
                    stage.advance();
                }
                return;
            }
            InOrder.<Positioned, Document, IOException>run(entries,
                    next -> EntryDocuments.of(next.entry(), next.position(), prose, names), (next, document) -> {
                        writer.addDocument(document);
                        stage.advance();
                    }, threads, AHEAD, "concordance-index");
        }
    }
}
