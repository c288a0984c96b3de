package cn.scast.tianfu.popscience;

import cn.scast.tianfu.platform.TokenHash;
import cn.scast.tianfu.membership.UserAccount;
import cn.scast.tianfu.notification.Notifier;
import cn.scast.tianfu.notification.PublicLinks;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

/**
 * Delivers a published item to the subscribers the {@link AudienceRule} reaches: one inbox message (and mail to a
 * verified address) per account and item, recorded in popsci_delivery whose unique key refuses a second one.
 * Public subscribers without an account get the item by mail or SMS, recorded in popsci_subscriber_delivery
 * (unique per item and subscriber). Used by the push job, one person at a time inside the job's chunk transaction.
 */
@Stateless
@PermitAll
public class PopSciencePushes {

    @PersistenceContext(unitName = "tianfu")
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private Notifier notifier;

    /** The inbox topic of an item's push, which also counts how many of its messages were read. */
    static String inboxTopic(long itemId) {
        return "popsci.item." + itemId;
    }

    /** Accounts the {@link AudienceRule} reaches after {@code afterAccountId}, in id order (checked again on delivery). */
    public List<Long> candidates(long itemId, Long afterAccountId, int limit) {
        PopScienceItem item = em.find(PopScienceItem.class, itemId);
        if (item == null) {
            return List.of();
        }
        AudienceQuery audience = AudienceQuery.reaching(item.target());
        return audience.bind(em.createQuery("SELECT s.accountId FROM PopScienceSubscription s WHERE s.accountId > :after"
                        + audience.where() + " ORDER BY s.accountId", Long.class))
                .setParameter("after", afterAccountId == null ? 0L : afterAccountId)
                .setMaxResults(limit).getResultList();
    }

    /** Delivers the item to the account if the rule reaches it and it has not had it yet; whether it was delivered. */
    public boolean deliver(long itemId, long accountId) {
        PopScienceItem item = em.find(PopScienceItem.class, itemId);
        PopScienceSubscription subscription = em.find(PopScienceSubscription.class, accountId);
        UserAccount account = em.find(UserAccount.class, accountId);
        if (item == null || !item.isPublished() || subscription == null || account == null || !account.isEnabled()
                || !AudienceRule.reaches(item.target(), subscription.interest()) || delivered(itemId, accountId)) {
            return false;
        }
        // The unique key decides: a run of the job for the same item in parallel waits for this row and then
        // inserts nothing, so only one of them sends.
        int inserted = em.createNativeQuery("INSERT IGNORE INTO popsci_delivery (item_id, account_id, delivered_at) "
                        + "VALUES (?1, ?2, ?3)")
                .setParameter(1, itemId).setParameter(2, accountId).setParameter(3, Timestamp.from(clock.instant()))
                .executeUpdate();
        if (inserted == 0) {
            return false;
        }
        notifier.notify(account, inboxTopic(itemId), "【天府科普】" + item.getTitle(), message(item, account));
        return true;
    }

    /**
     * Subscribers without an account who confirmed and receive pushes, whom the {@link AudienceRule} reaches, after
     * {@code afterId}, in id order (checked again on delivery).
     */
    public List<Long> subscriberCandidates(long itemId, Long afterId, int limit) {
        PopScienceItem item = em.find(PopScienceItem.class, itemId);
        if (item == null) {
            return List.of();
        }
        AudienceQuery audience = AudienceQuery.reaching(item.target());
        return audience.bind(em.createQuery("SELECT s.id FROM PublicSubscriber s WHERE s.id > :after AND s.status = :active"
                        + audience.where() + " ORDER BY s.id", Long.class))
                .setParameter("after", afterId == null ? 0L : afterId).setParameter("active", SubscriberStatus.ACTIVE)
                .setMaxResults(limit).getResultList();
    }

