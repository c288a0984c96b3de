package cn.scast.tianfu.popscience;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;

import static cn.scast.tianfu.popscience.SubscriberConfirmation.CodeCheck.CONFIRMED;
import static cn.scast.tianfu.popscience.SubscriberConfirmation.CodeCheck.EXPIRED;
import static cn.scast.tianfu.popscience.SubscriberConfirmation.CodeCheck.LOCKED;
import static cn.scast.tianfu.popscience.SubscriberConfirmation.CodeCheck.WRONG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class SubscriberConfirmationTest {

    private static final Instant NOW = Instant.parse("2026-06-01T02:00:00Z");

    private static SubscriberConfirmation code(String code) {
        return SubscriberConfirmation.byCode(7L, "salt-1", code, Set.of(PopScienceTopic.HEALTH), Set.of(),
                Region.PROVINCE, NOW);
    }

    @Test
    void theRightCodeConfirmsOnce() {
        SubscriberConfirmation confirmation = code("123456");
        assertEquals(CONFIRMED, confirmation.tryCode(" 123456 ", NOW.plusSeconds(60)));
        assertEquals(EXPIRED, confirmation.tryCode("123456", NOW.plusSeconds(61)), "used");
    }

    @Test
    void fiveWrongCodesLockItEvenForTheRightOne() {
        SubscriberConfirmation confirmation = code("123456");
        for (int i = 1; i < SubscriberConfirmation.MAX_ATTEMPTS; i++) {
            assertEquals(WRONG, confirmation.tryCode("000000", NOW));
            assertEquals(SubscriberConfirmation.MAX_ATTEMPTS - i, confirmation.attemptsLeft());
        }
        assertEquals(LOCKED, confirmation.tryCode("654321", NOW), "the fifth wrong code");
        assertEquals(LOCKED, confirmation.tryCode("123456", NOW));
        assertEquals(5, confirmation.getAttempts(), "tries after the lock are not counted");
    }

    @Test
    void aCodeExpiresAfterTenMinutes() {
        SubscriberConfirmation confirmation = code("123456");
        assertEquals(EXPIRED, confirmation.tryCode("123456", NOW.plus(SubscriberConfirmation.CODE_VALIDITY)));
        assertEquals(0, confirmation.getAttempts());
    }

    @Test
    void malformedCodesCountAsWrongAndTheSaltMatters() {
        assertEquals(WRONG, code("123456").tryCode("12345a", NOW));
        assertEquals(WRONG, code("123456").tryCode(null, NOW));
        assertNotEquals(SubscriberConfirmation.codeHash("a", "123456"), SubscriberConfirmation.codeHash("b", "123456"));
    }

    @Test
    void aLinkConfirmationTakesNoCode() {
        SubscriberConfirmation link = SubscriberConfirmation.byLink(7L, "f".repeat(64), Set.of(), Set.of(),
                Region.PROVINCE, NOW);
        assertEquals(EXPIRED, link.tryCode("123456", NOW));
        assertEquals(NOW.plus(SubscriberConfirmation.LINK_VALIDITY), link.getExpiresAt());
    }
}
