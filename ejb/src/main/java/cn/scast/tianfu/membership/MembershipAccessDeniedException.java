package cn.scast.tianfu.membership;

import jakarta.ejb.ApplicationException;

/** The caller's role allows the operation, but not on this record (another city, another society). */
@ApplicationException(rollback = true)
public class MembershipAccessDeniedException extends RuntimeException {
    public MembershipAccessDeniedException(String message) {
        super(message);
    }
}
