package cn.scast.tianfu.matching;

import cn.scast.tianfu.listing.MarketSide;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The term-at-a-time search must rank exactly as Lucene's own query of the same clauses would: a BooleanQuery of
 * boosted TermQuery clauses, declined listings as MUST_NOT, scores times the taxonomy factor
 * ({@link TaxonomyBoostQuery}), sorted by score then listing id, over several segments with updated and deleted
 * listings.
 */
class TermAtATimeSearchTest {
    private static final Sort BY_SCORE_THEN_ID = new Sort(
            SortField.FIELD_SCORE, new SortField(ListingDocument.ID_SORT, SortField.Type.LONG));
    private static final int POOL = 30;

    @Test
    void ranksAsLuceneRanksTheSameClauses(@TempDir Path folder) throws IOException {
        try (ListingIndex index = segmentedIndex(folder)) {
            assertTrue(index.segmentCount() >= 4, "segments: " + index.segmentCount());
            int compared = 0;
            int withExclusions = 0;
            for (long s = 0; s < 120; s++) {
                MatchableListing source = MatchingBenchmark.listing(s, MatchingBenchmark.SEED + 7);
                MatchQuery query = s % 3 == 0
                        ? MatchQuery.top(10).lowering(List.of(source.disciplineCode()), List.of())
                        : MatchQuery.top(10);
                MarketSide target = source.side().opposite();
                compared += index.withSearcher(current -> {
                    Prepared p = Prepared.of(index, current, source, query);
                    IndexSearcher searcher = p.searcher();
                    List<TermAtATimeSearch.WeightedTerm> clauses = p.clauses();
                    TaxonomyBoost boost = p.boost();
                    List<Long> expected = new ArrayList<>();
                    List<Float> expectedScores = new ArrayList<>();
                    lucene(searcher, clauses, boost, List.of(), expected, expectedScores);
                    List<TermAtATimeSearch.Hit> hits = TermAtATimeSearch.best(searcher, clauses, boost, List.of(), POOL);
                    assertSameRanking(expected, expectedScores, hits);
                    return expected.isEmpty() ? 0 : 1;
                });
                // Declined listings: exclude a few of the best and check the rest moves up as Lucene's would.
                withExclusions += index.withSearcher(current -> {
                    Prepared p = Prepared.of(index, current, source, query);
                    IndexSearcher searcher = p.searcher();
                    List<TermAtATimeSearch.WeightedTerm> clauses = p.clauses();
                    TaxonomyBoost boost = p.boost();
                    List<TermAtATimeSearch.Hit> all = TermAtATimeSearch.best(searcher, clauses, boost, List.of(), POOL);
                    if (all.size() < 3) {
                        return 0;
                    }
                    List<Term> excluded = List.of(ListingDocument.key(target, all.get(0).id()),
                            ListingDocument.key(target, all.get(2).id()));
                    List<Long> expected = new ArrayList<>();
                    List<Float> expectedScores = new ArrayList<>();
                    lucene(searcher, clauses, boost, excluded, expected, expectedScores);
                    List<TermAtATimeSearch.Hit> hits = TermAtATimeSearch.best(searcher, clauses, boost, excluded, POOL);
                    assertSameRanking(expected, expectedScores, hits);
                    assertFalse(hits.stream().anyMatch(h -> h.id() == all.get(0).id() || h.id() == all.get(2).id()));
                    return 1;
                });
            }
            assertTrue(compared > 100, "queries with hits: " + compared);
            assertTrue(withExclusions > 100, "queries with exclusions: " + withExclusions);
        }
    }

    @Test
    void arraysOfAMergedAwaySegmentAreDropped(@TempDir Path folder) throws IOException {
        try (ListingIndex index = segmentedIndex(folder)) {
            MatchableListing source = MatchingBenchmark.listing(1, MatchingBenchmark.SEED + 7);
            ListingMatcher matcher = new ListingMatcher(index);
            assertFalse(matcher.matchesFor(source, MatchQuery.top(10)).isEmpty());
            List<Object> before = segmentKeys(index);
            assertTrue(before.stream().anyMatch(SegmentArrays::holds), "arrays are cached while the segments live");

            assertTrue(index.compactAfterBulkChanges(1));
            matcher.matchesFor(source, MatchQuery.top(10));

            List<Object> after = segmentKeys(index);
            for (Object key : before) {
                if (!after.contains(key)) {
                    assertFalse(SegmentArrays.holds(key), "arrays of a merged-away segment are dropped");
                }
            }
            assertTrue(after.stream().anyMatch(SegmentArrays::holds));
        }
    }

