package cn.scast.tianfu.matching;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * Per-segment arrays that {@link TermAtATimeSearch} reads for every posting or candidate: a text field's length
 * norms and a code field's ordinals. Text fields exist for one side only, so their norms are sparse and Lucene's
 * iterator over them costs an index lookup per document; a segment never changes, so each array is read once
 * and dropped when Lucene closes the segment.
 */
final class SegmentArrays {
    private static final Map<Object, Map<String, Object>> BY_SEGMENT = new ConcurrentHashMap<>();

    private SegmentArrays() {}

    /** Encoded length norm of every document of the segment for the field (0 where it has none). */
    static byte[] norms(LeafReader reader, String field) throws IOException {
        return cached(reader, "norms:" + field, () -> {
            byte[] norms = new byte[reader.maxDoc()];
            NumericDocValues values = reader.getNormValues(field);
            if (values != null) {
                for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                    norms[doc] = (byte) values.longValue();
                }
            }
            return norms;
        });
    }

    /** Ordinal of every document's value of the sorted doc-values field in the segment (-1 where it has none). */
    static int[] ordinals(LeafReader reader, String field) throws IOException {
        return cached(reader, "ordinals:" + field, () -> {
            int[] ordinals = new int[reader.maxDoc()];
            Arrays.fill(ordinals, -1);
            SortedDocValues values = DocValues.getSorted(reader, field);
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                ordinals[doc] = values.ordValue();
            }
            return ordinals;
        });
    }

    /** Whether arrays of the segment with this core key are held (tests: they must not outlive it). */
    static boolean holds(Object segmentKey) {
        return BY_SEGMENT.containsKey(segmentKey);
    }

    private interface Loader<T> {
        T load() throws IOException;
    }

    @SuppressWarnings("unchecked")
    private static <T> T cached(LeafReader reader, String name, Loader<T> loader) throws IOException {
        IndexReader.CacheHelper segment = reader.getCoreCacheHelper();
        if (segment == null) {
            return loader.load(); // not a segment of its own: nothing that outlives this search to key on
        }
        Map<String, Object> arrays = BY_SEGMENT.computeIfAbsent(segment.getKey(), key -> {
            segment.addClosedListener(BY_SEGMENT::remove);
            return new ConcurrentHashMap<>();
        });
        Object array = arrays.get(name);
        if (array == null) {
            // Two searches may both load it; both results are equal, and the second is simply kept.
            array = loader.load();
            arrays.put(name, array);
        }
        return (T) array;
    }
}