    /**
     * Delivers the item to a public subscriber (mail to an e-mail subscriber, an SMS with the title and the item's
     * link to a mobile one) if the rule reaches it, it still receives pushes and has not had the item yet. Each
     * delivery has its own link token (stored hashed): the item link counts the read, the manage link unsubscribes.
     */
    public boolean deliverToSubscriber(long itemId, long subscriberId) {
        PopScienceItem item = em.find(PopScienceItem.class, itemId);
        PublicSubscriber subscriber = em.find(PublicSubscriber.class, subscriberId);
        if (item == null || !item.isPublished() || subscriber == null || !subscriber.receivesPushes()
                || !AudienceRule.reaches(item.target(), subscriber.interest())) {
            return false;
        }
        String token = TokenHash.newToken();
        int inserted = em.createNativeQuery("INSERT IGNORE INTO popsci_subscriber_delivery "
                        + "(item_id, subscriber_id, token_hash, delivered_at) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, itemId).setParameter(2, subscriberId).setParameter(3, TokenHash.of(token))
                .setParameter(4, Timestamp.from(clock.instant())).executeUpdate();
        if (inserted == 0) {
            return false;
        }
        String read = PublicLinks.to("/public/popscience-item.xhtml?id=" + item.getId() + "&t="
                + PublicSubscribers.encode(token));
        String manage = PublicSubscribers.manageLink(token);
        if (subscriber.getChannel() == SubscriberChannel.EMAIL) {
            notifier.sendMail(subscriber.getAddress(), "【天府科普】" + item.getTitle(), "您好：\n\n为您推送一条"
                    + item.getKind().label() + "：\n" + item.getTitle() + "\n\n" + item.getSummary() + "\n\n阅读全文："
                    + read + "\n\n修改关注的主题和地区，或退订（无需登录，立即生效）：\n" + manage
                    + "\n\n天府科技云 · 智慧科普");
        } else {
            notifier.sendSms(subscriber.getAddress(), "【天府科普】" + shortTitle(item.getTitle()) + " " + read
                    + " 退订：" + manage);
        }
        return true;
    }

    /** The figures of an item the caller already may see (checked by {@link PopScienceItems}). */
    public PushFigures figures(PopScienceItem item) {
        AudienceSize audience = audienceOf(item.target());
        long accountAudience = audience.accounts();
        long subscriberAudience = audience.subscribers();
        long accountDelivered = count("SELECT COUNT(*) FROM popsci_delivery WHERE item_id = ?1", item.getId());
        long accountRead = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM inbox_message WHERE topic = ?1 "
                + "AND read_at IS NOT NULL").setParameter(1, inboxTopic(item.getId())).getSingleResult()).longValue();
        long subscriberDelivered = count("SELECT COUNT(*) FROM popsci_subscriber_delivery WHERE item_id = ?1", item.getId());
        long subscriberRead = count("SELECT COUNT(*) FROM popsci_subscriber_delivery WHERE item_id = ?1 "
                + "AND read_at IS NOT NULL", item.getId());
        return new PushFigures(item.getId(), accountAudience + subscriberAudience, accountDelivered + subscriberDelivered,
                accountRead + subscriberRead, accountAudience, accountDelivered, accountRead, subscriberAudience,
                subscriberDelivered, subscriberRead);
    }

    /** How many accounts and confirmed public subscribers an item for {@code target} reaches, counted by the database. */
    public AudienceSize audienceOf(AudienceRule.Target target) {
        AudienceQuery audience = AudienceQuery.reaching(target);
        long accounts = audience.bind(em.createQuery("SELECT COUNT(s) FROM PopScienceSubscription s WHERE s.accountId > 0"
                + audience.where(), Long.class)).getSingleResult();
        long subscribers = audience.bind(em.createQuery("SELECT COUNT(s) FROM PublicSubscriber s WHERE s.status = :active"
                + audience.where(), Long.class)).setParameter("active", SubscriberStatus.ACTIVE).getSingleResult();
        return new AudienceSize(accounts, subscribers);
    }

    private long count(String sql, long itemId) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, itemId).getSingleResult()).longValue();
    }

    private static String shortTitle(String title) {
        return title.length() <= 40 ? title : title.substring(0, 39) + "…";
    }

    private boolean delivered(long itemId, long accountId) {
        return !em.createNativeQuery("SELECT 1 FROM popsci_delivery WHERE item_id = ?1 AND account_id = ?2")
                .setParameter(1, itemId).setParameter(2, accountId).getResultList().isEmpty();
    }

    private static String message(PopScienceItem item, UserAccount account) {
        return account.getDisplayName() + "，您好：\n\n为您推送一条" + item.getKind().label() + "：\n" + item.getTitle()
                + "\n\n" + item.getSummary() + "\n\n阅读全文：" + PublicLinks.to("/public/popscience-item.xhtml?id="
                + item.getId()) + "\n\n您可以在「我的科普订阅」中修改关注的主题和地区。\n\n天府科技云 · 智慧科普";
    }
}
