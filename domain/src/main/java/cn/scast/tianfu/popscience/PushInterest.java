package cn.scast.tianfu.popscience;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Set;

/**
 * What someone wants pushed: topics, the audience groups they belong to, and where they live. Kept alike by an
 * account's subscription, a public subscriber and the confirmation that a subscriber's new choices wait in.
 */
@Embeddable
public class PushInterest {

    /** The choice of a subscriber who has confirmed nothing yet: no topic, no group, no region. */
    public static final PushInterest NONE = new PushInterest();

    @Column(length = 200)
    private String topics;

    @Column(name = "audience_groups", length = 100)
    private String groups;

    @Column(name = "city_code", length = 6)
    private String cityCode;

    @Column(name = "county_code", length = 6)
    private String countyCode;

    @Column(length = 64)
    private String town;

    protected PushInterest() {
    }

    public PushInterest(Set<PopScienceTopic> topics, Set<Audience> groups, Region region) {
        this.topics = Topics.join(topics);
        this.groups = Topics.join(groups);
        this.cityCode = region.cityCode();
        this.countyCode = region.countyCode();
        this.town = region.town();
    }

    /** An equal choice of its own: an embedded value belongs to one entity, so one entity never shares another's. */
    public PushInterest copy() {
        PushInterest copy = new PushInterest();
        copy.topics = topics;
        copy.groups = groups;
        copy.cityCode = cityCode;
        copy.countyCode = countyCode;
        copy.town = town;
        return copy;
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

    public String getCityCode() { return cityCode; }
    public String getCountyCode() { return countyCode; }
    public String getTown() { return town; }
}
