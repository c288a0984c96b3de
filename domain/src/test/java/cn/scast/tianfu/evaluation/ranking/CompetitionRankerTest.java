package cn.scast.tianfu.evaluation.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.scast.tianfu.evaluation.HandExample;
import cn.scast.tianfu.evaluation.normalisation.NormalisedEntry;
import cn.scast.tianfu.evaluation.normalisation.ZScoreNormaliser;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompetitionRankerTest {

    static NormalisedEntry e(String id, double z) {
        return new NormalisedEntry(id, 70, 3, z);
    }

    static NormalisedEntry e(String id, double z, double rawMean, int jurors) {
        return new NormalisedEntry(id, rawMean, jurors, z);
    }

    private static List<String> ids(List<RankedEntry> r) {
        return r.stream().map(RankedEntry::entryId).toList();
    }

    private static List<Integer> ranks(List<RankedEntry> r) {
        return r.stream().map(RankedEntry::rank).toList();
    }

    @Test
    void handExampleRanks() {
        List<RankedEntry> r = CompetitionRanker.withoutTieBreak()
                .rank(new ZScoreNormaliser().normalise(HandExample.records()));
        assertEquals(List.of("E1", "E3", "E2", "E4"), ids(r));
        assertEquals(List.of(1, 2, 3, 4), ranks(r));
    }

    @Test
    void equalScoresShareRankAndNextRankSkips() {
        List<RankedEntry> r = CompetitionRanker.withoutTieBreak()
                .rank(List.of(e("D", 0.0), e("C", 1.0), e("B", 1.0), e("A", 2.0)));
        assertEquals(List.of("A", "B", "C", "D"), ids(r));
        assertEquals(List.of(1, 2, 2, 4), ranks(r));
    }

    @Test
    void threeWayTieSkipsTwoRanks() {
        List<RankedEntry> r = CompetitionRanker.withoutTieBreak()
                .rank(List.of(e("A", 3), e("B", 1), e("C", 1), e("D", 1), e("E", 0.5)));
        assertEquals(List.of(1, 2, 2, 2, 5), ranks(r));
    }

    @Test
    void floatNoiseBelowSixDecimalsIsATie() {
        // 0.1 + 0.2 = 0.30000000000000004 in binary floating point.
        List<RankedEntry> r = CompetitionRanker.withoutTieBreak()
                .rank(List.of(e("A", 0.1 + 0.2), e("B", 0.3), e("C", 0.3000011)));
        assertEquals(List.of("C", "A", "B"), ids(r));
        assertEquals(List.of(1, 2, 2), ranks(r));
    }

    @Test
    void higherRawMeanBreaksTie() {
        CompetitionRanker ranker = new CompetitionRanker(List.of(TieBreaker.HIGHER_RAW_MEAN));
        List<RankedEntry> r = ranker.rank(List.of(e("A", 1.0, 70, 3), e("B", 1.0, 80, 3), e("C", 2.0, 60, 3)));
        assertEquals(List.of("C", "B", "A"), ids(r));
        assertEquals(List.of(1, 2, 3), ranks(r));
    }

    @Test
    void chainFallsThroughToJurorCountThenKeepsTie() {
        CompetitionRanker ranker = new CompetitionRanker(List.of(TieBreaker.HIGHER_RAW_MEAN, TieBreaker.MORE_JURORS));
        List<RankedEntry> r = ranker.rank(List.of(
                e("A", 1.0, 80, 3), e("B", 1.0, 80, 5), e("C", 1.0, 80, 3), e("D", 1.0, 79, 9)));
        // B wins on jurors, A and C remain tied, D loses on raw mean despite more jurors.
        assertEquals(List.of("B", "A", "C", "D"), ids(r));
        assertEquals(List.of(1, 2, 2, 4), ranks(r));
    }

    @Test
    void chainOrderMatters() {
        CompetitionRanker ranker = new CompetitionRanker(List.of(TieBreaker.MORE_JURORS, TieBreaker.HIGHER_RAW_MEAN));
        List<RankedEntry> r = ranker.rank(List.of(e("A", 1.0, 90, 3), e("B", 1.0, 70, 5)));
        assertEquals(List.of("B", "A"), ids(r));
        assertEquals(List.of(1, 2), ranks(r));
    }

    @Test
    void rawMeanTieBreakerAlsoIgnoresFloatNoise() {
        CompetitionRanker ranker = new CompetitionRanker(List.of(TieBreaker.HIGHER_RAW_MEAN));
        List<RankedEntry> r = ranker.rank(List.of(e("A", 1.0, 0.1 + 0.2, 3), e("B", 1.0, 0.3, 3)));
        assertEquals(List.of(1, 1), ranks(r));
    }
}
