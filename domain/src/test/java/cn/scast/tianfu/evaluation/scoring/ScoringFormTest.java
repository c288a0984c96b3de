package cn.scast.tianfu.evaluation.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoringFormTest {

    private static final ScoringForm FORM = ScoringForm.weighted(List.of(
            new Criterion("INNOV", "创新性", 1, 0, 30),
            new Criterion("SCI", "科学性", 1, 0, 40),
            new Criterion("VALUE", "应用价值", 1, 0, 30)));

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    void totalIsSumOfValuesForUnitWeights() {
        // 27.5 + 35 + 20 = 82.5
        BigDecimal total = FORM.weightedTotal(Map.of("INNOV", d("27.5"), "SCI", d("35"), "VALUE", d("20")));
        assertEquals(0, d("82.5").compareTo(total), "got " + total);
    }

    @Test
    void totalAppliesWeights() {
        ScoringForm form = ScoringForm.weighted(List.of(
                new Criterion("A", "学术水平", 0.4, 0, 100),
                new Criterion("B", "社会效益", 0.6, 0, 100)));
        // 0.4 × 80 + 0.6 × 90.5 = 32 + 54.3 = 86.3
        BigDecimal total = form.weightedTotal(Map.of("A", d("80"), "B", d("90.5")));
        assertEquals(0, d("86.3").compareTo(total), "got " + total);
        assertEquals(0, d("100").compareTo(form.maxTotal()));
    }

    @Test
    void boundaryValuesAreAccepted() {
        BigDecimal low = FORM.weightedTotal(Map.of("INNOV", d("0"), "SCI", d("0"), "VALUE", d("0")));
        BigDecimal high = FORM.weightedTotal(Map.of("INNOV", d("30"), "SCI", d("40"), "VALUE", d("30.0")));
        assertEquals(0, low.signum());
        assertEquals(0, d("100").compareTo(high));
    }

    @Test
    void valueAboveMaxIsRejectedWithChineseMessage() {
        ScoreOutOfRangeException ex = assertThrows(ScoreOutOfRangeException.class,
                () -> FORM.weightedTotal(Map.of("INNOV", d("120"), "SCI", d("35"), "VALUE", d("20"))));
        assertEquals("评分项「创新性」的分数 120 超出范围 0–30", ex.getMessage());
        assertEquals("INNOV", ex.criterionCode());
    }

    @Test
    void valueBelowMinIsRejected() {
        ScoreOutOfRangeException ex = assertThrows(ScoreOutOfRangeException.class,
                () -> FORM.weightedTotal(Map.of("INNOV", d("10"), "SCI", d("-0.5"), "VALUE", d("20"))));
        assertEquals("评分项「科学性」的分数 -0.5 超出范围 0–40", ex.getMessage());
    }

    @Test
    void missingCriterionIsRejected() {
        MissingCriterionException ex = assertThrows(MissingCriterionException.class,
                () -> FORM.weightedTotal(Map.of("INNOV", d("10"), "VALUE", d("20"))));
        assertEquals("评分项「科学性」未打分", ex.getMessage());
        assertEquals("SCI", ex.criterionCode());
    }

    @Test
    void unknownCriterionIsRejected() {
        ScoreSheetException ex = assertThrows(UnknownCriterionException.class, () -> FORM.weightedTotal(
                Map.of("INNOV", d("10"), "SCI", d("10"), "VALUE", d("20"), "EXTRA", d("5"))));
        assertEquals("评分表中不存在评分项「EXTRA」", ex.getMessage());
    }

    @Test
    void moreThanOneDecimalIsRejected() {
        ScorePrecisionException ex = assertThrows(ScorePrecisionException.class,
                () -> FORM.weightedTotal(Map.of("INNOV", d("27.55"), "SCI", d("35"), "VALUE", d("20"))));
        assertEquals("评分项「创新性」的分数 27.55 最多保留一位小数", ex.getMessage());
    }

    @Test
    void trailingZerosDoNotCountAsPrecision() {
        BigDecimal total = FORM.weightedTotal(Map.of("INNOV", d("27.50"), "SCI", d("35.000"), "VALUE", d("20")));
        assertEquals(0, d("82.5").compareTo(total));
    }

    @Test
    void invalidCriterionDefinitionsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Criterion("X", "x", 1, 30, 30));
        assertThrows(IllegalArgumentException.class, () -> new Criterion("X", "x", 0, 0, 30));
        assertThrows(IllegalArgumentException.class, () -> ScoringForm.weighted(List.of(
                new Criterion("X", "x", 1, 0, 10), new Criterion("X", "y", 1, 0, 10))));
        assertThrows(IllegalArgumentException.class, () -> ScoringForm.weighted(List.of()));
    }

    @Test
    void passFailScoresHundredOrZero() {
        ScoringForm form = ScoringForm.passFail();
        assertEquals(0, d("100").compareTo(form.passFailTotal(true)));
        assertEquals(0, form.passFailTotal(false).signum());
        assertThrows(IllegalStateException.class, () -> form.weightedTotal(Map.of()));
        assertThrows(IllegalStateException.class, () -> FORM.passFailTotal(true));
    }

    @Test
    void rankingIsConvertedToEvenlySpacedTotals() {
        // n = 3: 100 × (3 − r) / 2 → 100, 50, 0
        Map<String, BigDecimal> totals = ScoringForm.ranking().rankingTotals(Map.of("E1", 2, "E2", 1, "E3", 3));
        assertEquals(0, d("50").compareTo(totals.get("E1")));
        assertEquals(0, d("100").compareTo(totals.get("E2")));
        assertEquals(0, totals.get("E3").signum());
        Map<String, BigDecimal> single = ScoringForm.ranking().rankingTotals(Map.of("E1", 1));
        assertEquals(0, d("100").compareTo(single.get("E1")));
    }

    @Test
    void duplicateOrOutOfRangeRanksAreRejected() {
        ScoringForm form = ScoringForm.ranking();
        InvalidRankingException dup = assertThrows(InvalidRankingException.class,
                () -> form.rankingTotals(Map.of("E1", 1, "E2", 1, "E3", 3)));
        assertEquals("名次 1 被重复使用", dup.getMessage());
        InvalidRankingException range = assertThrows(InvalidRankingException.class,
                () -> form.rankingTotals(Map.of("E1", 1, "E2", 4, "E3", 3)));
        assertEquals("作品「E2」的名次 4 超出范围 1–3", range.getMessage());
        assertThrows(InvalidRankingException.class, () -> form.rankingTotals(Map.of()));
    }
}
