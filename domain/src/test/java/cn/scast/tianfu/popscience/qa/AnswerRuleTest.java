package cn.scast.tianfu.popscience.qa;

import cn.scast.tianfu.platform.RuleViolation;
import cn.scast.tianfu.popscience.PopScienceTopic;
import cn.scast.tianfu.popscience.Region;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who may answer a 科普 question, in which capacity, and when a question becomes public. */
class AnswerRuleTest {

    private static final Region WUHOU = new Region("510100", "510107", null);
    private static final Region JINJIANG = new Region("510100", "510104", null);
    private static final Region CHENGDU = new Region("510100", null, null);
    private static final Region ZIGONG_COUNTY = new Region("510300", "510302", null);

    private static final Answerer ADMIN = new Answerer(true, null, Set.of(), Set.of());
    private static final Answerer CHENGDU_STAFF = new Answerer(false, "510100", Set.of(), Set.of());
    private static final Answerer WUHOU_VOLUNTEER = new Answerer(false, null, Set.of("510107"), Set.of());
    private static final Answerer HEALTH_EXPERT = new Answerer(false, null, Set.of(), Set.of(PopScienceTopic.HEALTH));

    @Test
    void theProvinceOfficeAnswersEverywhereAsStaff() {
        assertEquals(Optional.of(AnswererKind.STAFF), AnswerRule.mayAnswer(ADMIN, PopScienceTopic.SPACE, ZIGONG_COUNTY));
    }

    @Test
    void cityStaffAnswerOnlyTheirOwnCity() {
        assertEquals(Optional.of(AnswererKind.STAFF), AnswerRule.mayAnswer(CHENGDU_STAFF, PopScienceTopic.SPACE, WUHOU));
        assertEquals(Optional.of(AnswererKind.STAFF), AnswerRule.mayAnswer(CHENGDU_STAFF, PopScienceTopic.SPACE, CHENGDU));
        assertEquals(Optional.empty(), AnswerRule.mayAnswer(CHENGDU_STAFF, PopScienceTopic.SPACE, ZIGONG_COUNTY));
    }

    @Test
    void aVolunteerAnswersOnlyTheCountyOfTheRegistryEntry() {
        assertEquals(Optional.of(AnswererKind.VOLUNTEER), AnswerRule.mayAnswer(WUHOU_VOLUNTEER, PopScienceTopic.HEALTH, WUHOU));
        assertEquals(Optional.of(AnswererKind.VOLUNTEER), AnswerRule.mayAnswer(WUHOU_VOLUNTEER, PopScienceTopic.ENERGY,
                new Region("510100", "510107", "浆洗街街道")));
        assertEquals(Optional.empty(), AnswerRule.mayAnswer(WUHOU_VOLUNTEER, PopScienceTopic.HEALTH, JINJIANG));
        assertEquals(Optional.empty(), AnswerRule.mayAnswer(WUHOU_VOLUNTEER, PopScienceTopic.HEALTH, CHENGDU),
                "a question known only by city belongs to no county");
    }

    @Test
    void anExpertAnswersTheTopicAnywhereButNoOtherTopic() {
        assertEquals(Optional.of(AnswererKind.EXPERT), AnswerRule.mayAnswer(HEALTH_EXPERT, PopScienceTopic.HEALTH, ZIGONG_COUNTY));
        assertEquals(Optional.empty(), AnswerRule.mayAnswer(HEALTH_EXPERT, PopScienceTopic.SAFETY, WUHOU));
    }

    @Test
    void theClosestCapacityIsShown() {
        Answerer both = new Answerer(true, null, Set.of("510107"), Set.of(PopScienceTopic.HEALTH));
        assertEquals(Optional.of(AnswererKind.VOLUNTEER), AnswerRule.mayAnswer(both, PopScienceTopic.HEALTH, WUHOU));
        assertEquals(Optional.of(AnswererKind.EXPERT), AnswerRule.mayAnswer(both, PopScienceTopic.HEALTH, JINJIANG));
        assertEquals(Optional.of(AnswererKind.STAFF), AnswerRule.mayAnswer(both, PopScienceTopic.SPACE, JINJIANG));
    }

    @Test
    void anyoneElseMayNotAnswer() {
        assertEquals(Optional.empty(), AnswerRule.mayAnswer(Answerer.NOBODY, PopScienceTopic.HEALTH, WUHOU));
        assertFalse(Answerer.NOBODY.answersAnything());
        assertTrue(WUHOU_VOLUNTEER.answersAnything());
        assertEquals(Optional.empty(), AnswerRule.mayAnswer(null, PopScienceTopic.HEALTH, WUHOU));
    }

    @Test
    void onlyTheProvinceOfficeAndTheCitysStaffModerate() {
        assertTrue(AnswerRule.mayModerate(ADMIN, ZIGONG_COUNTY));
        assertTrue(AnswerRule.mayModerate(CHENGDU_STAFF, WUHOU));
        assertFalse(AnswerRule.mayModerate(CHENGDU_STAFF, ZIGONG_COUNTY));
        assertFalse(AnswerRule.mayModerate(WUHOU_VOLUNTEER, WUHOU));
        assertFalse(AnswerRule.mayModerate(HEALTH_EXPERT, WUHOU));
    }

    @Test
    void aQuestionIsPublicOnceItHasAVisibleAnswerAndIsNotHidden() {
        PopScienceQuestion question = new PopScienceQuestion(1L, "高血压要终身服药吗", "医生开了降压药，血压正常后可以停药吗？",
                PopScienceTopic.HEALTH, WUHOU, Instant.now());
        assertFalse(question.isPublic());
        question.answered(Instant.now());
        assertTrue(question.isPublic());
        question.answerHidden();
        assertFalse(question.isPublic(), "its only answer was hidden");
        question.answered(Instant.now());
        question.hide();
        assertFalse(question.isPublic());
    }

    @Test
    void lengthsAndTheCityAreChecked() {
        assertThrows(RuleViolation.class, () -> new PopScienceQuestion(1L, "短", "足够长的问题描述文字内容", PopScienceTopic.HEALTH,
                WUHOU, Instant.now()));
        assertThrows(RuleViolation.class, () -> new PopScienceQuestion(1L, "合适的标题", "太短", PopScienceTopic.HEALTH,
                WUHOU, Instant.now()));
        assertThrows(RuleViolation.class, () -> new PopScienceQuestion(1L, "合适的标题", "足够长的问题描述文字内容",
                PopScienceTopic.HEALTH, Region.PROVINCE, Instant.now()));
        assertThrows(RuleViolation.class, () -> new PopScienceAnswer(1L, 2L, "某人", AnswererKind.EXPERT, "好", Instant.now()));
    }
}
