package cn.scast.tianfu.evaluation.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** An objection (异议) to a proposed awardee, filed by anyone during the notice period. */
@Entity
@Table(name = "evl_objection")
public class Objection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "notice_id")
    private Notice notice;

    @ManyToOne(optional = false)
    @JoinColumn(name = "entry_id")
    private Entry entry;

    @Column(name = "objector_name", nullable = false, length = 64)
    private String objectorName;

    @Column(nullable = false, length = 128)
    private String contact;

    @Column(nullable = false, length = 2000)
    private String reason;

    @Column(name = "filed_at", nullable = false)
    private Instant filedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ObjectionStatus status = ObjectionStatus.OPEN;

    @Column(name = "decision_reason", length = 1000)
    private String decisionReason;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    private long version;

    protected Objection() {
    }

    public Objection(Notice notice, Entry entry, String objectorName, String contact, String reason, Instant filedAt) {
        this.notice = notice;
        this.entry = entry;
        this.objectorName = objectorName;
        this.contact = contact;
        this.reason = reason;
        this.filedAt = filedAt;
    }

    public void decide(boolean upheld, String reason, String by, Instant at) {
        this.status = upheld ? ObjectionStatus.UPHELD : ObjectionStatus.DISMISSED;
        this.decisionReason = reason;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public boolean isOpen() {
        return status == ObjectionStatus.OPEN;
    }

    public Long getId() { return id; }
    public Notice getNotice() { return notice; }
    public Entry getEntry() { return entry; }
    public String getObjectorName() { return objectorName; }
    public String getContact() { return contact; }
    public String getReason() { return reason; }
    public Instant getFiledAt() { return filedAt; }
    public ObjectionStatus getStatus() { return status; }
    public String getDecisionReason() { return decisionReason; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public long getVersion() { return version; }
}
