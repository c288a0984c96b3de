package cn.scast.tianfu.membership;

import cn.scast.tianfu.platform.RecordNotFound;
import cn.scast.tianfu.platform.RecordAccessRefused;
import cn.scast.tianfu.platform.RefusedInput;
import cn.scast.tianfu.platform.PagedQuery;
import cn.scast.tianfu.platform.Page;
import cn.scast.tianfu.platform.PageRequest;
import cn.scast.tianfu.platform.ChinaTime;
import cn.scast.tianfu.platform.AuditTrail;
import cn.scast.tianfu.platform.FieldError;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 团体会员: an organisation's membership of a society. Apply (PENDING), approve with a paid-until date,
 * renew, cancel; the nightly {@link MembershipStatusJob} moves CURRENT → GRACE → EXPIRED. A society
 * officer acts only for the own society. One membership per organisation and society (409 otherwise).
 */
@Stateless
@RolesAllowed({"admin", "society-officer"})
public class OrganisationMembershipService {

    @PersistenceContext(unitName = "tianfu")
    private EntityManager em;

    @Resource
    private SessionContext session;

    @EJB
    private AuditTrail audit;

    @Inject
    private FormValidator validator;

    public OrganisationMembershipView apply(OrganisationMembershipForm form) {
        MembershipCaller caller = MembershipCaller.of(session, em);
        List<FieldError> errors = new java.util.ArrayList<>(validator.validate(form));
        Organisation organisation = form.getOrganisationId() == null ? null : em.find(Organisation.class, form.getOrganisationId());
        Society society = form.getSocietyId() == null ? null : em.find(Society.class, form.getSocietyId());
        if (form.getOrganisationId() != null && organisation == null) {
            errors.add(new FieldError("organisationId", FormValidator.message("orgMembership.organisation.unknown")));
        }
        if (form.getSocietyId() != null && society == null) {
            errors.add(new FieldError("societyId", FormValidator.message("orgMembership.society.unknown")));
        }
        if (!errors.isEmpty()) {
            throw RefusedInput.invalid(errors);
        }
        requireSociety(caller, society.getId());
        Long existing = em.createQuery("SELECT COUNT(m) FROM OrganisationMembership m WHERE m.organisation = :o "
                + "AND m.society = :s", Long.class).setParameter("o", organisation).setParameter("s", society).getSingleResult();
        if (existing > 0) {
            throw duplicate();
        }
        OrganisationMembership membership = new OrganisationMembership(organisation, society, Instant.now());
        em.persist(membership);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (!Constraints.isDuplicateKey(e)) {
                throw e;
            }
            throw duplicate();
        }
        audit.record("orgMembership.apply", "OrganisationMembership", membership.getId(), null, state(membership), null);
        return OrganisationMembershipView.of(membership);
    }

    public OrganisationMembershipView approve(long id, LocalDate paidUntil) {
        MembershipCaller caller = MembershipCaller.of(session, em);
        OrganisationMembership membership = load(id, caller);
        if (membership.getStatus() != MembershipStatus.PENDING) {
            throw RefusedInput.conflicting(List.of(new FieldError("status",
                    FormValidator.message("membership.notPending"))));
        }
        requirePaidUntil(paidUntil);
        Map<String, Object> before = state(membership);
        membership.approve(paidUntil, LocalDate.now(ChinaTime.ZONE), Instant.now(), caller.username());
        audit.record("orgMembership.approve", "OrganisationMembership", id, before, state(membership), null);
        return OrganisationMembershipView.of(membership);
    }

    public OrganisationMembershipView renew(long id, LocalDate paidUntil) {
        MembershipCaller caller = MembershipCaller.of(session, em);
        OrganisationMembership membership = load(id, caller);
        if (membership.getStatus() == MembershipStatus.PENDING || membership.getStatus() == MembershipStatus.CANCELLED) {
            throw RefusedInput.conflicting(List.of(new FieldError("status",
                    FormValidator.message("membership.notRenewable"))));
        }
        requirePaidUntil(paidUntil);
        Map<String, Object> before = state(membership);
        membership.renew(paidUntil, LocalDate.now(ChinaTime.ZONE));
        audit.record("orgMembership.renew", "OrganisationMembership", id, before, state(membership), null);
        return OrganisationMembershipView.of(membership);
    }

    public OrganisationMembershipView cancel(long id) {
        MembershipCaller caller = MembershipCaller.of(session, em);
        OrganisationMembership membership = load(id, caller);
        Map<String, Object> before = state(membership);
        membership.cancel();
        audit.record("orgMembership.cancel", "OrganisationMembership", id, before, state(membership), null);
        return OrganisationMembershipView.of(membership);
    }

    /** Memberships by society, organisation and status (each optional); an officer sees only the own society's. */
    public Page<OrganisationMembershipView> search(Long societyId, Long organisationId, MembershipStatus status,
                                                   int offset, int limit) {
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
        return PagedQuery.of(em, OrganisationMembership.class, "m").orderBy("m.organisation.name")
                .fetch("JOIN FETCH m.organisation JOIN FETCH m.society")
                .filter("m.society.id = :s", "s", societyId)
                .filter("m.organisation.id = :o", "o", organisationId)
                .filter("m.status = :st", "st", status)
                .page(PageRequest.at(offset, limit).clamped(WorkerService.MAX_PAGE), null,
                        OrganisationMembershipView::of, OrganisationMembership::getId);
    }

    private OrganisationMembership load(long id, MembershipCaller caller) {
        OrganisationMembership membership = em.find(OrganisationMembership.class, id);
        if (membership == null) {
            throw RecordNotFound.orHidden();
        }
        requireSociety(caller, membership.getSociety().getId());
        return membership;
    }

    private static void requirePaidUntil(LocalDate paidUntil) {
        if (paidUntil == null) {
            throw RefusedInput.invalid(List.of(new FieldError("paidUntil",
                    FormValidator.message("membership.paidUntil.required"))));
        }
    }

    private static void requireSociety(MembershipCaller caller, long societyId) {
        if (caller.scopedToSociety() && (caller.officerSocietyId() == null || caller.officerSocietyId() != societyId)) {
            throw RecordAccessRefused.thisRecord();
        }
    }

    private static RefusedInput duplicate() {
        return RefusedInput.conflicting(List.of(new FieldError("organisationId",
                FormValidator.message("orgMembership.duplicate"))));
    }

    static Map<String, Object> state(OrganisationMembership m) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", m.getId());
        s.put("organisationId", m.getOrganisation().getId());
        s.put("societyId", m.getSociety().getId());
        s.put("status", m.getStatus().name());
        s.put("paidUntil", m.getPaidUntil() == null ? null : m.getPaidUntil().toString());
        return s;
    }
}
