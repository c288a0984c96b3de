package cn.scast.tianfu.membership;

import cn.scast.tianfu.platform.ChinaTime;
import cn.scast.tianfu.platform.FieldError;
import cn.scast.tianfu.platform.RefusedInput;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * What the services of worker and organisation memberships share, as their entities share
 * {@link SocietyMembershipTerms}: a society officer acts only for the own society, approval needs a pending
 * membership and a paid-until date, and the audit trail keeps member, society, status and paid-until.
 */
public abstract class MembershipRecordService<M extends SocietyMembershipTerms> extends RecordService<M> {

    private final String memberField;
    private final Function<M, Long> memberId;

    /** @param memberField the audit trail's name for the member's id, e.g. {@code workerId} */
    protected MembershipRecordService(Class<M> type, String auditArea, FieldError duplicateKey,
                                      String memberField, Function<M, Long> memberId) {
        super(type, SocietyMembershipTerms::getId, auditArea, duplicateKey);
        this.memberField = memberField;
        this.memberId = memberId;
    }

    /** The membership, or 404; an officer of another society is refused (403). */
    protected M loadFor(long id, MembershipCaller caller) {
        M membership = load(id);
        caller.requireSociety(membership.getSociety().getId());
        return membership;
    }

    /**
     * PENDING → CURRENT (or GRACE/EXPIRED when paid-until already lies in the past), audited as
     * {@code <area>.approve}; {@code notPending} says why another status cannot be approved.
     */
    protected M approve(long id, LocalDate paidUntil, Function<M, String> notPending) {
        MembershipCaller caller = caller();
        M membership = loadFor(id, caller);
        if (membership.getStatus() != MembershipStatus.PENDING) {
            throw RefusedInput.conflicting("status", notPending.apply(membership));
        }
        requirePaidUntil(paidUntil);
        return changed("approve", membership,
                m -> m.approve(paidUntil, ChinaTime.today(clock), clock.instant(), caller.username()));
    }

    protected static void requirePaidUntil(LocalDate paidUntil) {
        if (paidUntil == null) {
            throw RefusedInput.invalid("paidUntil", FormValidator.message("membership.paidUntil.required"));
        }
    }

    @Override
    protected Map<String, Object> snapshot(M m) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", m.getId());
        s.put(memberField, memberId.apply(m));
        s.put("societyId", m.getSociety().getId());
        s.put("status", m.getStatus().name());
        s.put("paidUntil", m.getPaidUntil() == null ? null : m.getPaidUntil().toString());
        return s;
    }
}
