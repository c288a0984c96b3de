package cn.scast.tianfu.membership;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** Logins: creating accounts, and checking passwords with lockout after repeated failures. */
@Stateless
public class AccountService {

    @PersistenceContext(unitName = "tianfu")
    private EntityManager em;

    @Inject
    private Pbkdf2PasswordHash passwordHash;

    private final Clock clock = Clock.systemUTC();

    public UserAccount createAccount(String username, String displayName, char[] password, Set<Role> roles) {
        UserAccount account = new UserAccount(username, displayName, passwordHash.generate(password), roles);
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
     * Checks a password. A locked account is refused without looking at the password, so that guessing
     * during the lockout gains nothing; every failure is counted and committed.
     */
    public LoginOutcome authenticate(String username, char[] password) {
        Optional<UserAccount> found = findByUsername(username);
        if (found.isEmpty()) {
            return LoginOutcome.invalid();
        }
        UserAccount account = found.get();
        Instant now = clock.instant();
        if (!account.isEnabled()) {
            return LoginOutcome.disabled();
        }
        if (account.isLockedAt(now)) {
            return LoginOutcome.locked(account.getLockedUntil());
        }
        if (!passwordHash.verify(password, account.getPasswordHash())) {
            account.recordFailedLogin(now);
            return account.isLockedAt(now) ? LoginOutcome.locked(account.getLockedUntil()) : LoginOutcome.invalid();
        }
        account.recordSuccessfulLogin();
        return LoginOutcome.valid(account.getUsername(), account.getDisplayName(), account.getRoles());
    }
}
