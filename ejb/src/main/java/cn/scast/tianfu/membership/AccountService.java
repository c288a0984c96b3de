package cn.scast.tianfu.membership;

import cn.scast.tianfu.platform.AuditTrail;
import cn.scast.tianfu.platform.Callers;
import cn.scast.tianfu.platform.FieldError;
import cn.scast.tianfu.platform.RecordNotFound;
import cn.scast.tianfu.platform.RefusedInput;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Logins: creating accounts, checking passwords, changing them. Failed checks are counted per username and
 * source address ({@link LoginThrottles}), so a flood of wrong passwords from one address blocks that address,
 * never the owner signing in from another one. An unknown username is answered exactly like a known one with a
 * wrong password, after a hash check of the same cost.
 */
@Stateless
@PermitAll
public class AccountService {

    @PersistenceContext(unitName = "tianfu")
    private EntityManager em;

    @Inject
    private Pbkdf2PasswordHash passwordHash;

    @EJB
    private LoginThrottles throttles;

    @EJB
    private AuditTrail audit;

    @Resource
    private SessionContext session;

    private final Clock clock = Clock.systemUTC();

    /** A hash of no one's password, checked for unknown usernames so that they take as long as known ones. */
    private static volatile String dummyHash;

    public UserAccount createAccount(String username, String displayName, char[] password, Set<Role> roles) {
        return createAccount(username, displayName, password, roles, false);
    }

    /** @param mustChangePassword true when the password is a known default that its owner must replace first */
    public UserAccount createAccount(String username, String displayName, char[] password, Set<Role> roles,
                                     boolean mustChangePassword) {
        UserAccount account = new UserAccount(username, displayName, passwordHash.generate(password), roles);
        if (mustChangePassword) {
            account.requirePasswordChange();
        }
        em.persist(account);
        return account;
    }

