package cn.scast.tianfu.membership;

import jakarta.ejb.ApplicationException;

import java.time.Instant;

/** Too many failed password checks from this address: refused without looking at the password until {@link #until()}. */
@ApplicationException(rollback = true)
public class LoginBlockedException extends RuntimeException {

    private final Instant until;

    public LoginBlockedException(Instant until) {
        super("blocked until " + until);
        this.until = until;
    }

    public Instant until() {
        return until;
    }
}
