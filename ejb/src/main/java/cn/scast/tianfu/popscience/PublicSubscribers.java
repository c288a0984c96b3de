package cn.scast.tianfu.popscience;

import cn.scast.tianfu.platform.TokenHash;
import cn.scast.tianfu.platform.RefusedInput;
import cn.scast.tianfu.notification.Notifier;
import cn.scast.tianfu.notification.PublicLinks;
import cn.scast.tianfu.platform.RuleViolation;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Public subscribers without an account (智慧科普 push by e-mail or SMS). Subscribing makes or finds the pending
 * subscriber of the address and sends a confirmation (a one-time link by mail, a 6-digit code by SMS); the answer is
 * the same whether the address is new, pending, subscribed or unsubscribed. The choices apply only when the
 * confirmation is used. At most {@value #MAX_REQUESTS_PER_HOUR} confirmations per address and hour. Every message to a
 * subscriber carries a link (its own random token, stored hashed) to the manage page, where one click unsubscribes.
 */
@Stateless
@PermitAll
public class PublicSubscribers {

    public static final String CONFIRM_PAGE = "/public/popscience-confirm.xhtml";
    public static final String MANAGE_PAGE = "/public/popscience-subscription.xhtml";
    public static final int MAX_REQUESTS_PER_HOUR = 3;
    static final String LINK_INVALID = "链接无效、已过期或已使用，请重新订阅";
    static final String MANAGE_LINK_INVALID = "链接无效，请使用最近一封邮件或短信中的退订链接";

    @PersistenceContext(unitName = "tianfu")
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private Notifier notifier;

    /** Asks for a confirmation of the choices; returns the masked address the confirmation went to. */
    public String subscribe(PublicSubscriptionForm form) {
        if (form == null) {
            form = new PublicSubscriptionForm();
        }
        FormReader read = new FormReader();
        SubscriberAddress address = null;
        try {
            address = SubscriberAddress.of(form.email, form.mobile);
        } catch (RuleViolation refused) {
            read.error(form.mobile != null && !form.mobile.isBlank() && (form.email == null || form.email.isBlank())
                    ? "mobile" : "email", refused.getMessage());
        }
        Set<PopScienceTopic> topics = read.many("topics", form.topics, PopScienceTopic.class);
        Set<Audience> groups = read.many("groups", form.groups, Audience.class);
        if (topics.isEmpty() && (form.topics == null || form.topics.isEmpty())) {
            read.error("topics", "请至少选择一个关注的主题");
        }
        read.check();
        Region region = RegionNames.known(em, form.cityCode, form.countyCode, form.town);

        Instant now = clock.instant();
        // two first requests for one address at once: the unique key keeps one row, both go on with it
        em.createNativeQuery("INSERT IGNORE INTO popsci_subscriber (channel, address, status, created_at) "
                        + "VALUES (?1, ?2, 'PENDING', ?3)")
                .setParameter(1, address.channel().name()).setParameter(2, address.value())
                .setParameter(3, Timestamp.from(now)).executeUpdate();
        PublicSubscriber subscriber = em.createQuery("SELECT s FROM PublicSubscriber s WHERE s.address = :a",
                        PublicSubscriber.class)
                .setParameter("a", address.value()).setLockMode(LockModeType.PESSIMISTIC_WRITE).getSingleResult();

        List<SubscriberConfirmation> earlier = em.createQuery("SELECT c FROM SubscriberConfirmation c "
                        + "WHERE c.subscriberId = :s ORDER BY c.id DESC", SubscriberConfirmation.class)
                .setParameter("s", subscriber.getId()).setMaxResults(MAX_REQUESTS_PER_HOUR).getResultList();
        Instant hourAgo = now.minus(Duration.ofHours(1));
        if (earlier.stream().filter(c -> c.getCreatedAt().isAfter(hourAgo)).count() >= MAX_REQUESTS_PER_HOUR) {
            throw new SubscriberRequestsThrottled("同一邮箱或手机号每小时最多申请 " + MAX_REQUESTS_PER_HOUR
                    + " 次确认，请稍后再试");
        }
        em.createQuery("SELECT c FROM SubscriberConfirmation c WHERE c.subscriberId = :s AND c.usedAt IS NULL",
                        SubscriberConfirmation.class)
                .setParameter("s", subscriber.getId()).getResultList().forEach(older -> older.expire(now));

        if (address.channel() == SubscriberChannel.EMAIL) {
            String token = TokenHash.newToken();
            em.persist(SubscriberConfirmation.byLink(subscriber.getId(), TokenHash.of(token), topics, groups,
                    region, now));
            notifier.sendMail(address.value(), "【天府科普】请确认您的科普订阅",
                    "您好：\n\n有人（希望是您本人）在天府科技云订阅了智慧科普推送：\n" + choices(topics, region)
                            + "\n\n请在 24 小时内打开以下链接确认（仅可使用一次）：\n"
                            + PublicLinks.to(CONFIRM_PAGE + "?token=" + encode(token))
                            + "\n\n确认后才会收到推送；如非本人操作，请忽略本邮件，您不会收到任何推送。\n\n天府科技云 · 智慧科普");
        } else {
            String code = SubscriberConfirmation.newCode();
            em.persist(SubscriberConfirmation.byCode(subscriber.getId(), TokenHash.newToken(), code, topics,
                    groups, region, now));
            notifier.sendSms(address.value(), "【天府科技云】您的智慧科普订阅验证码为 " + code
                    + "，10 分钟内有效，请勿告诉他人。如非本人操作请忽略。");
        }
        return address.masked();
    }

    /** Confirms by the mailed link's token, or by mobile number and SMS code (a wrong code is counted and kept). */
    public ConfirmationResult confirm(SubscriberConfirmationForm form) {
        if (form != null && form.token != null && !form.token.isBlank()) {
            return confirmLink(form.token);
        }
        if (form == null || form.mobile == null || form.mobile.isBlank()) {
            FormReader read = new FormReader();
            read.error("token", "请使用邮件中的确认链接，或填写手机号和短信验证码");
            read.check();
        }
        SubscriberAddress mobile;
        try {
            mobile = SubscriberAddress.mobile(form.mobile);
        } catch (RuleViolation refused) {
            FormReader read = new FormReader();
            read.error("mobile", refused.getMessage());
            read.check();
            throw refused;
        }
        Instant now = clock.instant();
        PublicSubscriber subscriber = em.createQuery("SELECT s FROM PublicSubscriber s WHERE s.address = :a",
                        PublicSubscriber.class).setParameter("a", mobile.value())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst().orElse(null);
        SubscriberConfirmation latest = subscriber == null ? null : em.createQuery("SELECT c FROM SubscriberConfirmation c "
                        + "WHERE c.subscriberId = :s ORDER BY c.id DESC", SubscriberConfirmation.class)
                .setParameter("s", subscriber.getId()).setMaxResults(1).getResultStream().findFirst().orElse(null);
        if (latest == null) {
            return new ConfirmationResult("EXPIRED", null, mobile.masked(), 0);
        }
        SubscriberConfirmation.CodeCheck check = latest.tryCode(form.code, now);
        if (check == SubscriberConfirmation.CodeCheck.CONFIRMED) {
            return activate(subscriber, latest, now);
        }
        return new ConfirmationResult(check.name(), null, mobile.masked(), latest.attemptsLeft());
    }

    /** The manage page's view of the subscriber of a link. */
    public PublicSubscriberView manage(String token) {
        return view(byLink(token, false));
    }

    /** Stops all deliveries to the subscriber of the link at once (again: the same answer). */
    public PublicSubscriberView unsubscribe(String token) {
        PublicSubscriber subscriber = byLink(token, true);
        subscriber.unsubscribe(clock.instant());
        return view(subscriber);
    }

    /** Records that a pushed item was opened through the link of its delivery (the read count of subscribers). */
    public void opened(long itemId, String token) {
        if (token == null || token.isBlank()) {
            return;
        }
        em.createNativeQuery("UPDATE popsci_subscriber_delivery SET read_at = ?1 WHERE token_hash = ?2 AND item_id = ?3 "
                        + "AND read_at IS NULL")
                .setParameter(1, Timestamp.from(clock.instant())).setParameter(2, TokenHash.of(token))
                .setParameter(3, itemId).executeUpdate();
    }

    private ConfirmationResult confirmLink(String token) {
        Instant now = clock.instant();
        SubscriberConfirmation link = em.createQuery("SELECT c FROM SubscriberConfirmation c WHERE c.tokenHash = :h",
                        SubscriberConfirmation.class)
                .setParameter("h", TokenHash.of(token)).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().orElse(null);
        if (link == null || link.byCode() || !link.usableAt(now)) {
            throw RefusedInput.rule("token", LINK_INVALID);
        }
        link.use(now);
        PublicSubscriber subscriber = em.find(PublicSubscriber.class, link.getSubscriberId(),
                LockModeType.PESSIMISTIC_WRITE);
        return activate(subscriber, link, now);
    }

    private ConfirmationResult activate(PublicSubscriber subscriber, SubscriberConfirmation confirmation, Instant now) {
        String manageToken = TokenHash.newToken();
        subscriber.confirm(confirmation, TokenHash.of(manageToken), now);
        String manage = manageLink(manageToken);
        String choices = choices(subscriber.topicSet(), subscriber.region());
        if (subscriber.getChannel() == SubscriberChannel.EMAIL) {
            notifier.sendMail(subscriber.getAddress(), "【天府科普】订阅成功", "您好：\n\n您已订阅天府科技云智慧科普推送：\n"
                    + choices + "\n\n修改或退订（无需登录）：\n" + manage + "\n\n天府科技云 · 智慧科普");
        } else {
            notifier.sendSms(subscriber.getAddress(), "【天府科技云】智慧科普订阅成功。退订或管理：" + manage);
        }
        return new ConfirmationResult("CONFIRMED", manageToken, subscriber.address().masked(), 0);
    }

    /** The subscriber of a manage link or of a delivery's link. */
    private PublicSubscriber byLink(String token, boolean lock) {
        String hash = TokenHash.of(token);
        Long id = em.createQuery("SELECT s.id FROM PublicSubscriber s WHERE s.manageHash = :h", Long.class)
                .setParameter("h", hash).getResultStream().findFirst().orElse(null);
        if (id == null) {
            id = ((List<?>) em.createNativeQuery("SELECT subscriber_id FROM popsci_subscriber_delivery WHERE token_hash = ?1")
                    .setParameter(1, hash).getResultList()).stream().findFirst()
                    .map(value -> ((Number) value).longValue()).orElse(null);
        }
        if (token == null || token.isBlank() || id == null) {
            throw RefusedInput.rule("token", MANAGE_LINK_INVALID);
        }
        return lock ? em.find(PublicSubscriber.class, id, LockModeType.PESSIMISTIC_WRITE)
                : em.find(PublicSubscriber.class, id);
    }

    private PublicSubscriberView view(PublicSubscriber s) {
        return new PublicSubscriberView(s.address().masked(), s.getChannel().name(), s.getStatus().name(),
                s.topicSet().stream().map(PopScienceTopic::label).toList(),
                s.groupSet().stream().map(Audience::label).toList(),
                s.getStatus() == SubscriberStatus.PENDING ? "" : RegionNames.of(em, s.region()));
    }

    private String choices(Set<PopScienceTopic> topics, Region region) {
        return "主题：" + String.join("、", topics.stream().map(PopScienceTopic::label).toList())
                + "；地区：" + RegionNames.of(em, region);
    }

    static String manageLink(String token) {
        return PublicLinks.to(MANAGE_PAGE + "?token=" + encode(token));
    }

    static String encode(String token) {
        return URLEncoder.encode(token, StandardCharsets.UTF_8);
    }
}
