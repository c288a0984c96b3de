package cn.scast.tianfu.evaluation.conflict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.scast.tianfu.evaluation.EntryProfile;
import cn.scast.tianfu.evaluation.JurorProfile;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConflictCheckerTest {

    private static final JurorProfile WANG = new JurorProfile("J1", "王教授", "四川大学", Set.of("信息"));
    private static final JurorProfile LI = new JurorProfile("J2", "李研究员", "中科院成都分院", Set.of("信息"));

    private static final EntryProfile FROM_SCU = new EntryProfile("P1", "信息", "四川大学", "成都市科协");
    private static final EntryProfile RECOMMENDED_BY_SCU = new EntryProfile("P2", "信息", "电子科技大学", "四川大学");
    private static final EntryProfile UNRELATED = new EntryProfile("P3", "信息", "西南交通大学", "成都市科协");

    private final ConflictChecker checker = ConflictChecker.standard(List.of(
            new Recusal("J2", "P3", "曾指导该项目"), new Recusal("J1", "P1", "项目负责人是本人学生")));

    @Test
    void sameOrganisationAsEntrant() {
        ConflictVerdict v = new ConflictChecker(List.of(new SameOrganisationRule())).check(WANG, FROM_SCU);
        assertTrue(v.conflicted());
        assertEquals(List.of("同单位回避"), v.reasons());
    }

    @Test
    void sameOrganisationAsRecommendingUnit() {
        ConflictVerdict v = checker.check(WANG, RECOMMENDED_BY_SCU);
        assertEquals(List.of("同单位回避（推荐单位）"), v.reasons());
    }

    @Test
    void organisationNamesAreComparedTrimmed() {
        JurorProfile padded = new JurorProfile("J9", "赵", " 四川大学 ", Set.of());
        assertTrue(checker.isConflicted(padded, FROM_SCU));
    }

    @Test
    void missingOrBlankOrganisationsNeverMatch() {
        JurorProfile noOrg = new JurorProfile("J8", "钱", null, Set.of());
        JurorProfile blankOrg = new JurorProfile("J7", "孙", "  ", Set.of());
        EntryProfile blankEntry = new EntryProfile("P8", "信息", "  ", null);
        assertFalse(checker.isConflicted(noOrg, FROM_SCU));
        assertFalse(checker.isConflicted(blankOrg, blankEntry));
    }

    @Test
    void declaredRecusalCarriesReasonAndAppliesOnlyToThatPair() {
        ConflictVerdict v = checker.check(LI, UNRELATED);
        assertEquals(List.of("本人申请回避：曾指导该项目"), v.reasons());
        assertFalse(checker.isConflicted(LI, FROM_SCU));
        assertFalse(checker.isConflicted(WANG, UNRELATED));
    }

    @Test
    void allReasonsAreReported() {
        ConflictVerdict v = checker.check(WANG, FROM_SCU);
        assertEquals(List.of("同单位回避", "本人申请回避：项目负责人是本人学生"), v.reasons());
        assertEquals("同单位回避；本人申请回避：项目负责人是本人学生", v.summary());
    }

    @Test
    void unrelatedPairIsClear() {
        ConflictVerdict v = checker.check(LI, FROM_SCU);
        assertFalse(v.conflicted());
        assertEquals("", v.summary());
    }

    @Test
    void recusalWithoutReasonIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Recusal("J1", "P1", " "));
    }
}
