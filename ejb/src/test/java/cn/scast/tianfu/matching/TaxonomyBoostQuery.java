package cn.scast.tianfu.matching;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.util.Bits;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.FilterScorer;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * Lucene's own way to rank a match query: multiplies the text score of each hit by its {@link TaxonomyBoost}
 * factor, read from doc values while scoring, and lets Lucene skip non-competitive blocks with the maximum score
 * bounded by the largest factor. The application ranks with {@link TermAtATimeSearch}, which is faster on many
 * common terms; this query is the reference it is checked against.
 */
final class TaxonomyBoostQuery extends Query {
    private final Query in;
    private final TaxonomyBoost boost;

    TaxonomyBoostQuery(Query in, TaxonomyBoost boost) {
        this.in = Objects.requireNonNull(in);
        this.boost = Objects.requireNonNull(boost);
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Query rewritten = in.rewrite(searcher);
        return rewritten == in ? super.rewrite(searcher) : new TaxonomyBoostQuery(rewritten, boost);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float weightBoost) throws IOException {
        Weight inner = in.createWeight(searcher, scoreMode, weightBoost);
        if (!scoreMode.needsScores() || boost.isEmpty()) {
            return inner;
        }
        float maxFactor = boost.maxFactor();
        return new FilterWeight(this, inner) {
            @Override
            public boolean isCacheable(LeafReaderContext ctx) {
                return false;
            }

            @Override
            public Scorer scorer(LeafReaderContext ctx) throws IOException {
                Scorer scorer = in.scorer(ctx);
                return scorer == null ? null : new BoostingScorer(scorer, this, LeafFactors.of(ctx, boost), maxFactor);
            }

            /**
             * Keeps the inner bulk scorer (for a pure disjunction, Lucene's MaxScore bulk scorer, several
             * times faster than scoring document-at-a-time) and scales scores as they are collected.
             */
            @Override
            public BulkScorer bulkScorer(LeafReaderContext ctx) throws IOException {
                BulkScorer inner = in.bulkScorer(ctx);
                if (inner == null) {
                    return null;
                }
                LeafFactors factors = LeafFactors.of(ctx, boost);
                return new BulkScorer() {
                    @Override
                    public int score(LeafCollector collector, Bits acceptDocs, int min, int max) throws IOException {
                        return inner.score(new FilterLeafCollector(collector) {
                            @Override
                            public void setScorer(Scorable scorer) throws IOException {
                                in.setScorer(new ScalingScorable(scorer, factors, maxFactor));
                            }
                        }, acceptDocs, min, max);
                    }

                    @Override
                    public long cost() {
                        return inner.cost();
                    }
                };
            }

            @Override
            public Explanation explain(LeafReaderContext ctx, int doc) throws IOException {
                Explanation text = in.explain(ctx, doc);
                if (!text.isMatch()) {
                    return text;
                }
                float factor = LeafFactors.of(ctx, boost).factor(doc);
                return Explanation.match(text.getValue().floatValue() * factor, "text score × taxonomy factor",
                        text, Explanation.match(factor, "taxonomy factor"));
            }
        };
    }

    /**
     * The candidate's codes read as strings and judged by {@link TaxonomyBoost.Dimension#factor(String)}: the
     * rules as written, not the ordinal ranges {@link TaxonomyFactors} derives from them, so the comparison checks
     * those too. One doc-values iterator per dimension, since each only moves forward.
     */
    private record LeafFactors(List<TaxonomyBoost.Dimension> dimensions, List<SortedDocValues> values) {
        static LeafFactors of(LeafReaderContext ctx, TaxonomyBoost boost) throws IOException {
            List<SortedDocValues> values = new java.util.ArrayList<>();
            for (TaxonomyBoost.Dimension d : boost.dimensions()) {
                values.add(DocValues.getSorted(ctx.reader(), d.field()));
            }
            return new LeafFactors(boost.dimensions(), values);
        }

        float factor(int doc) throws IOException {
            float factor = 1f;
            for (int i = 0; i < dimensions.size(); i++) {
                SortedDocValues codes = values.get(i);
                if (codes.docID() <= doc && codes.advanceExact(doc)) {
                    factor *= dimensions.get(i).factor(codes.lookupOrd(codes.ordValue()).utf8ToString());
                }
            }
            return factor;
        }
    }

    private static final class ScalingScorable extends Scorable {
        private final Scorable in;
        private final LeafFactors factors;
        private final float maxFactor;

        ScalingScorable(Scorable in, LeafFactors factors, float maxFactor) {
            this.in = in;
            this.factors = factors;
            this.maxFactor = maxFactor;
        }

        @Override
        public float score() throws IOException {
            return in.score() * factors.factor(in.docID());
        }

        @Override
        public int docID() {
            return in.docID();
        }

        @Override
        public void setMinCompetitiveScore(float minScore) throws IOException {
            in.setMinCompetitiveScore(Math.nextDown(minScore / maxFactor));
        }
    }

    private static final class BoostingScorer extends FilterScorer {
        private final LeafFactors factors;
        private final float maxFactor;

        BoostingScorer(Scorer in, Weight weight, LeafFactors factors, float maxFactor) {
            super(in, weight);
            this.factors = factors;
            this.maxFactor = maxFactor;
        }

        @Override
        public float score() throws IOException {
            return in.score() * factors.factor(in.docID());
        }

        @Override
        public int advanceShallow(int target) throws IOException {
            return in.advanceShallow(target);
        }

        @Override
        public float getMaxScore(int upTo) throws IOException {
            return in.getMaxScore(upTo) * maxFactor;
        }

        @Override
        public void setMinCompetitiveScore(float minScore) throws IOException {
            // Round down: a hit whose boosted score ties the threshold must not be skipped.
            in.setMinCompetitiveScore(Math.nextDown(minScore / maxFactor));
        }
    }

    @Override
    public void visit(QueryVisitor visitor) {
        in.visit(visitor.getSubVisitor(BooleanClause.Occur.MUST, this));
    }

    @Override
    public String toString(String field) {
        return "taxonomyBoost(" + in.toString(field) + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other)
                && in.equals(((TaxonomyBoostQuery) other).in)
                && boost.dimensions().equals(((TaxonomyBoostQuery) other).boost.dimensions());
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), in, boost.dimensions());
    }
}
