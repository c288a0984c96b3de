package cn.scast.tianfu.membership;

import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

/** The answer to a login attempt; only {@link Status#VALID} carries a caller. */
public record LoginOutcome(Status status, String username, String displayName, Set<String> roleNames, Instant lockedUntil) {

    public enum Status { VALID, INVALID, LOCKED, DISABLED }

    public static LoginOutcome valid(String username, String displayName, Set<Role> roles) {
        return new LoginOutcome(Status.VALID, username, displayName,
                roles.stream().map(Role::roleName).collect(Collectors.toUnmodifiableSet()), null);
    }

    public static LoginOutcome invalid() {
        return new LoginOutcome(Status.INVALID, null, null, Set.of(), null);
    }

    public static LoginOutcome locked(Instant until) {
        return new LoginOutcome(Status.LOCKED, null, null, Set.of(), until);
    }

    public static LoginOutcome disabled() {
        return new LoginOutcome(Status.DISABLED, null, null, Set.of(), null);
    }
}
