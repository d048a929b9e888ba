package org.concordance.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;

/**
 * The documents' facet values ({@link Fields#DOC_FACET}) of one index reader, numbered across its
 * segments, so that a query's hits are counted per document in one array and only the most hit are
 * read back as text ({@link Counting}). Made once per reader (Lucene's {@link OrdinalMap}; with one
 * segment, its own numbers); immutable, so shared by concurrent searches.
 */
final class FacetOrdinals {
    /** Null when the reader has one segment: its numbers are the global ones. */
    private final OrdinalMap map;
    private final int valueCount;

    private FacetOrdinals(OrdinalMap map, int valueCount) {
        this.map = map;
        this.valueCount = valueCount;
    }

    /**
     * The numbering of {@code reader}'s facet values.
     *
     * @throws IOException when a segment cannot be read
     */
    static FacetOrdinals of(IndexReader reader) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        if (leaves.size() <= 1) {
            SortedDocValues values = leaves.isEmpty() ? null : leaves.get(0).reader().getSortedDocValues(Fields.DOC_FACET);
            return new FacetOrdinals(null, values == null ? 0 : values.getValueCount());
        }
        SortedDocValues[] values = new SortedDocValues[leaves.size()];
        for (int i = 0; i < values.length; i++) {
            SortedDocValues segment = leaves.get(i).reader().getSortedDocValues(Fields.DOC_FACET);
            values[i] = segment == null ? DocValues.emptySorted() : segment;
        }
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        OrdinalMap map = OrdinalMap.build(helper == null ? null : helper.getKey(), values, PackedInts.DEFAULT);
        return new FacetOrdinals(map, (int) map.getValueCount());
    }

    /** How many distinct values the reader holds: the global numbers are 0 to this, exclusive. */
    int valueCount() {
        return valueCount;
    }

    /** The global number of value {@code ord} of segment {@code segment} (its {@code LeafReaderContext.ord}). */
    long global(int segment, int ord) {
        if (map == null) {
            return ord;
        }
        LongValues globals = map.getGlobalOrds(segment);
        return globals.get(ord);
    }

    /**
     * The value numbered {@code global}, read from the first segment holding it.
     *
     * @throws IOException when the segment cannot be read
     */
    BytesRef value(IndexReader reader, long global) throws IOException {
        int segment = map == null ? 0 : map.getFirstSegmentNumber(global);
        long ord = map == null ? global : map.getFirstSegmentOrd(global);
        SortedDocValues values = reader.leaves().get(segment).reader().getSortedDocValues(Fields.DOC_FACET);
        return BytesRef.deepCopyOf(values.lookupOrd((int) ord));
    }
}
