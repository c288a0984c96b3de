package cn.scast.tianfu.popscience;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Set;

/** What an account wants pushed: topics, audience groups it belongs to, and where it lives. One per account. */
@Entity
@Table(name = "popsci_subscription")
public class PopScienceSubscription {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Embedded
    private PushInterest choice;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected PopScienceSubscription() {
    }

    public PopScienceSubscription(Long accountId) {
        this.accountId = accountId;
    }

    public void choose(Set<PopScienceTopic> topics, Set<Audience> groups, Region region, Instant now) {
        this.choice = new PushInterest(topics, groups, region);
        this.updatedAt = now;
    }

    /** The confirmed (or chosen) interest; {@link PushInterest#NONE} before there is one. */
    public PushInterest choice() {
        return choice == null ? PushInterest.NONE : choice;
    }

    public AudienceRule.Interest interest() {
        return choice().interest();
    }

    public Region region() {
        return choice().region();
    }

    public Set<PopScienceTopic> topicSet() {
        return choice().topicSet();
    }

    public Set<Audience> groupSet() {
        return choice().groupSet();
    }

    public Long getAccountId() { return accountId; }
    public String getCityCode() { return choice().getCityCode(); }
    public String getCountyCode() { return choice().getCountyCode(); }
    public String getTown() { return choice().getTown(); }
    public Instant getUpdatedAt() { return updatedAt; }
}
