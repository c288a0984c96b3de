package cn.scast.tianfu.membership;

import java.time.Instant;

/** Failed sign-ins of one username from one source address, as an administrator sees them. */
public record LoginBlockView(String username, String sourceAddress, int failures, Instant blockedUntil,
                             Instant lastFailureAt, boolean blocked) {

    static LoginBlockView of(LoginThrottle throttle, Instant now) {
        return new LoginBlockView(throttle.getUsername(), throttle.getSourceAddress(), throttle.getFailures(),
                throttle.getBlockedUntil(), throttle.getLastFailureAt(), throttle.isBlockedAt(now));
    }
}
