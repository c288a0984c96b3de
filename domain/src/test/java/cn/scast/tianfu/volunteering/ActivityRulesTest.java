package cn.scast.tianfu.volunteering;

import cn.scast.tianfu.platform.RuleViolation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActivityRulesTest {

    private static final Instant NOW = Instant.parse("2026-06-01T02:00:00Z");
    private static final Instant START = NOW.plus(Duration.ofDays(2));
    private static final Instant END = START.plus(Duration.ofHours(3));

    @Test
    void capacityCountsTheTakenPlaces() {
        assertTrue(ActivityRules.hasPlaceLeft(2, 0));
        assertTrue(ActivityRules.hasPlaceLeft(2, 1));
        assertFalse(ActivityRules.hasPlaceLeft(2, 2));
        assertFalse(ActivityRules.hasPlaceLeft(2, 3));
        assertEquals(1, ActivityRules.placesLeft(2, 1));
        assertEquals(0, ActivityRules.placesLeft(2, 5));
    }

    @Test
    void signUpAndCancellationCloseAtTheStart() {
        assertDoesNotThrow(() -> ActivityRules.checkSignUpOpen(START, START.minusSeconds(1)));
        RuleViolation late = assertThrows(RuleViolation.class, () -> ActivityRules.checkSignUpOpen(START, START));
        assertTrue(late.getMessage().contains("已开始"));
        assertThrows(RuleViolation.class, () -> ActivityRules.checkSignUpOpen(START, END));
        assertDoesNotThrow(() -> ActivityRules.checkCancellable(START, NOW));
        assertThrows(RuleViolation.class, () -> ActivityRules.checkCancellable(START, START.plusSeconds(1)));
    }

    @Test
    void hoursAreRecordedOnlyAfterTheEnd() {
        assertThrows(RuleViolation.class, () -> ActivityRules.checkRecordable(END, START));
        assertThrows(RuleViolation.class, () -> ActivityRules.checkRecordable(END, END.minusMillis(1)));
        assertDoesNotThrow(() -> ActivityRules.checkRecordable(END, END));
    }

    @Test
    void recordedHoursStayWithinTheActivitysLength() {
        assertEquals(new BigDecimal("3.0"), ActivityRules.checkHours(new BigDecimal("3"), START, END));
        assertEquals(new BigDecimal("0.0"), ActivityRules.checkHours(BigDecimal.ZERO, START, END), "absent");
        assertEquals(new BigDecimal("1.5"), ActivityRules.checkHours(new BigDecimal("1.50"), START, END));
        assertTrue(assertThrows(RuleViolation.class, () -> ActivityRules.checkHours(new BigDecimal("3.1"), START, END))
                .getMessage().contains("不能超过活动时长 3 小时"));
        assertThrows(RuleViolation.class, () -> ActivityRules.checkHours(new BigDecimal("-1"), START, END));
        assertThrows(RuleViolation.class, () -> ActivityRules.checkHours(new BigDecimal("1.25"), START, END));
        assertThrows(RuleViolation.class, () -> ActivityRules.checkHours(null, START, END));
        Instant longEnd = START.plus(Duration.ofHours(30));
        assertThrows(RuleViolation.class, () -> ActivityRules.checkHours(new BigDecimal("25"), START, longEnd),
                "never more than 24 hours");
        assertEquals(new BigDecimal("0.1"), ActivityRules.lengthInHours(START, START.plusSeconds(1)), "rounded up");
    }

    @Test
    void aScheduleStartsLaterEndsAfterItStartsAndCreditsSomeHours() {
        assertDoesNotThrow(() -> ActivityRules.checkSchedule(START, END, 2, new BigDecimal("2.5"), NOW));
        assertThrows(RuleViolation.class, () -> ActivityRules.checkSchedule(NOW.minusSeconds(1), END, 2, BigDecimal.ONE, NOW));
        assertThrows(RuleViolation.class, () -> ActivityRules.checkSchedule(START, START, 2, BigDecimal.ONE, NOW));
        assertThrows(RuleViolation.class, () -> ActivityRules.checkSchedule(START, END, 0, BigDecimal.ONE, NOW));
        assertThrows(RuleViolation.class, () -> ActivityRules.checkSchedule(START, END, 10_001, BigDecimal.ONE, NOW));
        assertThrows(RuleViolation.class, () -> ActivityRules.checkSchedule(START, END, 2, BigDecimal.ZERO, NOW));
        assertThrows(RuleViolation.class, () -> ActivityRules.checkSchedule(START, END, 2, new BigDecimal("4"), NOW));
        assertThrows(RuleViolation.class, () -> ActivityRules.checkSchedule(null, END, 2, BigDecimal.ONE, NOW));
    }

    @Test
    void aSignUpIsCancelledBeforeTheStartAndRecordedAfterTheEnd() {
        VolunteerTeam team = new VolunteerTeam("510100", "admin", NOW);
        team.describe("科普志愿服务队", "成都市科协", null, "应急安全", "leader", NOW);
        VolunteerActivity activity = new VolunteerActivity(team, "leader", NOW);
        activity.describe("社区防灾科普", "讲解", "武侯区某社区", null, START, END, 2, new BigDecimal("3"), NOW);
        VolunteerSignUp signUp = new VolunteerSignUp(activity, 7L, NOW);
        assertThrows(RuleViolation.class, () -> signUp.record(new BigDecimal("2"), "leader", START));
        signUp.record(new BigDecimal("2"), "leader", END);
        assertEquals(SignUpStatus.ATTENDED, signUp.getStatus());
        assertThrows(RuleViolation.class, () -> signUp.cancel(END), "too late to cancel");
        signUp.record(BigDecimal.ZERO, "leader", END);
        assertEquals(SignUpStatus.ABSENT, signUp.getStatus(), "corrected to absent");

        VolunteerSignUp other = new VolunteerSignUp(activity, 8L, NOW);
        other.cancel(NOW);
        assertEquals(SignUpStatus.CANCELLED, other.getStatus());
        assertThrows(RuleViolation.class, () -> other.record(BigDecimal.ONE, "leader", END));
    }
}
