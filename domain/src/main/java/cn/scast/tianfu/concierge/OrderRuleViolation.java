package cn.scast.tianfu.concierge;


import jakarta.ejb.ApplicationException;

/** A step or change the order's rules do not allow; the message is for the staff member (Chinese). */
@ApplicationException(rollback = true)
public class OrderRuleViolation extends RuntimeException {
    public OrderRuleViolation(String message) {
        super(message);
    }
}
