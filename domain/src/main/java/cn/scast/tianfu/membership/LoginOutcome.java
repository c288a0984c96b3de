package cn.scast.tianfu.membership;

import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The answer to a login attempt; only {@link Status#VALID} carries a caller. {@link Status#LOCKED} means the
 * source address is refused for that username (or for all) until {@code lockedUntil}, whether the name exists or not.
 * {@link Status#PENDING} and {@link Status#REJECTED} are self-registered accounts (right password) that are waiting
 * for review or were refused; {@code reason} carries the reviewer's reason of a rejection.
 */
public record LoginOutcome(Status status, String username, String displayName, Set<String> roleNames, Instant lockedUntil,
                           boolean mustChangePassword, String reason) {

    public enum Status { VALID, INVALID, LOCKED, DISABLED, PENDING, REJECTED }

    public static LoginOutcome valid(UserAccount account) {
        return new LoginOutcome(Status.VALID, account.getUsername(), account.getDisplayName(),
                account.getRoles().stream().map(Role::roleName).collect(Collectors.toUnmodifiableSet()), null,
                account.isMustChangePassword(), null);
    }

    public static LoginOutcome invalid() {
        return new LoginOutcome(Status.INVALID, null, null, Set.of(), null, false, null);
    }

    public static LoginOutcome locked(Instant until) {
        return new LoginOutcome(Status.LOCKED, null, null, Set.of(), until, false, null);
    }

    public static LoginOutcome disabled() {
        return new LoginOutcome(Status.DISABLED, null, null, Set.of(), null, false, null);
    }

    public static LoginOutcome pending() {
        return new LoginOutcome(Status.PENDING, null, null, Set.of(), null, false, null);
    }

    public static LoginOutcome rejected(String reason) {
        return new LoginOutcome(Status.REJECTED, null, null, Set.of(), null, false, reason);
    }
}
