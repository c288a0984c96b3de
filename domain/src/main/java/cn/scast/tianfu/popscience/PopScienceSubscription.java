package cn.scast.tianfu.popscience;

import jakarta.persistence.Column;
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

    @Column(nullable = false, length = 200)
    private String topics;

    @Column(name = "audience_groups", nullable = false, length = 100)
    private String groups;

    @Column(name = "city_code", length = 6)
    private String cityCode;

    @Column(name = "county_code", length = 6)
    private String countyCode;

    @Column(length = 64)
    private String town;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected PopScienceSubscription() {
    }

    public PopScienceSubscription(Long accountId) {
        this.accountId = accountId;
    }

    public void choose(Set<PopScienceTopic> topics, Set<Audience> groups, Region region, Instant now) {
        this.topics = Topics.join(topics);
        this.groups = Topics.join(groups);
        this.cityCode = region.cityCode();
        this.countyCode = region.countyCode();
        this.town = region.town();
        this.updatedAt = now;
    }

    public AudienceRule.Interest interest() {
        return new AudienceRule.Interest(region(), topicSet(), groupSet());
    }

    public Region region() {
        return new Region(cityCode, countyCode, town);
    }

    public Set<PopScienceTopic> topicSet() {
        return Topics.split(topics, PopScienceTopic.class);
    }

    public Set<Audience> groupSet() {
        return Topics.split(groups, Audience.class);
    }

    public Long getAccountId() { return accountId; }
    public String getCityCode() { return cityCode; }
    public String getCountyCode() { return countyCode; }
    public String getTown() { return town; }
    public Instant getUpdatedAt() { return updatedAt; }
}
