package cn.scast.tianfu.membership;

import jakarta.persistence.*;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An organisation's membership of a society (团体会员); the same status rules as a worker's
 * ({@link MembershipStatus}), recalculated by the same nightly job.
 */
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
    @Column(name = "applied_at", nullable = false)
    private Instant appliedAt;
    @Column(name = "approved_at")
    private Instant approvedAt;
    @Column(name = "approved_by", length = 64)
    private String approvedBy;
    @Version
    private long version;

    protected OrganisationMembership() {
    }

    public OrganisationMembership(Organisation organisation, Society society, Instant appliedAt) {
        this.organisation = organisation;
        this.society = society;
        this.appliedAt = appliedAt;
        this.status = MembershipStatus.PENDING;
    }

    /** PENDING → the status its paid-until date gives on {@code today}. */
    public void approve(LocalDate paidUntil, LocalDate today, Instant at, String by) {
        if (status != MembershipStatus.PENDING) {
            throw new IllegalStateException("only a pending membership can be approved, not " + status);
        }
        this.paidUntil = paidUntil;
        this.status = MembershipStatus.forPaidUntil(paidUntil, today);
        this.approvedAt = at;
        this.approvedBy = by;
    }

    /** A new paid-until date for an approved, not cancelled membership. */
    public void renew(LocalDate paidUntil, LocalDate today) {
        if (status == MembershipStatus.PENDING || status == MembershipStatus.CANCELLED) {
            throw new IllegalStateException("only an approved membership can be renewed, not " + status);
        }
        this.paidUntil = paidUntil;
        this.status = MembershipStatus.forPaidUntil(paidUntil, today);
    }

    public void cancel() {
        this.status = MembershipStatus.CANCELLED;
    }

    public Long getId() { return id; }
    public Organisation getOrganisation() { return organisation; }
    public Society getSociety() { return society; }
    public MembershipStatus getStatus() { return status; }
    public LocalDate getPaidUntil() { return paidUntil; }
    public Instant getAppliedAt() { return appliedAt; }
    public Instant getApprovedAt() { return approvedAt; }
    public String getApprovedBy() { return approvedBy; }
}