    public Optional<UserAccount> findByUsername(String username) {
        return em.createQuery("SELECT a FROM UserAccount a WHERE a.username = :username", UserAccount.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    public long countAccounts() {
        return em.createQuery("SELECT COUNT(a) FROM UserAccount a", Long.class).getSingleResult();
    }

    /**
     * Checks a password sent from a source address. While the address is blocked for that username (or for all)
     * the password is not looked at, so guessing gains nothing; a disabled account is only told once the password
     * was right, so the answer never reveals which usernames exist.
     */
    public LoginOutcome authenticate(String username, char[] password, String sourceAddress) {
        Instant now = clock.instant();
        LoginThrottles.OnRecord onRecord = throttles.onRecord(username, sourceAddress, now);
        if (onRecord.blockedUntil().isPresent()) {
            return LoginOutcome.locked(onRecord.blockedUntil().get());
        }
        Optional<UserAccount> found = username == null ? Optional.empty() : findByUsername(username);
        if (found.isEmpty() || !passwordHash.verify(password, found.get().getPasswordHash())) {
            if (found.isEmpty()) {
                passwordHash.verify(password, dummyHash());
            }
            return throttles.recordFailure(username, sourceAddress, now)
                    .map(LoginOutcome::locked).orElseGet(LoginOutcome::invalid);
        }
        UserAccount account = found.get();
        if (onRecord.failuresToForget()) {
            throttles.recordSuccess(username, sourceAddress); // most sign-ins have none: then nothing is written
        }
        if (!account.isEnabled()) {
            return LoginOutcome.disabled();
        }
        return switch (account.getStatus()) {
            case ACTIVE -> LoginOutcome.valid(account);
            case PENDING -> LoginOutcome.pending();
            case REJECTED -> LoginOutcome.rejected(rejectionReason(account));
        };
    }

    /**
     * The signed-in caller replaces their password. A wrong current password counts as a failed sign-in from
     * that address (and is refused while the address is blocked); the new one must pass {@link PasswordPolicy}
     * and differ from the current one. Audited without either password.
     *
     * @throws RefusedInput with field errors (currentPassword, newPassword)
     * @throws LoginBlockedException while the address is blocked for this account
     */
    @RolesAllowed({"admin", "city-staff", "society-officer", "jury-member", "worker", "enterprise", "public"})
    public void changePassword(char[] currentPassword, char[] newPassword, String sourceAddress) {
        String username = Callers.name(session);
        UserAccount account = findByUsername(username)
                .orElseThrow(RecordNotFound::orHidden);
        Instant now = clock.instant();
        throttles.blockedUntil(username, sourceAddress, now).ifPresent(until -> {
            throw new LoginBlockedException(until);
        });
        char[] current = currentPassword == null ? new char[0] : currentPassword;
        if (current.length == 0) {
            throw RefusedInput.invalid(List.of(new FieldError("currentPassword", "请输入当前密码")));
        }
        if (!passwordHash.verify(current, account.getPasswordHash())) {
            Optional<Instant> block = throttles.recordPasswordChangeFailure(username, sourceAddress, now);
            if (block.isPresent()) {
                throw new LoginBlockedException(block.get());
            }
            throw RefusedInput.invalid(List.of(new FieldError("currentPassword", "当前密码不正确")));
        }
        String candidate = newPassword == null ? "" : new String(newPassword);
        List<FieldError> errors = new ArrayList<>();
        PasswordPolicy.problems(account.getUsername(), candidate)
                .forEach(problem -> errors.add(new FieldError("newPassword", problem)));
        if (errors.isEmpty() && passwordHash.verify(newPassword, account.getPasswordHash())) {
            errors.add(new FieldError("newPassword", "新密码不能与当前密码相同"));
        }
        if (!errors.isEmpty()) {
            throw RefusedInput.invalid(errors);
        }
        boolean wasRequired = account.isMustChangePassword();
        account.changePassword(passwordHash.generate(newPassword), now);
        throttles.recordPasswordChange(username, sourceAddress);
        audit.record("account.password-change", "UserAccount", account.getUsername(), null, null,
                wasRequired ? "首次登录修改默认密码" : "修改密码");
    }

    /** The reviewer's reason for refusing a self-registration (shown to its owner only, after the right password). */
    private String rejectionReason(UserAccount account) {
        return em.createQuery("SELECT a.reason FROM AccountApplication a WHERE a.account = :account", String.class)
                .setParameter("account", account).getResultStream().findFirst().orElse(null);
    }

    /** Whether the account must replace its password before doing anything else. */
    public boolean mustChangePassword(String username) {
        return findByUsername(username).map(UserAccount::isMustChangePassword).orElse(false);
    }

    /** Failed sign-ins and blocks of a username, per source address. */
    @RolesAllowed("admin")
    public List<LoginBlockView> loginBlocks(String username) {
        Instant now = clock.instant();
        return throttles.forUsername(username).stream().map(t -> LoginBlockView.of(t, now)).toList();
    }

    /** The latest failure counts of all usernames and addresses, for the administrator's overview. */
    @RolesAllowed("admin")
    public List<LoginBlockView> recentLoginFailures(int limit) {
        Instant now = clock.instant();
        return throttles.recent(limit).stream().map(t -> LoginBlockView.of(t, now)).toList();
    }

    /**
     * Lifts every block and forgets every failure of an account, from all addresses; audited with what was lifted.
     *
     * @throws RecordNotFound when no such account exists
     */
    @RolesAllowed("admin")
    public List<LoginBlockView> liftLoginBlocks(String username) {
        UserAccount account = findByUsername(username).orElseThrow(RecordNotFound::orHidden);
        List<LoginBlockView> before = loginBlocks(account.getUsername());
        throttles.lift(account.getUsername());
        audit.record("account.login-blocks-lift", "UserAccount", account.getUsername(),
                before.stream().map(b -> Map.of("sourceAddress", b.sourceAddress(), "failures", b.failures(),
                        "blocked", b.blocked())).toList(), List.of(),
                "解除登录限制（" + before.size() + " 个来源地址）");
        return before;
    }

    private String dummyHash() {
        String hash = dummyHash;
        if (hash == null) {
            hash = passwordHash.generate("no-such-account-placeholder".toCharArray());
            dummyHash = hash;
        }
        return hash;
    }
}
