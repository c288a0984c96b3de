package cn.scast.tianfu.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.scast.tianfu.evaluation.award.TierScheme;
import cn.scast.tianfu.evaluation.normalisation.ScoreRecord;
import cn.scast.tianfu.evaluation.ranking.AdvancementPolicy;
import cn.scast.tianfu.evaluation.scoring.FormType;
import cn.scast.tianfu.evaluation.scoring.ScoringForm;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Ranking and pass/fail rounds through the whole calculation, with values worked out by hand. */
class FormRoundsTest {

    private static final double EPS = 1e-9;

    private static RoundRules rules(int places) {
        return new RoundRules(List.of(), places, AdvancementPolicy.INCLUDE_ALL_TIED, TierScheme.none());
    }

    private static void addRanking(List<ScoreRecord> records, String juror, Map<String, Integer> ranks) {
        ScoringForm.ranking().rankingTotals(ranks)
                .forEach((entry, total) -> records.add(new ScoreRecord(juror, entry, total)));
    }

    /**
     * Juror A ranks E1, E2, E3 as 1, 2, 3: totals 100, 50, 0; mean 50, σ = √(5000/3) = 40.8248,
     * z = +1.2247, 0, −1.2247. Juror B ranks only E2, E3 as 1, 2: totals 100, 0; σ = 50, z = +1, −1.
     * Means: E1 = 1.2247, E2 = (0 + 1)/2 = 0.5, E3 = (−1.2247 − 1)/2 = −1.1124.
     * A plain mean of ranks would tie E1 and E2 at 1.5 (E1: 1; E2: (2 + 1)/2); the standardised ranks do not,
     * because being first of three says more than being first of two.
     */
    @Test
    void rankingRoundAveragesStandardisedRanks() {
        List<ScoreRecord> records = new ArrayList<>();
        addRanking(records, "A", Map.of("E1", 1, "E2", 2, "E3", 3));
        addRanking(records, "B", Map.of("E2", 1, "E3", 2));

        RoundResult result = RoundCalculator.forForm(rules(2), FormType.RANKING).calculate(records);

        double z = Math.sqrt(1.5); // 50 / √(5000/3)
        assertEquals(List.of("E1", "E2", "E3"), result.entries().stream().map(EntryResult::entryId).toList());
        assertEquals(z, result.find("E1").orElseThrow().zScore(), 1e-6);
        assertEquals(0.5, result.find("E2").orElseThrow().zScore(), 1e-6);
        assertEquals((-z - 1) / 2, result.find("E3").orElseThrow().zScore(), 1e-6);
        assertEquals(75.0, result.find("E2").orElseThrow().rawMean(), EPS);
        assertTrue(result.find("E2").orElseThrow().advanced());
        assertFalse(result.find("E3").orElseThrow().advanced());
    }

    /**
     * Pass = 100, fail = 0. E1 passed by both its jurors (100 %), E2 by one of two (50 %), E3 by its only juror
     * (100 %), E4 failed. J1 passes everything, so after z-scores J1's passes would count for nothing and J2's
     * single pass of E2 would beat E1's unanimous one. By pass rate E1 and E3 both reach 100 %, E1 ahead on more
     * verdicts, then E2, then E4.
     */
    @Test
    void passFailRoundRanksByPassRate() {
        BigDecimal pass = ScoringForm.PASS_SCORE;
        BigDecimal fail = BigDecimal.ZERO;
        List<ScoreRecord> records = List.of(
                new ScoreRecord("J1", "E1", pass), new ScoreRecord("J2", "E1", pass),
                new ScoreRecord("J1", "E2", pass), new ScoreRecord("J2", "E2", fail),
                new ScoreRecord("J3", "E3", pass),
                new ScoreRecord("J2", "E4", fail), new ScoreRecord("J3", "E4", fail));

        RoundResult result = RoundCalculator.forForm(rules(2), FormType.PASS_FAIL).calculate(records);

        assertEquals(List.of("E1", "E3", "E2", "E4"), result.entries().stream().map(EntryResult::entryId).toList());
        assertEquals(List.of(1, 2, 3, 4), result.entries().stream().map(EntryResult::rank).toList());
        assertEquals(50.0, result.find("E2").orElseThrow().rawMean(), EPS);
        assertEquals(List.of("E1", "E3"), result.advanced().stream().map(EntryResult::entryId).toList());
    }

    @Test
    void weightedFormStillUsesZScores() {
        RoundResult plain = new RoundCalculator(rules(1)).calculate(HandExample.records());
        RoundResult viaForm = RoundCalculator.forForm(rules(1), FormType.WEIGHTED).calculate(HandExample.records());
        assertEquals(plain, viaForm);
    }
}
