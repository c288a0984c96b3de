package cn.scast.tianfu.evaluation.award;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.scast.tianfu.evaluation.normalisation.NormalisedEntry;
import cn.scast.tianfu.evaluation.ranking.CompetitionRanker;
import cn.scast.tianfu.evaluation.ranking.RankedEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TierAssignerTest {

    private static final TierScheme QUOTAS = TierScheme.byQuota(List.of(
            AwardTier.quota("特等奖", 1), AwardTier.quota("一等奖", 3),
            AwardTier.quota("二等奖", 5), AwardTier.quota("三等奖", 6)));

    private static final TierScheme BANDS = TierScheme.byBands(BandBasis.RAW_MEAN, List.of(
            AwardTier.band("金奖", 90), AwardTier.band("银奖", 80), AwardTier.band("铜奖", 70)));

    private static List<RankedEntry> rank(double... zScores) {
        List<NormalisedEntry> list = new ArrayList<>();
        for (int i = 0; i < zScores.length; i++) {
            list.add(new NormalisedEntry(String.format("E%02d", i + 1), 70, 3, zScores[i]));
        }
        return CompetitionRanker.withoutTieBreak().rank(list);
    }

    private static Map<String, String> names(Map<String, AwardTier> tiers) {
        Map<String, String> m = new LinkedHashMap<>();
        tiers.forEach((k, v) -> m.put(k, v.name()));
        return m;
    }

    private static Map<String, Integer> counts(Map<String, AwardTier> tiers) {
        Map<String, Integer> m = new LinkedHashMap<>();
        tiers.values().forEach(t -> m.merge(t.name(), 1, Integer::sum));
        return m;
    }

    @Test
    void quotasFillInOrderAndRestGetsNothing() {
        double[] z = new double[20];
        for (int i = 0; i < z.length; i++) {
            z[i] = 20 - i; // E01 best … E20 worst, no ties
        }
        Map<String, AwardTier> tiers = new TierAssigner(QUOTAS).assign(rank(z));
        assertEquals(Map.of("特等奖", 1, "一等奖", 3, "二等奖", 5, "三等奖", 6), counts(tiers));
        assertEquals("特等奖", tiers.get("E01").name());
        assertEquals("一等奖", tiers.get("E04").name());
        assertEquals("二等奖", tiers.get("E05").name());
        assertEquals("三等奖", tiers.get("E15").name());
        assertEquals(null, tiers.get("E16"));
    }

    @Test
    void tieAcrossQuotaBoundaryGetsHigherTier() {
        // Ranks: E01 1, E02 2, E03 3, E04 4, E05 4, E06 6. 一等奖 covers places 2–4, so E04 and E05 both
        // get 一等奖 and 二等奖 starts at rank 6.
        Map<String, String> tiers = names(new TierAssigner(QUOTAS).assign(rank(9, 8, 7, 6, 6, 5)));
        assertEquals("一等奖", tiers.get("E04"));
        assertEquals("一等奖", tiers.get("E05"));
        assertEquals("二等奖", tiers.get("E06"));
    }

    @Test
    void tieForFirstPlaceSharesTopTier() {
        Map<String, String> tiers = names(new TierAssigner(QUOTAS).assign(rank(9, 9, 8)));
        assertEquals(Map.of("E01", "特等奖", "E02", "特等奖", "E03", "一等奖"), tiers);
    }

    @Test
    void tieAtLastBoundaryAwardsWholeGroup() {
        TierScheme scheme = TierScheme.byQuota(List.of(AwardTier.quota("一等奖", 1), AwardTier.quota("二等奖", 1)));
        Map<String, String> tiers = names(new TierAssigner(scheme).assign(rank(9, 8, 8, 7)));
        assertEquals(Map.of("E01", "一等奖", "E02", "二等奖", "E03", "二等奖"), tiers);
    }

    @Test
    void bandsByRawMeanIncludingBoundaries() {
        List<NormalisedEntry> list = List.of(
                new NormalisedEntry("A", 95, 3, 5), new NormalisedEntry("B", 90, 3, 4),
                new NormalisedEntry("C", 89.9, 3, 3), new NormalisedEntry("D", 80, 3, 2),
                new NormalisedEntry("E", 70, 3, 1), new NormalisedEntry("F", 69.9, 3, 0),
                new NormalisedEntry("G", 89.99999999999, 3, -1));
        Map<String, String> tiers = names(new TierAssigner(BANDS).assign(CompetitionRanker.withoutTieBreak().rank(list)));
        assertEquals(Map.of("A", "金奖", "B", "金奖", "C", "银奖", "D", "银奖", "E", "铜奖", "G", "金奖"), tiers);
    }

    @Test
    void bandsByDisplayScoreUseNormalisedScale() {
        TierScheme scheme = TierScheme.byBands(BandBasis.DISPLAY_SCORE, List.of(AwardTier.band("优秀", 60)));
        // display = 50 + 10 z: z = 1 → 60 (qualifies even though raw mean is low), z = 0.99 → 59.9
        List<NormalisedEntry> list = List.of(new NormalisedEntry("A", 10, 3, 1.0), new NormalisedEntry("B", 99, 3, 0.99));
        Map<String, String> tiers = names(new TierAssigner(scheme).assign(CompetitionRanker.withoutTieBreak().rank(list)));
        assertEquals(Map.of("A", "优秀"), tiers);
    }

    @Test
    void noTiersAwardsNothing() {
        assertEquals(Map.of(), new TierAssigner(TierScheme.none()).assign(rank(3, 2, 1)));
    }

    @Test
    void invalidSchemesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> TierScheme.byBands(BandBasis.RAW_MEAN,
                List.of(AwardTier.band("银奖", 80), AwardTier.band("金奖", 90))));
        assertThrows(IllegalArgumentException.class, () -> TierScheme.byBands(BandBasis.RAW_MEAN,
                List.of(AwardTier.band("金奖", 90), AwardTier.quota("银奖", 3))));
        assertThrows(IllegalArgumentException.class, () -> TierScheme.byQuota(
                List.of(AwardTier.quota("一等奖", 1), AwardTier.band("二等奖", 80))));
        assertThrows(IllegalArgumentException.class, () -> AwardTier.quota("一等奖", -1));
        assertThrows(IllegalArgumentException.class, () -> AwardTier.quota(" ", 1));
    }
}
