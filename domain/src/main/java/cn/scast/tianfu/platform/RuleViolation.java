package cn.scast.tianfu.platform;

import jakarta.ejb.ApplicationException;

/** A business rule refused a change; the message is for the user (Chinese). Rolls the transaction back. */
@ApplicationException(rollback = true)
public class RuleViolation extends RuntimeException {
    public RuleViolation(String message) {
        super(message);
    }
}
