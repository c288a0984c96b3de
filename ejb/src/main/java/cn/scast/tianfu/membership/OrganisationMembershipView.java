package cn.scast.tianfu.membership;

import java.io.Serializable;
import java.time.LocalDate;

public record OrganisationMembershipView(Long id, Long organisationId, String organisationName, String creditCode,
                                         Long societyId, String societyName, MembershipStatus status,
                                         LocalDate paidUntil, String approvedBy) implements Serializable {

    static OrganisationMembershipView of(OrganisationMembership m) {
        return new OrganisationMembershipView(m.getId(), m.getOrganisation().getId(), m.getOrganisation().getName(),
                m.getOrganisation().getCreditCode(), m.getSociety().getId(), m.getSociety().getName(), m.getStatus(),
                m.getPaidUntil(), m.getApprovedBy());
    }
}
