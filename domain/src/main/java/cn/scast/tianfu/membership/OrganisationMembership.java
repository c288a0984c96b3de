package cn.scast.tianfu.membership;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/** An organisation's membership of a society (团体会员), on the same terms as a worker's. */
@Entity
@Table(name = "mem_organisation_membership")
public class OrganisationMembership extends SocietyMembershipTerms {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    protected OrganisationMembership() {
    }

    public OrganisationMembership(Organisation organisation, Society society, Instant appliedAt) {
        super(society, appliedAt);
        this.organisation = organisation;
    }

    public Organisation getOrganisation() { return organisation; }
}
