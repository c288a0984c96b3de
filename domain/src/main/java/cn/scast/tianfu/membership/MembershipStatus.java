package cn.scast.tianfu.membership;

import java.time.LocalDate;

/**
 * Status of a society membership. CURRENT until the paid-until date (inclusive), GRACE for
 * {@link #GRACE_DAYS} days after it, then EXPIRED. CANCELLED is final; PENDING waits for approval.
 */
public enum MembershipStatus {
    PENDING, CURRENT, GRACE, EXPIRED, CANCELLED;

    public static final int GRACE_DAYS = 90;

    /** The status a paid membership has on {@code today}, judged only by its paid-until date. */
    public static MembershipStatus forPaidUntil(LocalDate paidUntil, LocalDate today) {
        if (paidUntil == null) {
            return EXPIRED;
        }
        if (!today.isAfter(paidUntil)) {
            return CURRENT;
        }
        return today.isAfter(paidUntil.plusDays(GRACE_DAYS)) ? EXPIRED : GRACE;
    }

    /** Applies the rules to this status; PENDING and CANCELLED are not moved by dates. */
    public MembershipStatus recalculated(LocalDate paidUntil, LocalDate today) {
        return this == PENDING || this == CANCELLED ? this : forPaidUntil(paidUntil, today);
    }
}
