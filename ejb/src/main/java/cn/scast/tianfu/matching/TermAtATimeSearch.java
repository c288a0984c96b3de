package cn.scast.tianfu.matching;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.Bits;

/**
 * The best hits of a match query, scored term at a time.
 *
 * <p>A listing's match query is a flat disjunction of 25–40 weighted terms (its words against the keywords, its
 * bigrams against all text), many of them common. Lucene scores a disjunction document at a time and pays, for
 * each document, for every clause it advances and for a lookup in the sparse per-side norms; on a million listings
 * that cost 35–45 ms of a core per query. Here each term's postings are read straight through into one score array per segment,
 * which is then scanned once to apply the taxonomy factors and keep the best: the same hits for about a third of
 * the CPU (bench/README.md, "Matching latency").
 *
 * <p>The scores are Lucene's own: the searcher's similarity scores each posting from the same statistics and
 * norms, so the ranking is that of the equivalent BooleanQuery of boosted TermQuery clauses times the taxonomy
 * factor (a test checks it against that query). Ties are broken by listing id ascending. Thread-safe.
 */
final class TermAtATimeSearch {
    /** One SHOULD clause: a term and its query-side boost. Terms found in no document are left out. */
    record WeightedTerm(Term term, float boost) {}

    /** A hit: Lucene document number (of the searcher's reader), listing id, final score. */
    record Hit(int doc, long id, float score) {}

    /** Score arrays kept for reuse; more concurrent searches than this allocate and drop their own. */
    private static final int KEPT_ACCUMULATORS = 16;
    private static final ConcurrentLinkedQueue<float[]> ACCUMULATORS = new ConcurrentLinkedQueue<>();

    private TermAtATimeSearch() {}

    /**
     * @param excluded key terms of documents that must not be returned (declined pairs)
     * @return at most {@code n} hits, best first
     */
    static List<Hit> best(IndexSearcher searcher, List<WeightedTerm> terms, TaxonomyBoost boost,
                          Collection<Term> excluded, int n) throws IOException {
        List<Clause> clauses = clauses(searcher, terms);
        BestHits best = new BestHits(n);
        if (clauses.isEmpty()) {
            return best.toList();
        }
        float[] scores = takeAccumulator(searcher);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            collect(leaf, clauses, boost, excluded, scores, best);
        }
        giveBack(scores); // every touched slot was reset by the scan (after a failure the array is dropped instead)
        return best.toList();
    }

    /**
     * A clause ready to score: its per-segment term states, its scorer, and that scorer's score of a single
     * occurrence for each of the 256 encoded norms (most postings hold a term once; a table lookup then replaces
     * the similarity's division).
     */
    private record Clause(Term term, TermStates states, Similarity.SimScorer scorer, float[] onceByNorm) {
        static Clause of(Term term, TermStates states, Similarity.SimScorer scorer) {
            float[] once = new float[256];
            for (int norm = 0; norm < once.length; norm++) {
                once[norm] = scorer.score(1f, (byte) norm);
            }
            return new Clause(term, states, scorer, once);
        }
    }

    private static List<Clause> clauses(IndexSearcher searcher, List<WeightedTerm> terms) throws IOException {
        List<Clause> clauses = new ArrayList<>(terms.size());
        for (WeightedTerm t : terms) {
            TermStates states = TermStates.build(searcher, t.term(), true);
            if (states.docFreq() == 0) {
                continue;
            }
            Similarity.SimScorer scorer = searcher.getSimilarity().scorer(t.boost(),
                    searcher.collectionStatistics(t.term().field()),
                    searcher.termStatistics(t.term(), states.docFreq(), states.totalTermFreq()));
            clauses.add(Clause.of(t.term(), states, scorer));
        }
        return clauses;
    }

    /** Scores one segment into {@code scores}, then scans the touched range, resetting it, into {@code best}. */
    private static void collect(LeafReaderContext leaf, List<Clause> clauses, TaxonomyBoost boost,
                                Collection<Term> excluded, float[] scores, BestHits best) throws IOException {
        LeafReader reader = leaf.reader();
        int first = Integer.MAX_VALUE;
        int last = -1;
        PostingsEnum postings = null;
        for (Clause clause : clauses) {
            TermState state = clause.states().get(leaf);
            Terms terms = state == null ? null : reader.terms(clause.term().field());
            if (terms == null) {
                continue;
            }
            TermsEnum termsEnum = terms.iterator();
            termsEnum.seekExact(clause.term().bytes(), state);
            postings = termsEnum.postings(postings, PostingsEnum.FREQS);
            byte[] norms = SegmentArrays.norms(reader, clause.term().field());
            Similarity.SimScorer scorer = clause.scorer();
            float[] once = clause.onceByNorm();
            int doc = postings.nextDoc();
            first = Math.min(first, doc);
            int previous = doc;
            for (; doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                int freq = postings.freq();
                scores[doc] += freq == 1 ? once[norms[doc] & 0xFF] : scorer.score(freq, norms[doc]);
                previous = doc;
            }
            last = Math.max(last, previous);
        }
        if (last < 0) {
            return;
        }
        for (Term key : excluded) {
            PostingsEnum docs = documentsWith(reader, key);
            if (docs != null) {
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    scores[doc] = 0f;
                }
            }
        }
        Bits live = reader.getLiveDocs();
        TaxonomyFactors factors = TaxonomyFactors.of(reader, boost);
        float maxFactor = boost.maxFactor();
        NumericDocValues ids = DocValues.getNumeric(reader, ListingDocument.ID_SORT);
        float floor = best.floor();
        for (int doc = first; doc <= last; doc++) {
            float text = scores[doc];
            scores[doc] = 0f;
            // Most documents are not touched or cannot make it even with every factor: skip them in one test.
            if (text * maxFactor < floor || (live != null && !live.get(doc))) {
                continue;
            }
            float score = text * factors.at(doc);
            if (score >= floor) {
                long id = ids.advanceExact(doc) ? ids.longValue() : Long.MAX_VALUE;
                best.offer(leaf.docBase + doc, id, score);
                floor = best.floor();
            }
        }
    }

    private static PostingsEnum documentsWith(LeafReader reader, Term key) throws IOException {
        Terms terms = reader.terms(key.field());
        if (terms == null) {
            return null;
        }
        TermsEnum termsEnum = terms.iterator();
        return termsEnum.seekExact(key.bytes()) ? termsEnum.postings(null, PostingsEnum.NONE) : null;
    }

    private static float[] takeAccumulator(IndexSearcher searcher) {
        int size = 0;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            size = Math.max(size, leaf.reader().maxDoc());
        }
        float[] scores = ACCUMULATORS.poll();
        return scores != null && scores.length >= size ? scores : new float[size];
    }

    private static void giveBack(float[] scores) {
        if (ACCUMULATORS.size() < KEPT_ACCUMULATORS) {
            ACCUMULATORS.offer(scores);
        }
    }
}
