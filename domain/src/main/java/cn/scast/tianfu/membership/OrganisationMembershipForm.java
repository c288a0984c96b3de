package cn.scast.tianfu.membership;

import jakarta.validation.constraints.NotNull;

import java.io.Serializable;

/** An organisation applying to a society (团体会员申请). */
public class OrganisationMembershipForm implements Serializable {

    @NotNull(message = "{orgMembership.organisation.required}")
    private Long organisationId;
    @NotNull(message = "{orgMembership.society.required}")
    private Long societyId;

    public Long getOrganisationId() { return organisationId; }
    public void setOrganisationId(Long organisationId) { this.organisationId = organisationId; }
    public Long getSocietyId() { return societyId; }
    public void setSocietyId(Long societyId) { this.societyId = societyId; }
}
