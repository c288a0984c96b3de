package cn.scast.tianfu.account;

import cn.scast.tianfu.platform.TokenHash;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OneTimeTokenTest {

    private static final Instant NOW = Instant.parse("2026-12-06T03:00:00Z");

    @Test
    void tokensAreRandomAndOnlyTheirHashIsKept() {
        String token = TokenHash.newToken();
        assertNotEquals(token, TokenHash.newToken());
        assertEquals(43, token.length(), "32 bytes, URL-safe Base64 without padding");
        assertEquals(64, TokenHash.of(token).length());
        assertEquals(TokenHash.of(token), TokenHash.of(" " + token + "\n"), "pasted with spaces");
        assertNotEquals(TokenHash.of(token), token);
    }

    @Test
    void aResetLinkExpiresAfterThirtyMinutesAndWorksOnce() {
        OneTimeToken link = new OneTimeToken(null, TokenPurpose.PASSWORD_RESET, TokenHash.of("x"), NOW);
        assertTrue(link.usableAt(NOW.plus(Duration.ofMinutes(29))));
        assertFalse(link.usableAt(NOW.plus(Duration.ofMinutes(30))));
        link.use(NOW.plusSeconds(60));
        assertFalse(link.usableAt(NOW.plusSeconds(61)), "used once");
    }

    @Test
    void aReplacedLinkEndsAtOnce() {
        OneTimeToken link = new OneTimeToken(null, TokenPurpose.EMAIL_VERIFICATION, TokenHash.of("y"), NOW);
        link.expire(NOW.plusSeconds(5));
        assertFalse(link.usableAt(NOW.plusSeconds(5)));
    }
}
