package cn.scast.tianfu.notification;

import cn.scast.tianfu.platform.Callers;
import cn.scast.tianfu.platform.RecordNotFound;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** The signed-in caller's own inbox: newest first, mark one or all read. No one reads another account's inbox. */
@Stateless
@RolesAllowed({"admin", "city-staff", "society-officer", "jury-member", "worker", "enterprise", "public"})
public class InboxService {

    public static final int MAX_MESSAGES = 200;

    @PersistenceContext(unitName = "tianfu")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    public List<InboxMessageView> messages(boolean unreadOnly) {
        return em.createQuery("SELECT m FROM InboxMessage m WHERE m.accountId = :account"
                        + (unreadOnly ? " AND m.readAt IS NULL" : "") + " ORDER BY m.createdAt DESC, m.id DESC",
                        InboxMessage.class)
                .setParameter("account", callerAccountId())
                .setMaxResults(MAX_MESSAGES)
                .getResultStream().map(InboxMessageView::of).toList();
    }

    public long unreadCount() {
        return em.createQuery("SELECT COUNT(m) FROM InboxMessage m WHERE m.accountId = :account AND m.readAt IS NULL",
                Long.class).setParameter("account", callerAccountId()).getSingleResult();
    }

    /** @throws RecordNotFound for an unknown id or another account's message (both 404) */
    public InboxMessageView markRead(long id) {
        InboxMessage message = em.find(InboxMessage.class, id);
        if (message == null || !message.getAccountId().equals(callerAccountId())) {
            throw RecordNotFound.orHidden();
        }
        message.markRead(clock.instant());
        return InboxMessageView.of(message);
    }

    public int markAllRead() {
        Instant now = clock.instant();
        List<InboxMessage> unread = em.createQuery("SELECT m FROM InboxMessage m WHERE m.accountId = :account "
                + "AND m.readAt IS NULL", InboxMessage.class).setParameter("account", callerAccountId()).getResultList();
        unread.forEach(m -> m.markRead(now));
        return unread.size();
    }

    private Long callerAccountId() {
        String name = Callers.name(session);
        return em.createQuery("SELECT a.id FROM UserAccount a WHERE a.username = :u", Long.class)
                .setParameter("u", name).getResultStream().findFirst()
                .orElseThrow(RecordNotFound::orHidden);
    }
}
