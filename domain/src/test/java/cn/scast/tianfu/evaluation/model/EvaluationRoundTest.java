package cn.scast.tianfu.evaluation.model;

import cn.scast.tianfu.evaluation.RoundRules;
import cn.scast.tianfu.evaluation.award.BandBasis;
import cn.scast.tianfu.evaluation.award.TierRule;
import cn.scast.tianfu.evaluation.award.TierScheme;
import cn.scast.tianfu.evaluation.ranking.AdvancementPolicy;
import cn.scast.tianfu.evaluation.ranking.TieBreaker;
import cn.scast.tianfu.evaluation.scoring.Criterion;
import cn.scast.tianfu.evaluation.scoring.FormType;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvaluationRoundTest {

    private static final Instant OPENS = Instant.parse("2026-03-01T00:00:00Z");
    private static final Instant CLOSES = Instant.parse("2026-03-31T00:00:00Z");

    private static EvaluationRound round(String tiers) {
        return new EvaluationRound(null, 1, "初评", OPENS, CLOSES, FormType.WEIGHTED, true, 2, 3,
                AdvancementPolicy.EXCLUDE_TIED_GROUP, "HIGHER_RAW_MEAN, MORE_JURORS", tiers);
    }

    @Test
    void quotaSchemeAndTieBreakersBecomeTheRoundRules() {
        RoundRules rules = round("QUOTA:一等奖=1;二等奖=2;三等奖=3").rules();

        assertEquals(List.of(TieBreaker.HIGHER_RAW_MEAN, TieBreaker.MORE_JURORS), rules.tieBreakers());
        assertEquals(3, rules.advancingPlaces());
        assertEquals(AdvancementPolicy.EXCLUDE_TIED_GROUP, rules.advancementPolicy());
        assertTrue(rules.tiers().isQuota());
        assertEquals(List.of("一等奖", "二等奖", "三等奖"), rules.tiers().tiers().stream().map(t -> t.name()).toList());
        assertEquals(new TierRule.Quota(2), rules.tiers().tiers().get(1).rule());
    }

    @Test
    void bandSchemeKeepsItsBasisAndNoSchemeMeansNoTiers() {
        TierScheme bands = round("BAND_RAW_MEAN:金奖=90;银奖=80").rules().tiers();
        assertFalse(bands.isQuota());
        assertEquals(BandBasis.RAW_MEAN, bands.basis());
        assertEquals(new TierRule.MinScore(80), bands.tiers().get(1).rule());
        assertTrue(round(null).rules().tiers().tiers().isEmpty());
    }

    @Test
    void malformedSchemesAndWindowsAreRefusedWhenTheRoundIsMade() {
        assertThrows(IllegalArgumentException.class, () -> round("一等奖=1"));
        assertThrows(IllegalArgumentException.class, () -> round("PODIUM:金奖=1"));
        assertThrows(IllegalArgumentException.class, () -> round("BAND_RAW_MEAN:金奖=80;银奖=90"));
        assertThrows(IllegalArgumentException.class, () -> new EvaluationRound(null, 1, "初评", CLOSES, OPENS,
                FormType.WEIGHTED, false, 2, 0, AdvancementPolicy.INCLUDE_ALL_TIED, null, null));
    }

    @Test
    void roundIsOpenFromOpeningUntilJustBeforeClosing() {
        EvaluationRound r = round(null);
        assertFalse(r.isOpenAt(OPENS.minusSeconds(1)));
        assertTrue(r.isOpenAt(OPENS));
        assertTrue(r.isOpenAt(CLOSES.minusMillis(1)));
        assertFalse(r.isOpenAt(CLOSES));
    }

    @Test
    void criteriaRowsRebuildTheScoringForm() {
        EvaluationRound r = round(null);
        r.addCriterion(new Criterion("INNOVATION", "创新性", 1, 0, 30));
        r.addCriterion(new Criterion("WRITING", "写作规范", 1, 0, 15));

        assertEquals(List.of(1, 2), r.getCriteria().stream().map(RoundCriterion::getSortOrder).toList());
        assertEquals(0, new BigDecimal("45").compareTo(r.form().maxTotal()));
        assertEquals(0, new BigDecimal("32.5").compareTo(r.form().weightedTotal(
                Map.of("INNOVATION", new BigDecimal("20"), "WRITING", new BigDecimal("12.5")))));
    }

    @Test
    void jurorCategoriesRoundTripThroughTheColumn() {
        Juror j = new Juror(null, "juror1", "李明远", "四川大学", List.of("INFO", "ENG"), false);
        assertEquals("ENG,INFO", j.getCategories());
        assertEquals(Set.of("INFO", "ENG"), j.profile().categories());
        assertTrue(j.profile().canJudge("ENG"));
        assertEquals("juror1", j.profile().id());
    }
}
