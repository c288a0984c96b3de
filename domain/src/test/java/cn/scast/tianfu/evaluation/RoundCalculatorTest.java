package cn.scast.tianfu.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.scast.tianfu.evaluation.award.AwardTier;
import cn.scast.tianfu.evaluation.award.BandBasis;
import cn.scast.tianfu.evaluation.award.TierScheme;
import cn.scast.tianfu.evaluation.normalisation.ScoreRecord;
import cn.scast.tianfu.evaluation.ranking.AdvancementPolicy;
import cn.scast.tianfu.evaluation.ranking.TieBreaker;
import cn.scast.tianfu.evaluation.scoring.Criterion;
import cn.scast.tianfu.evaluation.scoring.ScoringForm;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoundCalculatorTest {

    private static final double EPS = 1e-9;

    @Test
    void handExampleLeaderboard() {
        RoundRules rules = new RoundRules(List.of(TieBreaker.HIGHER_RAW_MEAN), 2, AdvancementPolicy.INCLUDE_ALL_TIED,
                TierScheme.byQuota(List.of(AwardTier.quota("一等奖", 1), AwardTier.quota("二等奖", 2))));
        RoundResult result = new RoundCalculator(rules).calculate(HandExample.records());

        assertEquals(List.of("E1", "E3", "E2", "E4"), result.entries().stream().map(EntryResult::entryId).toList());
        EntryResult e1 = result.find("E1").orElseThrow();
        assertEquals(1, e1.rank());
        assertEquals(HandExample.Z_E1, e1.zScore(), EPS);
        assertEquals(50 + 10 * HandExample.Z_E1, e1.displayScore(), EPS);
        assertEquals(235.0 / 3, e1.rawMean(), EPS);
        assertEquals(3, e1.jurorCount());
        assertEquals("一等奖", e1.tier());
        assertTrue(e1.advanced());

        EntryResult e3 = result.find("E3").orElseThrow();
        assertEquals(2, e3.rank());
        assertEquals("二等奖", e3.tier());
        assertTrue(e3.advanced());

        EntryResult e2 = result.find("E2").orElseThrow();
        assertEquals(3, e2.rank());
        assertEquals("二等奖", e2.tier());
        assertFalse(e2.advanced());

        EntryResult e4 = result.find("E4").orElseThrow();
        assertEquals(4, e4.rank());
        assertNull(e4.tier());
        assertTrue(e4.tierName().isEmpty());
        assertFalse(e4.advanced());
        assertEquals(2, result.advanced().size());
    }

    @Test
    void tiedBoundaryWithBothPoliciesAndTieBreakOff() {
        // X: E1 100, E2 0 → z +1, −1; Y: E1 50, E2 51 → z −1, +1; Z scores E3 only (z 0).
        // E1 and E2 tie at z 0 with E3; without tie-breaker all three share rank 1.
        List<ScoreRecord> records = List.of(
                new ScoreRecord("X", "E1", 100), new ScoreRecord("X", "E2", 0),
                new ScoreRecord("Y", "E1", 50), new ScoreRecord("Y", "E2", 51),
                new ScoreRecord("Z", "E3", 70));
        RoundResult include = new RoundCalculator(new RoundRules(List.of(), 2, AdvancementPolicy.INCLUDE_ALL_TIED,
                TierScheme.none())).calculate(records);
        assertEquals(List.of(1, 1, 1), include.entries().stream().map(EntryResult::rank).toList());
        assertEquals(3, include.advanced().size());

        RoundResult exclude = new RoundCalculator(new RoundRules(List.of(), 2, AdvancementPolicy.EXCLUDE_TIED_GROUP,
                TierScheme.none())).calculate(records);
        assertEquals(0, exclude.advanced().size());

        // With the raw-mean tie-breaker: E1 (75) > E3 (70) > E2 (25.5).
        RoundResult broken = new RoundCalculator(new RoundRules(List.of(TieBreaker.HIGHER_RAW_MEAN), 2,
                AdvancementPolicy.EXCLUDE_TIED_GROUP, TierScheme.none())).calculate(records);
        assertEquals(List.of("E1", "E3", "E2"), broken.entries().stream().map(EntryResult::entryId).toList());
        assertEquals(List.of("E1", "E3"), broken.advanced().stream().map(EntryResult::entryId).toList());
    }

    @Test
    void fromScoreSheetsToBandTiers() {
        ScoringForm form = ScoringForm.weighted(List.of(
                new Criterion("INNOV", "创新性", 1, 0, 30), new Criterion("SCI", "科学性", 1, 0, 40),
                new Criterion("VALUE", "应用价值", 1, 0, 30)));
        String[][] sheets = {
            // juror, entry, 创新性, 科学性, 应用价值   → total
            {"A", "P1", "28", "38", "27"},            // 93
            {"A", "P2", "20", "30", "22.5"},          // 72.5
            {"B", "P1", "26", "36", "25"},            // 87
            {"B", "P2", "22", "33", "24"},            // 79
        };
        List<ScoreRecord> records = new ArrayList<>();
        for (String[] s : sheets) {
            BigDecimal total = form.weightedTotal(Map.of("INNOV", new BigDecimal(s[2]),
                    "SCI", new BigDecimal(s[3]), "VALUE", new BigDecimal(s[4])));
            records.add(new ScoreRecord(s[0], s[1], total));
        }
        RoundRules rules = new RoundRules(List.of(), 0, AdvancementPolicy.INCLUDE_ALL_TIED,
                TierScheme.byBands(BandBasis.RAW_MEAN, List.of(AwardTier.band("金奖", 90), AwardTier.band("银奖", 80),
                        AwardTier.band("铜奖", 70))));
        RoundResult result = new RoundCalculator(rules).calculate(records);
        // P1 raw mean (93 + 87) / 2 = 90 → 金奖; P2 (72.5 + 79) / 2 = 75.75 → 铜奖
        assertEquals(90.0, result.find("P1").orElseThrow().rawMean(), EPS);
        assertEquals("金奖", result.find("P1").orElseThrow().tier());
        assertEquals(75.75, result.find("P2").orElseThrow().rawMean(), EPS);
        assertEquals("铜奖", result.find("P2").orElseThrow().tier());
        // Each juror preferred P1, so z = +1 for P1 and −1 for P2.
        assertEquals(1.0, result.find("P1").orElseThrow().zScore(), EPS);
        assertEquals(-1.0, result.find("P2").orElseThrow().zScore(), EPS);
        assertTrue(result.advanced().isEmpty());
    }
}
