package cn.scast.tianfu.membership;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoginDelaysTest {

    private static final LoginDelays RULE = LoginDelays.PER_ACCOUNT_AND_ADDRESS;

    @Test
    void noBlockBelowTheThreshold() {
        for (int failures = 0; failures < 5; failures++) {
            assertEquals(Optional.empty(), RULE.blockAfter(failures), "after " + failures);
        }
    }

    @Test
    void oneMinuteAtTheThresholdThenDoubling() {
        assertEquals(Optional.of(Duration.ofMinutes(1)), RULE.blockAfter(5));
        assertEquals(Optional.of(Duration.ofMinutes(2)), RULE.blockAfter(6));
        assertEquals(Optional.of(Duration.ofMinutes(4)), RULE.blockAfter(7));
        assertEquals(Optional.of(Duration.ofMinutes(8)), RULE.blockAfter(8));
        assertEquals(Optional.of(Duration.ofMinutes(32)), RULE.blockAfter(10));
    }

    @Test
    void cappedAtOneHourEvenAfterVeryManyFailures() {
        assertEquals(Optional.of(Duration.ofHours(1)), RULE.blockAfter(11));
        assertEquals(Optional.of(Duration.ofHours(1)), RULE.blockAfter(1_000));
        assertEquals(Optional.of(Duration.ofHours(1)), RULE.blockAfter(Integer.MAX_VALUE));
    }

    @Test
    void addressWideRuleStartsLater() {
        assertEquals(Optional.empty(), LoginDelays.PER_ADDRESS.blockAfter(29));
        assertEquals(Optional.of(Duration.ofMinutes(1)), LoginDelays.PER_ADDRESS.blockAfter(30));
    }

    @Test
    void throttleRowBlocksFromTheFifthFailureForTheRuleDelay() {
        LoginThrottle throttle = new LoginThrottle();
        Instant now = Instant.parse("2026-12-06T01:00:00Z");
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure(now, RULE);
        }
        assertFalse(throttle.isBlockedAt(now));
        throttle.recordFailure(now, RULE);
        assertTrue(throttle.isBlockedAt(now));
        assertTrue(throttle.isBlockedAt(now.plusSeconds(59)));
        assertFalse(throttle.isBlockedAt(now.plusSeconds(60)));

        Instant later = now.plusSeconds(61);
        throttle.recordFailure(later, RULE);
        assertEquals(later.plus(Duration.ofMinutes(2)), throttle.getBlockedUntil());
    }

    @Test
    void nonsenseRulesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new LoginDelays(0, Duration.ofMinutes(1), Duration.ofHours(1)));
        assertThrows(IllegalArgumentException.class, () -> new LoginDelays(5, Duration.ZERO, Duration.ofHours(1)));
        assertThrows(IllegalArgumentException.class, () -> new LoginDelays(5, Duration.ofHours(2), Duration.ofHours(1)));
    }
}
