package cn.scast.tianfu.membership;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The database side of {@link LoginThrottle}: whether a (username, source address) pair or the address as a whole is
 * blocked, counting failures, forgetting them after a success, and lifting blocks. Failures are committed in their
 * own transaction so that a refusal which rolls the caller's work back (a wrong current password) still counts.
 */
@Stateless
public class LoginThrottles {

    private static final int KEY_LENGTH = 64;

    @PersistenceContext(unitName = "tianfu")
    private EntityManager em;

    /** The end of the block on this username from this address (the later of the pair's and the address's), if any. */
    public Optional<Instant> blockedUntil(String username, String sourceAddress, Instant now) {
        return em.createQuery("SELECT t FROM LoginThrottle t WHERE t.sourceAddress = :address "
                        + "AND t.username IN (:username, :any)", LoginThrottle.class)
                .setParameter("address", address(sourceAddress))
                .setParameter("username", key(username))
                .setParameter("any", LoginThrottle.ANY_ACCOUNT)
                .getResultStream()
                .filter(t -> t.isBlockedAt(now))
                .map(LoginThrottle::getBlockedUntil)
                .max(Instant::compareTo);
    }

    /** Counts a failure for the pair and for the address; returns the block it now causes, if any. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Instant> recordFailure(String username, String sourceAddress, Instant now) {
        LoginThrottle pair = lockedRow(key(username), address(sourceAddress));
        pair.recordFailure(now, LoginDelays.PER_ACCOUNT_AND_ADDRESS);
        LoginThrottle anyAccount = lockedRow(LoginThrottle.ANY_ACCOUNT, address(sourceAddress));
        anyAccount.recordFailure(now, LoginDelays.PER_ADDRESS);
        return java.util.stream.Stream.of(pair, anyAccount).filter(t -> t.isBlockedAt(now))
                .map(LoginThrottle::getBlockedUntil).max(Instant::compareTo);
    }

    /** A correct password from this address: its failures in a row, for this name and overall, start again at zero. */
    public void recordSuccess(String username, String sourceAddress) {
        em.createQuery("DELETE FROM LoginThrottle t WHERE t.sourceAddress = :address "
                        + "AND t.username IN (:username, :any)")
                .setParameter("address", address(sourceAddress))
                .setParameter("username", key(username))
                .setParameter("any", LoginThrottle.ANY_ACCOUNT)
                .executeUpdate();
    }

    /** Failures and blocks recorded for a username, from every address. */
    public List<LoginThrottle> forUsername(String username) {
        return em.createQuery("SELECT t FROM LoginThrottle t WHERE t.username = :username "
                        + "ORDER BY t.lastFailureAt DESC", LoginThrottle.class)
                .setParameter("username", key(username))
                .getResultList();
    }

    /** The most recent failure counts of all names and addresses, newest first. */
    public List<LoginThrottle> recent(int limit) {
        return em.createQuery("SELECT t FROM LoginThrottle t ORDER BY t.lastFailureAt DESC", LoginThrottle.class)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Forgets every failure and block of a username; returns how many addresses it covered. */
    public int lift(String username) {
        return em.createQuery("DELETE FROM LoginThrottle t WHERE t.username = :username")
                .setParameter("username", key(username))
                .executeUpdate();
    }

    /** The row of a pair, created when missing (INSERT IGNORE: two nodes may create it at once), locked for update. */
    private LoginThrottle lockedRow(String username, String address) {
        em.createNativeQuery("INSERT IGNORE INTO login_throttle (username, source_address, failures) VALUES (?, ?, 0)")
                .setParameter(1, username)
                .setParameter(2, address)
                .executeUpdate();
        return em.createQuery("SELECT t FROM LoginThrottle t WHERE t.username = :username AND t.sourceAddress = :address",
                        LoginThrottle.class)
                .setParameter("username", username)
                .setParameter("address", address)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getSingleResult();
    }

    /** Usernames compare without case (as the database does); whatever was typed, known or not, fits the column. */
    static String key(String username) {
        String key = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return key.length() > KEY_LENGTH ? key.substring(0, KEY_LENGTH) : key;
    }

    private static String address(String sourceAddress) {
        String address = sourceAddress == null || sourceAddress.isBlank() ? "unknown" : sourceAddress.strip();
        return address.length() > KEY_LENGTH ? address.substring(0, KEY_LENGTH) : address;
    }
}
