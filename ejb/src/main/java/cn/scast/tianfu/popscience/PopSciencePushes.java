package cn.scast.tianfu.popscience;

import cn.scast.tianfu.membership.UserAccount;
import cn.scast.tianfu.notification.Notifier;
import cn.scast.tianfu.notification.PublicLinks;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Delivers a published item to the subscribers the {@link AudienceRule} reaches: one inbox message (and mail to a
 * verified address) per account and item, recorded in popsci_delivery whose unique key refuses a second one.
 * Used by the push job, one account at a time inside the job's chunk transaction.
 */
@Stateless
@PermitAll
public class PopSciencePushes {

    @PersistenceContext(unitName = "tianfu")
    private EntityManager em;

    @EJB
    private Notifier notifier;

    /** The inbox topic of an item's push, which also counts how many of its messages were read. */
    static String inboxTopic(long itemId) {
        return "popsci.item." + itemId;
    }

    /** Subscribers inside the item's region after {@code afterAccountId}, in id order (topics are checked on delivery). */
    public List<Long> candidates(long itemId, Long afterAccountId, int limit) {
        PopScienceItem item = em.find(PopScienceItem.class, itemId);
        if (item == null) {
            return List.of();
        }
        return em.createQuery("SELECT s.accountId FROM PopScienceSubscription s WHERE s.accountId > :after"
                        + regionFilter(item) + " ORDER BY s.accountId", Long.class)
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
                .setParameter(1, itemId).setParameter(2, accountId).setParameter(3, Timestamp.from(Instant.now()))
                .executeUpdate();
        if (inserted == 0) {
            return false;
        }
        notifier.notify(account, inboxTopic(itemId), "【天府科普】" + item.getTitle(), message(item, account));
        return true;
    }

    /** The figures of an item the caller already may see (checked by {@link PopScienceItems}). */
    public PushFigures figures(PopScienceItem item) {
        List<PopScienceSubscription> inRegion = em.createQuery("SELECT s FROM PopScienceSubscription s WHERE s.accountId > 0"
                + regionFilter(item), PopScienceSubscription.class).getResultList();
        AudienceRule.Target target = item.target();
        long audience = inRegion.stream().filter(s -> AudienceRule.reaches(target, s.interest())).count();
        long delivered = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM popsci_delivery WHERE item_id = ?1")
                .setParameter(1, item.getId()).getSingleResult()).longValue();
        long read = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM inbox_message WHERE topic = ?1 "
                + "AND read_at IS NOT NULL").setParameter(1, inboxTopic(item.getId())).getSingleResult()).longValue();
        return new PushFigures(item.getId(), audience, delivered, read);
    }

    private boolean delivered(long itemId, long accountId) {
        return !em.createNativeQuery("SELECT 1 FROM popsci_delivery WHERE item_id = ?1 AND account_id = ?2")
                .setParameter(1, itemId).setParameter(2, accountId).getResultList().isEmpty();
    }

    /** JPQL conditions on {@code s} for subscribers inside the item's region (literal codes: they are validated). */
    private static String regionFilter(PopScienceItem item) {
        Region region = item.region();
        StringBuilder where = new StringBuilder();
        if (region.cityCode() != null) {
            where.append(" AND s.cityCode = '").append(region.cityCode()).append('\'');
        }
        if (region.countyCode() != null) {
            where.append(" AND s.countyCode = '").append(region.countyCode()).append('\'');
        }
        return where.toString();
    }

    private static String message(PopScienceItem item, UserAccount account) {
        return account.getDisplayName() + "，您好：\n\n为您推送一条" + item.getKind().label() + "：\n" + item.getTitle()
                + "\n\n" + item.getSummary() + "\n\n阅读全文：" + PublicLinks.to("/public/popscience-item.xhtml?id="
                + item.getId()) + "\n\n您可以在「我的科普订阅」中修改关注的主题和地区。\n\n天府科技云 · 智慧科普";
    }
}
