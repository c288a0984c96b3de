package cn.scast.tianfu.membership;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MembershipStatusTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @Test
    void currentUntilThePaidUntilDayInclusive() {
        assertEquals(MembershipStatus.CURRENT, MembershipStatus.forPaidUntil(TODAY, TODAY));
        assertEquals(MembershipStatus.CURRENT, MembershipStatus.forPaidUntil(TODAY.plusDays(1), TODAY));
    }

    @Test
    void graceForNinetyDaysThenExpired() {
        assertEquals(MembershipStatus.GRACE, MembershipStatus.forPaidUntil(TODAY.minusDays(1), TODAY));
        assertEquals(MembershipStatus.GRACE, MembershipStatus.forPaidUntil(TODAY.minusDays(90), TODAY));
        assertEquals(MembershipStatus.EXPIRED, MembershipStatus.forPaidUntil(TODAY.minusDays(91), TODAY));
        assertEquals(MembershipStatus.EXPIRED, MembershipStatus.forPaidUntil(null, TODAY));
    }

    @Test
    void cancelledIsFinalAndPendingWaitsForApproval() {
        assertEquals(MembershipStatus.CANCELLED, MembershipStatus.CANCELLED.recalculated(TODAY.plusYears(1), TODAY));
        assertEquals(MembershipStatus.PENDING, MembershipStatus.PENDING.recalculated(TODAY.minusYears(1), TODAY));
        assertEquals(MembershipStatus.CURRENT, MembershipStatus.EXPIRED.recalculated(TODAY.plusDays(5), TODAY));
    }

    @Test
    void approvalFollowsThePaidUntilDateAndOnlyOnce() {
        SocietyMembership membership = new SocietyMembership(null, null, Instant.now());
        membership.approve(TODAY.minusDays(10), TODAY, Instant.now(), "officer");
        assertEquals(MembershipStatus.GRACE, membership.getStatus());
        assertThrows(IllegalStateException.class,
                () -> membership.approve(TODAY.plusYears(1), TODAY, Instant.now(), "officer"));
    }
}
