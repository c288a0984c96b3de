package cn.scast.tianfu.fair;

import cn.scast.tianfu.fair.FairRecommendation.Candidate;
import cn.scast.tianfu.fair.FairRecommendation.Outcome;
import cn.scast.tianfu.platform.RuleViolation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static cn.scast.tianfu.fair.FairProjectType.ACHIEVEMENT;
import static cn.scast.tianfu.fair.FairProjectType.CHALLENGE;
import static cn.scast.tianfu.fair.FairProjectType.HIGH_TECH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FairRecommendationTest {

    private static Candidate c(long id, FairProjectType type, int rank, String mean) {
        return new Candidate(id, type, rank, new BigDecimal(mean));
    }

    private static Map<Long, Outcome> decide(int places, String passMark, Candidate... candidates) {
        return new FairRecommendation(places, new BigDecimal(passMark)).decide(List.of(candidates)).stream()
                .collect(Collectors.toMap(Outcome::entryId, o -> o));
    }

    @Test
    void placesCountWithinEachTypeByTheOverallRank() {
        // Overall ranks 1..5 mixed over two types; two places per type.
        Map<Long, Outcome> o = decide(2, "60",
                c(1, HIGH_TECH, 1, "91"), c(2, ACHIEVEMENT, 2, "88"), c(3, HIGH_TECH, 3, "85"),
                c(4, HIGH_TECH, 4, "80"), c(5, ACHIEVEMENT, 5, "70"));

        assertTrue(o.get(1L).recommended() && o.get(3L).recommended(), "高新技术 places 1 and 2");
        assertFalse(o.get(4L).recommended());
        assertEquals(3, o.get(4L).placeInType());
        assertEquals("专家评审同类第 3 名，平均分 80.00，超出每类推荐名额 2", o.get(4L).reason());
        assertTrue(o.get(2L).recommended() && o.get(5L).recommended(), "科技成果 places 1 and 2");
        assertEquals("专家评审同类第 2 名，平均分 70.00，推荐", o.get(5L).reason());
    }

    @Test
    void aTieOnTheLastPlaceRecommendsTheWholeTie() {
        Map<Long, Outcome> o = decide(1, "60", c(7, CHALLENGE, 2, "75.5"), c(8, CHALLENGE, 2, "75.5"),
                c(9, CHALLENGE, 4, "74"));

        assertTrue(o.get(7L).recommended() && o.get(8L).recommended());
        assertEquals(1, o.get(8L).placeInType());
        assertEquals(3, o.get(9L).placeInType());
        assertFalse(o.get(9L).recommended());
    }

    @Test
    void aProjectBelowThePassMarkIsNotRecommendedEvenAloneInItsType() {
        Map<Long, Outcome> o = decide(3, "60", c(11, ACHIEVEMENT, 1, "59.996"), c(12, HIGH_TECH, 2, "59.994"));

        assertTrue(o.get(11L).recommended(), "59.996 rounds to 60.00, on the line");
        assertFalse(o.get(12L).recommended());
        assertEquals("专家评审同类第 1 名，平均分 59.99，低于推荐分数线 60", o.get(12L).reason());
    }

    @Test
    void everyProjectMustBeScoredAndTheRuleMustMakeSense() {
        assertThrows(IllegalArgumentException.class, () -> c(1, HIGH_TECH, 0, "0"));
        assertThrows(IllegalArgumentException.class, () -> new FairRecommendation(0, BigDecimal.TEN));
        RuleViolation places = assertThrows(RuleViolation.class, () -> FairReview.checkRule(0, BigDecimal.TEN));
        assertEquals("每类推荐名额须为正整数", places.getMessage());
        assertThrows(RuleViolation.class, () -> FairReview.checkRule(1, new BigDecimal("100.5")));
        assertThrows(RuleViolation.class, () -> FairReview.checkRule(1, null));
    }
}
