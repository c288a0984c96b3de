package cn.scast.tianfu.notification;

import cn.scast.tianfu.membership.UserAccount;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.literal.NamedLiteral;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;


/**
 * Tells an account something: always in its in-app inbox, and by mail only when its address is verified
 * (unverified addresses get nothing but the verification mail, see {@link #sendVerificationMail}).
 */
@Stateless
@PermitAll
public class Notifier {

    @PersistenceContext(unitName = "tianfu")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Event<OutgoingMail> mails;

    @Inject
    @Any
    private Instance<SmsSender> smsSenders;

    public void notify(UserAccount account, String topic, String subject, String body) {
        em.persist(new InboxMessage(account.getId(), topic, subject, body, clock.instant()));
        if (account.isEmailVerified()) {
            mails.fire(new OutgoingMail(account.getEmail(), subject, body));
        }
    }

    /** The one mail an unverified address gets: the link that proves it belongs to the applicant. */
    public void sendVerificationMail(UserAccount account, String link) {
        mails.fire(new OutgoingMail(account.getEmail(), "【天府科技云】请验证您的电子邮箱",
                account.getDisplayName() + "，您好：\n\n请打开以下链接验证您的电子邮箱（3 天内有效，仅可使用一次）：\n"
                        + link + "\n\n验证后，审核结果和密码找回等通知才会发送到此邮箱。如非本人操作，请忽略本邮件。\n\n天府科技云"));
    }

    /**
     * A mail to an address that belongs to no account yet, carrying a one-time link that proves the address (the
     * public 人气奖 vote by e-mail): nothing else is ever sent there.
     */
    public void sendLinkMail(String address, String subject, String body) {
        mails.fire(new OutgoingMail(address, subject, body));
    }

    /** A password reset link; only ever sent to a verified address (checked by the caller). */
    public void sendPasswordResetMail(UserAccount account, String link) {
        mails.fire(new OutgoingMail(account.getEmail(), "【天府科技云】重置密码",
                account.getDisplayName() + "，您好：\n\n请在 30 分钟内打开以下链接设置新密码（仅可使用一次）：\n" + link
                        + "\n\n如非本人操作，请忽略本邮件，您的密码不会改变。\n\n天府科技云"));
    }

    /**
     * A mail to an address that belongs to no account (a public subscriber's confirmed address, or the confirmation
     * link that proves it); the caller decides that the address may receive it.
     */
    public void sendMail(String address, String subject, String body) {
        mails.fire(new OutgoingMail(address, subject, body));
    }

    /** A text message through the configured {@link SmsSender} (system property tianfu.sms.sender). */
    public void sendSms(String mobile, String text) {
        String name = System.getProperty(SmsSender.SENDER_PROPERTY, OutboxSmsSender.NAME).strip();
        Instance<SmsSender> chosen = smsSenders.select(NamedLiteral.of(name.isEmpty() ? OutboxSmsSender.NAME : name));
        if (chosen.isUnsatisfied()) {
            throw new IllegalStateException("no SMS sender named '" + name + "' (system property "
                    + SmsSender.SENDER_PROPERTY + ")");
        }
        chosen.get().send(mobile, text);
    }
}
