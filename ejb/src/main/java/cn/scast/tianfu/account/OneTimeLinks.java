package cn.scast.tianfu.account;

import cn.scast.tianfu.membership.AccountService;
import cn.scast.tianfu.membership.AccountStatus;
import cn.scast.tianfu.membership.PasswordPolicy;
import cn.scast.tianfu.membership.Role;
import cn.scast.tianfu.membership.UserAccount;
import cn.scast.tianfu.notification.Notifier;
import cn.scast.tianfu.notification.PublicLinks;
import cn.scast.tianfu.platform.AuditTrail;
import cn.scast.tianfu.platform.FieldError;
import cn.scast.tianfu.platform.RefusedInput;
import cn.scast.tianfu.platform.TokenHash;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * One-time links sent by mail: e-mail verification after registration, and the forgotten-password reset. Only the
 * SHA-256 of a token is stored; a link works once and before it expires, and a newer link of the same purpose ends
 * the older ones. An unknown, expired or used link changes nothing and is answered with one Chinese message.
 */
@Stateless
@PermitAll
public class OneTimeLinks {

    public static final String VERIFY_PAGE = "/public/verify-email.xhtml";
    public static final String RESET_PAGE = "/public/reset-password.xhtml";
    static final String LINK_INVALID = "链接无效、已过期或已使用，请重新申请";

    @PersistenceContext(unitName = "tianfu")
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private Notifier notifier;

    @EJB
    private AccountService accounts;

    @EJB
    private AuditTrail audit;

    @Inject
    private Pbkdf2PasswordHash passwordHash;

    /** Sends (again) the verification link to the account's address; earlier verification links end. */
    public void sendEmailVerification(UserAccount account) {
        if (account.getEmail() == null || account.isEmailVerified()) {
            return;
        }
        String token = issue(account, TokenPurpose.EMAIL_VERIFICATION);
        notifier.sendVerificationMail(account, PublicLinks.to(VERIFY_PAGE + "?token=" + encode(token)));
    }

    /** Marks the address of the link's account verified. @throws RefusedInput field token */
    public String verifyEmail(String token) {
        OneTimeToken link = usable(token, TokenPurpose.EMAIL_VERIFICATION);
        Instant now = clock.instant();
        link.use(now);
        UserAccount account = link.getAccount();
        account.verifyEmail(now);
        audit.record("account.email-verify", "UserAccount", account.getUsername(), null, null,
                "验证电子邮箱 " + account.getEmail());
        // A 公众 account needs no review: the verified address activates it.
        if (account.getStatus() == AccountStatus.PENDING && account.getRoles().equals(EnumSet.of(Role.PUBLIC))) {
            account.approve();
            audit.record("account.activate", "UserAccount", account.getUsername(), null, null, "公众账号经邮箱验证启用");
        }
        return account.getEmail();
    }

    /**
     * Mails a reset link when the username (or the mobile number of a self-registered account) names an active
     * account with a verified address; otherwise does nothing. The answer is the same either way, so it tells no one
     * which accounts exist.
     */
    public void requestPasswordReset(String username) {
        String name = username == null ? "" : username.strip();
        Optional<UserAccount> found = name.isEmpty() ? Optional.empty() : accounts.findByUsername(name);
        if (found.isEmpty() || !found.get().isEmailVerified() || found.get().getStatus() != AccountStatus.ACTIVE
                || !found.get().isEnabled()) {
            return;
        }
        UserAccount account = found.get();
        String token = issue(account, TokenPurpose.PASSWORD_RESET);
        notifier.sendPasswordResetMail(account, PublicLinks.to(RESET_PAGE + "?token=" + encode(token)));
    }

    /**
     * Sets a new password through a reset link. The link is checked first (unknown, expired or used: field
     * {@code token}), then the password policy (field {@code newPassword}, the link stays usable); nothing changes
     * unless both pass.
     */
    public void resetPassword(String token, String newPassword) {
        OneTimeToken link = usable(token, TokenPurpose.PASSWORD_RESET);
        UserAccount account = link.getAccount();
        List<FieldError> errors = new ArrayList<>();
        PasswordPolicy.problems(account.getUsername(), newPassword)
                .forEach(problem -> errors.add(new FieldError("newPassword", problem)));
        if (!errors.isEmpty()) {
            throw RefusedInput.invalid(errors);
        }
        Instant now = clock.instant();
        link.use(now);
        account.changePassword(passwordHash.generate(newPassword.toCharArray()), now);
        audit.record("account.password-reset", "UserAccount", account.getUsername(), null, null, "通过邮件链接重置密码");
        notifier.notify(account, "password.reset", "【天府科技云】您的密码已重置",
                account.getDisplayName() + "，您好：\n\n您的账号密码已于刚才通过邮件链接重置。如非本人操作，请立即联系所在市州科协。");
    }

    private String issue(UserAccount account, TokenPurpose purpose) {
        Instant now = clock.instant();
        // compared in Java: Instant query parameters are not converted like the mapped attributes
        em.createQuery("SELECT t FROM OneTimeToken t WHERE t.account = :account AND t.purpose = :purpose "
                        + "AND t.usedAt IS NULL", OneTimeToken.class)
                .setParameter("account", account).setParameter("purpose", purpose)
                .getResultList().stream().filter(older -> older.usableAt(now)).forEach(older -> older.expire(now));
        String token = TokenHash.newToken();
        em.persist(new OneTimeToken(account, purpose, TokenHash.of(token), now));
        return token;
    }

    /** The stored link for a token, locked so that two parallel uses cannot both succeed. */
    private OneTimeToken usable(String token, TokenPurpose purpose) {
        OneTimeToken link = em.createQuery("SELECT t FROM OneTimeToken t WHERE t.tokenHash = :hash AND t.purpose = :purpose",
                        OneTimeToken.class)
                .setParameter("hash", TokenHash.of(token)).setParameter("purpose", purpose)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().orElse(null);
        if (link == null || !link.usableAt(clock.instant())) {
            throw RefusedInput.invalid(List.of(new FieldError("token", LINK_INVALID)));
        }
        return link;
    }

    private static String encode(String token) {
        return URLEncoder.encode(token, StandardCharsets.UTF_8);
    }
}
