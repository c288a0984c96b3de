package cn.scast.tianfu.membership;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A membership of a society, whoever the member is (a worker, an organisation): applied, approved by the society,
 * renewed by paying, cancelled. Its status follows the paid-until date ({@link MembershipStatus}), recalculated by
 * the nightly job for every kind of member alike.
 */
@MappedSuperclass
public abstract class SocietyMembershipTerms {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
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

    protected SocietyMembershipTerms() {
    }

    protected SocietyMembershipTerms(Society society, Instant appliedAt) {
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
    public Society getSociety() { return society; }
    public MembershipStatus getStatus() { return status; }
    public LocalDate getPaidUntil() { return paidUntil; }
    public Instant getAppliedAt() { return appliedAt; }
    public Instant getApprovedAt() { return approvedAt; }
    public String getApprovedBy() { return approvedBy; }
}
