package cn.scast.tianfu.evaluation.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** A proposed awardee on a notice, copied from the final round's leaderboard when the notice opened. */
@Entity
@Table(name = "evl_notice_entry")
public class NoticeEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "notice_id")
    private Notice notice;

    @ManyToOne(optional = false)
    @JoinColumn(name = "entry_id")
    private Entry entry;

    @Column(nullable = false)
    private int place;

    @Column(nullable = false, length = 32)
    private String tier;

    /** Position of the tier in the round's scheme, 1 = highest; orders the published list. */
    @Column(name = "tier_order", nullable = false)
    private int tierOrder;

    @Column(nullable = false, precision = 9, scale = 2)
    private BigDecimal score;

    @Column(nullable = false)
    private boolean withdrawn;

    @Column(name = "withdrawn_reason", length = 500)
    private String withdrawnReason;

    protected NoticeEntry() {
    }

    public NoticeEntry(Notice notice, Entry entry, int place, String tier, int tierOrder, BigDecimal score) {
        this.notice = notice;
        this.entry = entry;
        this.place = place;
        this.tier = tier;
        this.tierOrder = tierOrder;
        this.score = score;
    }

    public void withdraw(String reason) {
        this.withdrawn = true;
        this.withdrawnReason = reason;
    }

    public Long getId() { return id; }
    public Notice getNotice() { return notice; }
    public Entry getEntry() { return entry; }
    public int getPlace() { return place; }
    public String getTier() { return tier; }
    public int getTierOrder() { return tierOrder; }
    public BigDecimal getScore() { return score; }
    public boolean isWithdrawn() { return withdrawn; }
    public String getWithdrawnReason() { return withdrawnReason; }
}
