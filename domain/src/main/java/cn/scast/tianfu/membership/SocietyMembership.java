package cn.scast.tianfu.membership;

import jakarta.persistence.*;

import java.time.Instant;
import java.time.LocalDate;

/** A worker's membership of a society; see {@link MembershipStatus} for the rules. */
@Entity
@Table(name = "mem_society_membership")
public class SocietyMembership {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "worker_id", nullable = false)
    private Worker worker;
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

    protected SocietyMembership() {
    }

    public SocietyMembership(Worker worker, Society society, Instant appliedAt) {
        this.worker = worker;
        this.society = society;
        this.appliedAt = appliedAt;
        this.status = MembershipStatus.PENDING;
    }

    /** Approves a pending application; the status follows from the paid-until date. */
    public void approve(LocalDate paidUntil, LocalDate today, Instant at, String by) {
        if (status != MembershipStatus.PENDING) {
            throw new IllegalStateException("only a pending membership can be approved, not " + status);
        }
        this.paidUntil = paidUntil;
        this.status = MembershipStatus.forPaidUntil(paidUntil, today);
        this.approvedAt = at;
        this.approvedBy = by;
    }

    public void cancel() {
        this.status = MembershipStatus.CANCELLED;
    }

    public Long getId() { return id; }
    public Worker getWorker() { return worker; }
    public Society getSociety() { return society; }
    public MembershipStatus getStatus() { return status; }
    public LocalDate getPaidUntil() { return paidUntil; }
    public Instant getAppliedAt() { return appliedAt; }
    public Instant getApprovedAt() { return approvedAt; }
    public String getApprovedBy() { return approvedBy; }
}
