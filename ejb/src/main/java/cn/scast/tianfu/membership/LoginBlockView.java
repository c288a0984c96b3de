package cn.scast.tianfu.membership;

import java.time.Instant;

/**
 * Failed attempts of one username from one source address, as an administrator sees them; {@code purpose} tells
 * sign-in failures (SIGN_IN) from wrong current passwords at a password change (PASSWORD_CHANGE) and an address's
 * failures across all names (ANY_ACCOUNT, username "*").
 */
public record LoginBlockView(String username, String purpose, String sourceAddress, int failures, Instant blockedUntil,
                             Instant lastFailureAt, boolean blocked) {

    static LoginBlockView of(LoginThrottle throttle, Instant now) {
        String stored = throttle.getUsername();
        String purpose = LoginThrottle.ANY_ACCOUNT.equals(stored) ? "ANY_ACCOUNT"
                : stored.startsWith(LoginThrottles.PASSWORD_CHANGE) ? "PASSWORD_CHANGE" : "SIGN_IN";
        String username = purpose.equals("PASSWORD_CHANGE") ? stored.substring(LoginThrottles.PASSWORD_CHANGE.length()) : stored;
        return new LoginBlockView(username, purpose, throttle.getSourceAddress(), throttle.getFailures(),
                throttle.getBlockedUntil(), throttle.getLastFailureAt(), throttle.isBlockedAt(now));
    }
}
