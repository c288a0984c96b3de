package cn.scast.tianfu.membership;

import jakarta.ejb.ApplicationException;

/** No such record, or not one the caller may see. */
@ApplicationException(rollback = true)
public class MembershipNotFoundException extends RuntimeException {
    public MembershipNotFoundException(String what) {
        super(what);
    }
}
