package cn.scast.tianfu.fair;

import cn.scast.tianfu.platform.RuleViolation;
import cn.scast.tianfu.workstation.EvaluationGrade;
import cn.scast.tianfu.workstation.Workstation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FairProjectTest {

    private static FairProject project() {
        return new FairProject(2026, "石墨烯超级电容器", FairProjectType.HIGH_TECH, "510100", "西南交通大学");
    }

    @Test
    void onlyRecommendedProjectsCanBeSignedAndOnlyWithAnAmount() {
        FairProject project = project();
        assertThrows(RuleViolation.class, () -> project.sign("某储能公司", new BigDecimal("500")));

        project.enterReview(41L);
        project.decide(true, new BigDecimal("86.50"), 1, "推荐");
        assertThrows(RuleViolation.class, () -> project.sign("某储能公司", BigDecimal.ZERO));
        project.sign("某储能公司", new BigDecimal("500"));

        assertEquals(FairProjectStatus.SIGNED, project.getStatus());
        assertEquals(new BigDecimal("500"), project.getSignedAmountWanYuan());
    }

    @Test
    void aProjectIsDecidedOnceAndOnlyAfterTheExpertReview() {
        FairProject project = project();
        RuleViolation unreviewed = assertThrows(RuleViolation.class, () -> project.decide(true, null, null, "推荐"));
        assertEquals("项目「石墨烯超级电容器」未经专家评审，不能确定是否推荐", unreviewed.getMessage());

        project.enterReview(41L);
        assertThrows(RuleViolation.class, () -> project.enterReview(42L));
        project.decide(false, new BigDecimal("55.00"), 2, "低于推荐分数线");

        RuleViolation again = assertThrows(RuleViolation.class, () -> project.decide(true, null, null, "重新评审"));
        assertEquals("项目「石墨烯超级电容器」已评审，不能重复评审", again.getMessage());
        assertEquals(FairProjectStatus.NOT_RECOMMENDED, project.getStatus());
        assertEquals(41L, project.getEvaluationEntryId());
        assertEquals(2, project.getReviewPlace());
    }

    @Test
    void workstationsAreEvaluatedFromTheYearAfterEstablishment() {
        Workstation station = new Workstation("泸州北方化学工业有限公司院士工作站", "泸州北方化学工业有限公司", "510500",
                2021, "王泽山");
        assertThrows(RuleViolation.class, () -> station.grade(2021, EvaluationGrade.GOOD));

        station.grade(2022, EvaluationGrade.EXCELLENT);
        station.grade(2022, EvaluationGrade.GOOD);

        assertEquals(EvaluationGrade.GOOD, station.getGrades().get(2022));
        assertEquals(1, station.getGrades().size());
    }
}
