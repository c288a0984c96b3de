package cn.scast.tianfu.membership;

import cn.scast.tianfu.platform.ChinaTime;
import cn.scast.tianfu.platform.FieldError;
import cn.scast.tianfu.platform.Page;
import cn.scast.tianfu.platform.PagedQuery;
import cn.scast.tianfu.platform.RefusedInput;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * 团体会员: an organisation's membership of a society. Apply (PENDING), approve with a paid-until date,
 * renew, cancel; the nightly {@link MembershipStatusJob} moves CURRENT → GRACE → EXPIRED. A society
 * officer acts only for the own society. One membership per organisation and society (409 otherwise).
 */
@Stateless
@RolesAllowed({"admin", "society-officer"})
public class OrganisationMembershipService extends MembershipRecordService<OrganisationMembership> {

    public OrganisationMembershipService() {
        super(OrganisationMembership.class, "orgMembership",
                new FieldError("organisationId", FormValidator.message("orgMembership.duplicate")),
                "organisationId", m -> m.getOrganisation().getId());
    }

    public OrganisationMembershipView apply(OrganisationMembershipForm form) {
        MembershipCaller caller = caller();
        List<FieldError> errors = validate(form);
        Organisation organisation = form.getOrganisationId() == null ? null : em.find(Organisation.class, form.getOrganisationId());
        Society society = form.getSocietyId() == null ? null : em.find(Society.class, form.getSocietyId());
        if (form.getOrganisationId() != null && organisation == null) {
            errors.add(new FieldError("organisationId", FormValidator.message("orgMembership.organisation.unknown")));
        }
        if (form.getSocietyId() != null && society == null) {
            errors.add(new FieldError("societyId", FormValidator.message("orgMembership.society.unknown")));
        }
        refuseIfAny(errors);
        caller.requireSociety(society.getId());
        if (taken(null, Map.of("organisation", organisation, "society", society))) {
            throw duplicateKey();
        }
        return OrganisationMembershipView.of(created("apply", new OrganisationMembership(organisation, society, clock.instant())));
    }

    public OrganisationMembershipView approve(long id, LocalDate paidUntil) {
        return OrganisationMembershipView.of(approve(id, paidUntil, m -> FormValidator.message("membership.notPending")));
    }

    public OrganisationMembershipView renew(long id, LocalDate paidUntil) {
        OrganisationMembership membership = loadFor(id, caller());
        if (membership.getStatus() == MembershipStatus.PENDING || membership.getStatus() == MembershipStatus.CANCELLED) {
            throw RefusedInput.conflicting("status", FormValidator.message("membership.notRenewable"));
        }
        requirePaidUntil(paidUntil);
        return OrganisationMembershipView.of(changed("renew", membership,
                m -> m.renew(paidUntil, ChinaTime.today(clock))));
    }

    public OrganisationMembershipView cancel(long id) {
        return OrganisationMembershipView.of(changed("cancel", loadFor(id, caller()), OrganisationMembership::cancel));
    }

    /** Memberships by society, organisation and status (each optional); an officer sees only the own society's. */
    public Page<OrganisationMembershipView> search(Long societyId, Long organisationId, MembershipStatus status,
                                                   int offset, int limit) {
        MembershipCaller caller = caller();
        Long society = caller.societyScope(societyId);
        if (caller.seesNoSociety()) {
            return new Page<>(List.of(), 0, offset, limit);
        }
        return page(PagedQuery.of(em, OrganisationMembership.class, "m").orderBy("m.organisation.name")
                .fetch("JOIN FETCH m.organisation JOIN FETCH m.society")
                .filter("m.society.id = :s", "s", society)
                .filter("m.organisation.id = :o", "o", organisationId)
                .filter("m.status = :st", "st", status), offset, limit, OrganisationMembershipView::of);
    }
}
