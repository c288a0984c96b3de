package cn.scast.tianfu.popscience.qa;

import cn.scast.tianfu.popscience.PopScienceTopic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** An account designated expert of one 科普 topic: it answers questions of that topic in every region. */
@Entity
@Table(name = "popsci_expert")
public class PopScienceExpert {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PopScienceTopic topic;

    @Column(name = "designated_by", nullable = false, length = 64)
    private String designatedBy;

    @Column(name = "designated_at", nullable = false)
    private Instant designatedAt;

    protected PopScienceExpert() {
    }

    public PopScienceExpert(long accountId, PopScienceTopic topic, String by, Instant now) {
        this.accountId = accountId;
        this.topic = topic;
        this.designatedBy = by;
        this.designatedAt = now;
    }

    public Long getId() { return id; }
    public long getAccountId() { return accountId; }
    public PopScienceTopic getTopic() { return topic; }
    public String getDesignatedBy() { return designatedBy; }
    public Instant getDesignatedAt() { return designatedAt; }
}
