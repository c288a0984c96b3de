package cn.scast.tianfu.matching;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.util.BytesRef;

/**
 * A {@link TaxonomyBoost} applied to the documents of one segment: the source's codes turned into the segment's
 * doc-value ordinals once, so the factor of each candidate compares ints, not strings. Sorted ordinals put all
 * codes with a prefix in one range, which is how a shared discipline group or prefecture is recognised.
 */
final class TaxonomyFactors {
    private record Dimension(int[] ordinals, int exactOrdinal, int prefixFrom, int prefixTo,
                             float exactFactor, float prefixFactor) {}

    private static final TaxonomyFactors NONE = new TaxonomyFactors(new Dimension[0]);

    private final Dimension[] dimensions;

    private TaxonomyFactors(Dimension[] dimensions) {
        this.dimensions = dimensions;
    }

    static TaxonomyFactors of(LeafReader reader, TaxonomyBoost boost) throws IOException {
        if (boost.isEmpty()) {
            return NONE;
        }
        List<Dimension> dimensions = new ArrayList<>();
        for (TaxonomyBoost.Dimension d : boost.dimensions()) {
            SortedDocValues values = DocValues.getSorted(reader, d.field());
            int exact = d.exactFactor() != 1f ? values.lookupTerm(new BytesRef(d.code())) : -1;
            int from = 0;
            int to = 0;
            if (d.prefix() != null) {
                from = insertionPoint(values.lookupTerm(new BytesRef(d.prefix())));
                to = insertionPoint(values.lookupTerm(new BytesRef(d.prefix() + "\uffff")));
            }
            dimensions.add(new Dimension(SegmentArrays.ordinals(reader, d.field()), exact, from, to,
                    d.exactFactor(), d.prefixFactor()));
        }
        return new TaxonomyFactors(dimensions.toArray(new Dimension[0]));
    }

    private static int insertionPoint(int lookup) {
        return lookup >= 0 ? lookup : -lookup - 1;
    }

    /** The product of the dimensions' factors for a document of the segment (1 without codes). */
    float at(int doc) {
        float factor = 1f;
        for (Dimension d : dimensions) {
            int ordinal = d.ordinals()[doc];
            if (ordinal < 0) {
                continue;
            }
            if (ordinal == d.exactOrdinal()) {
                factor *= d.exactFactor();
            } else if (ordinal >= d.prefixFrom() && ordinal < d.prefixTo()) {
                factor *= d.prefixFactor();
            }
        }
        return factor;
    }
}
