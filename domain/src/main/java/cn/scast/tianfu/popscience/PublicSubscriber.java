package cn.scast.tianfu.popscience;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Set;

/**
 * A public subscriber without an account, by e-mail address or mobile number: pending until a confirmation is used,
 * then it receives pushes with the confirmed choices until it unsubscribes. One per address.
 */
@Entity
@Table(name = "popsci_subscriber")
public class PublicSubscriber {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private SubscriberChannel channel;

    @Column(nullable = false, length = 254)
    private String address;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SubscriberStatus status;

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

    @Column(name = "manage_hash", length = 64)
    private String manageHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "unsubscribed_at")
    private Instant unsubscribedAt;

    protected PublicSubscriber() {
    }

    /** Applies the choices of a used confirmation: the subscriber receives pushes from now on. */
    public void confirm(SubscriberConfirmation confirmation, String newManageHash, Instant now) {
        this.topics = confirmation.getTopics();
        this.groups = confirmation.getGroups();
        this.cityCode = confirmation.getCityCode();
        this.countyCode = confirmation.getCountyCode();
        this.town = confirmation.getTown();
        this.manageHash = newManageHash;
        this.status = SubscriberStatus.ACTIVE;
        this.confirmedAt = now;
        this.unsubscribedAt = null;
    }

    /** Stops every delivery at once. */
    public void unsubscribe(Instant now) {
        if (status != SubscriberStatus.UNSUBSCRIBED) {
            status = SubscriberStatus.UNSUBSCRIBED;
            unsubscribedAt = now;
        }
    }

    public boolean receivesPushes() {
        return status == SubscriberStatus.ACTIVE;
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

    public SubscriberAddress address() {
        return new SubscriberAddress(channel, address);
    }

    public Long getId() { return id; }
    public SubscriberChannel getChannel() { return channel; }
    public String getAddress() { return address; }
    public SubscriberStatus getStatus() { return status; }
    public String getCityCode() { return cityCode; }
    public String getCountyCode() { return countyCode; }
    public String getTown() { return town; }
    public Instant getConfirmedAt() { return confirmedAt; }
}