    /** A source's clauses and boost over a searcher with the tuned similarity, as the matcher prepares them. */
    private record Prepared(IndexSearcher searcher, List<TermAtATimeSearch.WeightedTerm> clauses, TaxonomyBoost boost) {
        static Prepared of(ListingIndex index, IndexSearcher current, MatchableListing source, MatchQuery query)
                throws IOException {
            IndexSearcher searcher = new IndexSearcher(current.getIndexReader());
            searcher.setSimilarity(MatchingWeights.TUNED.similarity());
            MarketSide target = source.side().opposite();
            QueryTerms terms = QueryTerms.of(source, target, index.analyzer(), searcher.getIndexReader(),
                    MatchingWeights.TUNED);
            return new Prepared(searcher, terms.clauses(target), TaxonomyBoost.of(source, query));
        }
    }

    /** 3,000 synthetic listings committed in batches (one segment each), some updated and some deleted since. */
    private static ListingIndex segmentedIndex(Path folder) throws IOException {
        TieredMergePolicy lazy = new TieredMergePolicy();
        lazy.setSegmentsPerTier(100);
        ListingIndex index = ListingIndex.open(folder, lazy);
        for (long id = 1; id <= 3_000; id++) {
            index.upsert(MatchingBenchmark.listing(id, MatchingBenchmark.SEED));
            if (id % 600 == 0) {
                index.commit();
            }
        }
        for (long id = 5; id <= 3_000; id += 37) {
            index.upsert(MatchingBenchmark.listing(id + 10_000, MatchingBenchmark.SEED)); // new text, same id below
            index.delete(MatchingBenchmark.listing(id, MatchingBenchmark.SEED).side(), id);
        }
        index.commit();
        index.refresh();
        return index;
    }

    private static List<Object> segmentKeys(ListingIndex index) throws IOException {
        return index.withSearcher(s -> {
            List<Object> keys = new ArrayList<>();
            for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                keys.add(leaf.reader().getCoreCacheHelper().getKey());
            }
            return keys;
        });
    }

    private static void lucene(IndexSearcher searcher, List<TermAtATimeSearch.WeightedTerm> clauses,
                               TaxonomyBoost boost, List<Term> excluded, List<Long> ids, List<Float> scores)
            throws IOException {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        for (TermAtATimeSearch.WeightedTerm c : clauses) {
            builder.add(new BoostQuery(new TermQuery(c.term()), c.boost()), BooleanClause.Occur.SHOULD);
        }
        if (!excluded.isEmpty()) {
            builder.add(new TermInSetQuery(ListingDocument.KEY, excluded.stream().map(Term::bytes).map(BytesRef::deepCopyOf).toList()),
                    BooleanClause.Occur.MUST_NOT);
        }
        TopDocs top = searcher.search(new TaxonomyBoostQuery(builder.build(), boost),
                TopFieldCollector.createSharedManager(BY_SCORE_THEN_ID, POOL, null, Integer.MAX_VALUE));
        for (ScoreDoc hit : top.scoreDocs) {
            FieldDoc doc = (FieldDoc) hit;
            scores.add((Float) doc.fields[0]);
            ids.add((Long) doc.fields[1]);
        }
    }

    /**
     * Same ids in the same order and the same scores; summing the clauses in another order may move a score by a
     * rounding step, so listings whose scores tie within that step may trade places, and only there.
     */
    private static void assertSameRanking(List<Long> ids, List<Float> scores, List<TermAtATimeSearch.Hit> hits) {
        assertEquals(ids.size(), hits.size());
        for (int i = 0; i < hits.size(); i++) {
            float expected = scores.get(i);
            assertEquals(expected, hits.get(i).score(), 1e-5f * expected, "score at rank " + i);
            if (!ids.get(i).equals(hits.get(i).id())) {
                float actual = hits.get(i).score();
                assertTrue(scores.stream().anyMatch(other -> other != expected && Math.abs(other - actual) <= 1e-5f * actual)
                        || Math.abs(expected - actual) <= 1e-5f * expected && Set.copyOf(ids).contains(hits.get(i).id()),
                        "rank " + i + ": expected listing " + ids.get(i) + ", got " + hits.get(i).id());
            }
        }
    }
}
