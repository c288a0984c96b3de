package cn.scast.tianfu.popscience;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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

    @Embedded
    private PushInterest choice;

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
        this.choice = confirmation.choice().copy();
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

    public SubscriberAddress address() {
        return new SubscriberAddress(channel, address);
    }

    public Long getId() { return id; }
    public SubscriberChannel getChannel() { return channel; }
    public String getAddress() { return address; }
    public SubscriberStatus getStatus() { return status; }
    public String getCityCode() { return choice().getCityCode(); }
    public String getCountyCode() { return choice().getCountyCode(); }
    public String getTown() { return choice().getTown(); }
    public Instant getConfirmedAt() { return confirmedAt; }
}
