package cn.scast.tianfu.volunteering;

import cn.scast.tianfu.platform.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;

/** One account's sign-up for one activity (unique per activity and account) and, afterwards, its hours. */
@Entity
@Table(name = "vol_signup")
public class VolunteerSignUp {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "activity_id", nullable = false)
    private VolunteerActivity activity;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SignUpStatus status = SignUpStatus.SIGNED_UP;

    @Column(precision = 4, scale = 1)
    private BigDecimal hours;

    @Column(name = "signed_up_at", nullable = false)
    private Instant signedUpAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "recorded_by", length = 64)
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Version
    private long version;

    protected VolunteerSignUp() {
    }

    public VolunteerSignUp(VolunteerActivity activity, Long accountId, Instant now) {
        this.activity = activity;
        this.accountId = accountId;
        this.signedUpAt = now;
    }

    /** A cancelled sign-up taken up again (the unique key keeps one row per person and activity). */
    public void renew(Instant now) {
        this.status = SignUpStatus.SIGNED_UP;
        this.signedUpAt = now;
        this.cancelledAt = null;
    }

    public void cancel(Instant now) {
        if (status != SignUpStatus.SIGNED_UP) {
            throw new RuleViolation("该报名不能取消（" + status.label() + "）");
        }
        ActivityRules.checkCancellable(activity.getStartsAt(), now);
        this.status = SignUpStatus.CANCELLED;
        this.cancelledAt = now;
    }

    /** Attendance after the activity: hours above zero mean attended, zero absent. */
    public void record(BigDecimal hours, String by, Instant now) {
        if (status == SignUpStatus.CANCELLED) {
            throw new RuleViolation("已取消的报名不能记录时长");
        }
        ActivityRules.checkRecordable(activity.getEndsAt(), now);
        BigDecimal checked = ActivityRules.checkHours(hours, activity.getStartsAt(), activity.getEndsAt());
        this.hours = checked;
        this.status = checked.signum() > 0 ? SignUpStatus.ATTENDED : SignUpStatus.ABSENT;
        this.recordedBy = by;
        this.recordedAt = now;
    }

    public Long getId() { return id; }
    public VolunteerActivity getActivity() { return activity; }
    public Long getAccountId() { return accountId; }
    public SignUpStatus getStatus() { return status; }
    public BigDecimal getHours() { return hours; }
    public Instant getSignedUpAt() { return signedUpAt; }
    public Instant getRecordedAt() { return recordedAt; }
}
