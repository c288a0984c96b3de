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

        project.review(true, "技术成熟度高");
        assertThrows(RuleViolation.class, () -> project.sign("某储能公司", BigDecimal.ZERO));
        project.sign("某储能公司", new BigDecimal("500"));

        assertEquals(FairProjectStatus.SIGNED, project.getStatus());
        assertEquals(new BigDecimal("500"), project.getSignedAmountWanYuan());
    }

    @Test
    void aProjectIsReviewedOnce() {
        FairProject project = project();
        project.review(false, "不成熟");

        RuleViolation again = assertThrows(RuleViolation.class, () -> project.review(true, "重新评审"));
        assertEquals("项目「石墨烯超级电容器」已评审，不能重复评审", again.getMessage());
        assertEquals(FairProjectStatus.NOT_RECOMMENDED, project.getStatus());
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
