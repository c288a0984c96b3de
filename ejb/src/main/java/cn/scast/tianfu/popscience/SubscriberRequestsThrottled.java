package cn.scast.tianfu.popscience;

import cn.scast.tianfu.platform.RuleViolation;
import jakarta.ejb.ApplicationException;

/** Too many confirmations asked for one address within the hour (429); nothing is sent. */
@ApplicationException(rollback = true)
public class SubscriberRequestsThrottled extends RuleViolation {
    private static final long serialVersionUID = 1L;

    public SubscriberRequestsThrottled(String message) {
        super(message);
    }
}
