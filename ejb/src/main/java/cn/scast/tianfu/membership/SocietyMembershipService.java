package cn.scast.tianfu.membership;

import cn.scast.tianfu.platform.RecordNotFound;
import cn.scast.tianfu.platform.RecordAccessRefused;
import cn.scast.tianfu.platform.RefusedInput;
import cn.scast.tianfu.platform.Page;
import cn.scast.tianfu.platform.ChinaTime;
import cn.scast.tianfu.platform.FieldError;

import cn.scast.tianfu.platform.AuditTrail;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Worker ↔ society memberships: applying, approving, listing. A society officer acts only for the
 * own society; admins for all.
 */
@Stateless
@RolesAllowed({"admin", "society-officer"})
public class SocietyMembershipService {

    @PersistenceContext(unitName = "tianfu")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @EJB
    private AuditTrail audit;

    /** A new PENDING membership (or the existing one when the worker already applied). */
    @RolesAllowed({"admin", "city-staff", "society-officer"})
    public MembershipView apply(long workerId, long societyId) {
        MembershipCaller caller = MembershipCaller.of(session, em);
        requireSociety(caller, societyId);
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
        SocietyMembership membership = new SocietyMembership(worker, society, Instant.now());
        em.persist(membership);
        em.flush();
        audit.record("membership.apply", "SocietyMembership", membership.getId(), null, state(membership), null);
        return MembershipView.of(membership);
    }

    /** PENDING → CURRENT (or GRACE/EXPIRED when paid-until already lies in the past). */
    public MembershipView approve(long membershipId, LocalDate paidUntil) {
        MembershipCaller caller = MembershipCaller.of(session, em);
        SocietyMembership membership = em.find(SocietyMembership.class, membershipId);
        if (membership == null) {
            throw RecordNotFound.orHidden();
        }
        requireSociety(caller, membership.getSociety().getId());
        if (membership.getStatus() != MembershipStatus.PENDING) {
            throw RefusedInput.conflicting(List.of(new FieldError("status",
                    "只能批准待审核的会籍，当前状态为 " + membership.getStatus())));
        }
        if (paidUntil == null) {
            throw RefusedInput.invalid(List.of(new FieldError("paidUntil", "请填写会费缴至日期")));
        }
        Map<String, Object> before = state(membership);
        LocalDate today = LocalDate.now(ChinaTime.ZONE);
        membership.approve(paidUntil, today, Instant.now(), caller.username());
        audit.record("membership.approve", "SocietyMembership", membershipId, before, state(membership), null);
        return MembershipView.of(membership);
    }

    /** Memberships of a society (all, or with one status), scoped to the officer's own society. */
    public Page<MembershipView> ofSociety(Long societyId, MembershipStatus status, int offset, int limit) {
        MembershipCaller caller = MembershipCaller.of(session, em);
        if (caller.scopedToSociety()) {
            if (societyId != null && !societyId.equals(caller.officerSocietyId())) {
                throw RecordAccessRefused.thisRecord();
            }
            societyId = caller.officerSocietyId();
            if (societyId == null) {
                return new Page<>(List.of(), 0, offset, limit);
            }
        }
        limit = Math.max(1, Math.min(limit, WorkerService.MAX_PAGE));
        offset = Math.max(0, offset);
        String where = " WHERE 1 = 1" + (societyId == null ? "" : " AND m.society.id = :s")
                + (status == null ? "" : " AND m.status = :st");
        var query = em.createQuery("SELECT m FROM SocietyMembership m JOIN FETCH m.worker "
                + "JOIN FETCH m.society" + where + " ORDER BY m.id", SocietyMembership.class);
        var count = em.createQuery("SELECT COUNT(m) FROM SocietyMembership m" + where, Long.class);
        if (societyId != null) {
            query.setParameter("s", societyId);
            count.setParameter("s", societyId);
        }
        if (status != null) {
            query.setParameter("st", status);
            count.setParameter("st", status);
        }
        List<MembershipView> items = query.setFirstResult(offset).setMaxResults(limit).getResultStream()
                .map(MembershipView::of).toList();
        long total = count.getSingleResult();
        return new Page<>(items, total, offset, limit);
    }

    private static void requireSociety(MembershipCaller caller, long societyId) {
        if (caller.scopedToSociety() && (caller.officerSocietyId() == null || caller.officerSocietyId() != societyId)) {
            throw RecordAccessRefused.thisRecord();
        }
    }

    static Map<String, Object> state(SocietyMembership m) {
        java.util.LinkedHashMap<String, Object> s = new java.util.LinkedHashMap<>();
        s.put("id", m.getId());
        s.put("workerId", m.getWorker().getId());
        s.put("societyId", m.getSociety().getId());
        s.put("status", m.getStatus().name());
        s.put("paidUntil", m.getPaidUntil() == null ? null : m.getPaidUntil().toString());
        return s;
    }
}
