package cn.scast.tianfu.membership;

import jakarta.persistence.*;

import java.time.LocalDate;

/** An organisation's membership of a society (团体会员); same status rules as a worker's. */
@Entity
@Table(name = "mem_organisation_membership")
public class OrganisationMembership {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "society_id", nullable = false)
    private Society society;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MembershipStatus status;
    @Column(name = "paid_until")
    private LocalDate paidUntil;
    @Version
    private long version;

    protected OrganisationMembership() {
    }

    public Long getId() { return id; }
    public Organisation getOrganisation() { return organisation; }
    public Society getSociety() { return society; }
    public MembershipStatus getStatus() { return status; }
    public LocalDate getPaidUntil() { return paidUntil; }
}
