package cn.scast.tianfu.membership;

import cn.scast.tianfu.platform.Page;
import cn.scast.tianfu.platform.PagedQuery;
import cn.scast.tianfu.platform.RecordNotFound;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;

import java.time.LocalDate;
import java.util.List;

/**
 * Worker ↔ society memberships: applying, approving, listing. A society officer acts only for the
 * own society; admins for all.
 */
@Stateless
@RolesAllowed({"admin", "society-officer"})
public class SocietyMembershipService extends MembershipRecordService<SocietyMembership> {

    /** A second application of the same worker returns the first one, so there is no 409 to give. */
    public SocietyMembershipService() {
        super(SocietyMembership.class, "membership", null,
                "workerId", m -> m.getWorker().getId());
    }

    /** A new PENDING membership (or the existing one when the worker already applied). */
    @RolesAllowed({"admin", "city-staff", "society-officer"})
    public MembershipView apply(long workerId, long societyId) {
        caller().requireSociety(societyId);
        Worker worker = em.find(Worker.class, workerId);
        Society society = em.find(Society.class, societyId);
        if (worker == null || society == null) {
            throw RecordNotFound.orHidden();
        }
        List<SocietyMembership> existing = em.createQuery("SELECT m FROM SocietyMembership m "
                        + "WHERE m.worker = :w AND m.society = :s", SocietyMembership.class)
                .setParameter("w", worker).setParameter("s", society).getResultList();
        if (!existing.isEmpty()) {
            return MembershipView.of(existing.get(0));
        }
        return MembershipView.of(created("apply", new SocietyMembership(worker, society, clock.instant())));
    }

    /** PENDING → CURRENT (or GRACE/EXPIRED when paid-until already lies in the past). */
    public MembershipView approve(long membershipId, LocalDate paidUntil) {
        return MembershipView.of(approve(membershipId, paidUntil,
                m -> "只能批准待审核的会籍，当前状态为 " + m.getStatus()));
    }

    /** Memberships of a society (all, or with one status), scoped to the officer's own society. */
    public Page<MembershipView> ofSociety(Long societyId, MembershipStatus status, int offset, int limit) {
        MembershipCaller caller = caller();
        Long society = caller.societyScope(societyId);
        if (caller.seesNoSociety()) {
            return new Page<>(List.of(), 0, offset, limit);
        }
        Page<MembershipView> page = page(PagedQuery.of(em, SocietyMembership.class, "m").orderBy("m.id")
                .fetch("JOIN FETCH m.worker JOIN FETCH m.society")
                .filter("m.society.id = :s", "s", society)
                .filter("m.status = :st", "st", status), offset, limit, MembershipView::of);
        // this listing never offered a keyset continuation; its answer stays as it was
        return new Page<>(page.items(), page.total(), page.offset(), page.limit());
    }
}
