package cn.scast.tianfu.matching;

import cn.scast.tianfu.listing.ListingState;
import cn.scast.tianfu.listing.ListingType;
import cn.scast.tianfu.listing.MarketSide;

import static cn.scast.tianfu.matching.SampleListings.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListingIndexTest {

    private static List<List<Match>> allMatches(ListingIndex index) throws IOException {
        ListingMatcher matcher = new ListingMatcher(index);
        List<List<Match>> results = new ArrayList<>();
        for (MatchableListing source : all()) {
            results.add(matcher.matchesFor(source, MatchQuery.top(10)));
        }
        return results;
    }

    @Test
    void rebuildFromAListGivesTheSameResultsAsIncrementalUpserts() throws IOException {
        try (ListingIndex incremental = SampleListings.indexed(); ListingIndex rebuilt = ListingIndex.inMemory()) {
            assertEquals(all().size(), rebuilt.rebuild(all()));
            List<List<Match>> expected = allMatches(incremental);
            assertTrue(expected.stream().mapToInt(List::size).sum() > 0);
            assertEquals(expected, allMatches(rebuilt));
        }
    }

    @Test
    void aBulkOfSingleChangesIsMergedDownOnceItIsThrough(@TempDir Path folder) throws IOException {
        org.apache.lucene.index.TieredMergePolicy lazy = new org.apache.lucene.index.TieredMergePolicy();
        lazy.setSegmentsPerTier(100); // no merges of its own while the changes come in
        try (ListingIndex index = ListingIndex.open(folder, lazy)) {
            for (int i = 1; i <= 40; i++) {
                index.upsert(listing(1000 + i, ListingType.ACHIEVEMENT, "石墨烯成果" + i, "", List.of("石墨烯"), null, null, null));
                index.commit(); // each commit leaves a segment, as the outbox's batches do
            }
            int before = index.segmentCount();
            assertTrue(before > ListingIndex.COMPACT_TO_SEGMENTS, "segments before: " + before);
            List<Match> expected = new ListingMatcher(index).search("石墨烯", MarketSide.SUPPLY, MatchQuery.top(50));

            assertFalse(index.compactAfterBulkChanges(41), "fewer changes than the threshold: nothing to do");
            assertTrue(index.compactAfterBulkChanges(40));

            assertTrue(index.segmentCount() <= ListingIndex.COMPACT_TO_SEGMENTS, "segments after: " + index.segmentCount());
            assertEquals(expected, new ListingMatcher(index).search("石墨烯", MarketSide.SUPPLY, MatchQuery.top(50)),
                    "the same hits in the same order");
            assertFalse(index.compactAfterBulkChanges(1), "counted again from zero");

            for (int i = 41; i <= 70; i++) {
                index.upsert(listing(1000 + i, ListingType.ACHIEVEMENT, "石墨烯成果" + i, "", List.of("石墨烯"), null, null, null));
            }
            assertFalse(index.compactAfterBulkChanges(1), "30 changes to an index of 70: fewer than half its size");
            for (int i = 71; i <= 80; i++) {
                index.upsert(listing(1000 + i, ListingType.ACHIEVEMENT, "石墨烯成果" + i, "", List.of("石墨烯"), null, null, null));
            }
            assertTrue(index.compactAfterBulkChanges(1), "40 changes to an index of 80: half its size");
        }
    }

    @Test
    void rebuildReplacesPreviousContent() throws IOException {
        try (ListingIndex index = SampleListings.indexed()) {
            index.upsert(listing(999, ListingType.ACHIEVEMENT, "数据库中已删除的石墨烯成果", "", List.of("石墨烯"), null, null, null));
            assertEquals(all().size() + 1, index.count());
            index.rebuild(all());
            assertEquals(all().size(), index.count());
            List<Long> found = new ListingMatcher(index).search("石墨烯", MarketSide.SUPPLY, MatchQuery.top(10))
                    .stream().map(Match::listingId).toList();
            assertFalse(found.contains(999L));
        }
    }

    @Test
    void onlyPublishedListingsAreIndexed() throws IOException {
        try (ListingIndex index = ListingIndex.inMemory()) {
            MatchableListing draft = new MatchableListing(1, ListingType.REQUIREMENT, "石墨烯", "", List.of(), null, null, null, ListingState.DRAFT);
            MatchableListing published = new MatchableListing(2, ListingType.REQUIREMENT, "石墨烯", "", List.of(), null, null, null, ListingState.PUBLISHED);
            index.upsert(draft);
            assertEquals(0, index.count());
            assertEquals(1, index.rebuild(List.of(draft, published)));
            assertEquals(1, index.count());
        }
    }

    @Test
    void supplyAndDemandMayShareAnIdWithoutOverwritingEachOther() throws IOException {
        try (ListingIndex index = ListingIndex.inMemory()) {
            MatchableListing supply = listing(7, ListingType.ACHIEVEMENT, "石墨烯超级电容器", "", List.of("储能"), null, null, null);
            MatchableListing demand = listing(7, ListingType.REQUIREMENT, "石墨烯储能器件", "", List.of("储能"), null, null, null);
            index.upsert(supply);
            index.upsert(demand);
            assertEquals(2, index.count());
            ListingMatcher matcher = new ListingMatcher(index);
            assertEquals(List.of(7L), matcher.matchesFor(demand, MatchQuery.top(5)).stream().map(Match::listingId).toList(),
                    "the supply with the same id is still a valid counterpart");

            index.delete(MarketSide.DEMAND, 7);
            assertEquals(1, index.count(MarketSide.SUPPLY));
            assertEquals(0, index.count(MarketSide.DEMAND));
            index.delete(7);
            assertEquals(0, index.count());
        }
    }

    @Test
    void countsBySide() throws IOException {
        try (ListingIndex index = SampleListings.indexed()) {
            long supplies = all().stream().filter(l -> l.side() == MarketSide.SUPPLY).count();
            assertEquals(supplies, index.count(MarketSide.SUPPLY));
            assertEquals(all().size() - supplies, index.count(MarketSide.DEMAND));
        }
    }

    @Test
    void kindDeterminesSide() {
        assertEquals(MarketSide.DEMAND, listing(1, ListingType.RESEARCH_CHALLENGE, "t", "", List.of(), null, null, null).side());
        assertEquals(MarketSide.SUPPLY, listing(1, ListingType.SCIENCE_POPULARISATION, "t", "", List.of(), null, null, null).side());
        assertEquals(MarketSide.SUPPLY, MarketSide.DEMAND.opposite());
    }

    @Test
    void persistentIndexSurvivesReopening(@TempDir Path dir) throws IOException {
        List<List<Match>> before;
        try (ListingIndex index = ListingIndex.open(dir)) {
            index.rebuild(all());
            index.delete(CATHODE_MODIFICATION);
            before = allMatches(index);
        }
        try (ListingIndex reopened = ListingIndex.open(dir)) {
            assertEquals(all().size() - 1, reopened.count());
            assertEquals(before, allMatches(reopened));
        }
    }

    @Test
    void concurrentWritesAndSearchesStayConsistent() throws Exception {
        try (ListingIndex index = SampleListings.indexed()) {
            ListingMatcher matcher = new ListingMatcher(index);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<?>> tasks = new ArrayList<>();
                for (int t = 0; t < 2; t++) {
                    int offset = t * 1000;
                    tasks.add(pool.submit(() -> {
                        for (int i = 0; i < 200; i++) {
                            index.upsert(listing(10_000 + offset + i, ListingType.ACHIEVEMENT, "石墨烯散热材料" + i,
                                    "石墨烯导热。", List.of("石墨烯"), "430", "C3985", "510100"));
                        }
                        return null;
                    }));
                }
                for (int t = 0; t < 2; t++) {
                    tasks.add(pool.submit(() -> {
                        for (int i = 0; i < 100; i++) {
                            List<Match> m = matcher.matchesFor(byId(CATHODE_CYCLE_LIFE), MatchQuery.top(3));
                            assertEquals(CATHODE_MODIFICATION, m.get(0).listingId());
                        }
                        return null;
                    }));
                }
                for (Future<?> task : tasks) {
                    task.get(60, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }
            assertEquals(all().size() + 400, index.count());
        }
    }
}
