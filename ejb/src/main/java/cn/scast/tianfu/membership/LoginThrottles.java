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
 * Wrong current passwords at a password change have their own row per pair ({@link #PASSWORD_CHANGE}): the caller
 * signs in again with every API call, and that success must not wipe them; they block sign-in as well.
 */
@Stateless
public class LoginThrottles {

    private static final int KEY_LENGTH = 64;
    /** Marks the row of wrong current passwords given at a password change (no username contains it). */
    static final String PASSWORD_CHANGE = "~";

    @PersistenceContext(unitName = "tianfu")
    private EntityManager em;

    /**
     * What is on record for this username from this address: the end of the block (the later of the pair's and
     * the address's), if any, and whether there are failures a correct password would make
     * {@link #recordSuccess} forget (without them, a sign-in writes nothing).
     */
    public record OnRecord(Optional<Instant> blockedUntil, boolean failuresToForget) {}

    public OnRecord onRecord(String username, String sourceAddress, Instant now) {
        List<LoginThrottle> rows = em.createQuery("SELECT t FROM LoginThrottle t WHERE t.sourceAddress = :address "
                        + "AND t.username IN (:username, :passwordChange, :any)", LoginThrottle.class)
                .setParameter("address", address(sourceAddress))
                .setParameter("username", key(username))
                .setParameter("passwordChange", passwordChangeKey(username))
                .setParameter("any", LoginThrottle.ANY_ACCOUNT)
                .getResultList();
        Optional<Instant> blockedUntil = rows.stream()
                .filter(t -> t.isBlockedAt(now))
                .map(LoginThrottle::getBlockedUntil)
                .max(Instant::compareTo);
        boolean failuresToForget = rows.stream()
                .anyMatch(t -> !t.getUsername().equals(passwordChangeKey(username)));
        return new OnRecord(blockedUntil, failuresToForget);
    }

    /** The end of the block on this username from this address (the later of the pair's and the address's), if any. */
    public Optional<Instant> blockedUntil(String username, String sourceAddress, Instant now) {
        return onRecord(username, sourceAddress, now).blockedUntil();
    }

    /** Counts a failed sign-in for the pair and for the address; returns the block it now causes, if any. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Instant> recordFailure(String username, String sourceAddress, Instant now) {
        return countFailure(key(username), sourceAddress, now);
    }

    /** Counts a wrong current password at a password change; returns the block it now causes, if any. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Instant> recordPasswordChangeFailure(String username, String sourceAddress, Instant now) {
        return countFailure(passwordChangeKey(username), sourceAddress, now);
    }

    private Optional<Instant> countFailure(String rowKey, String sourceAddress, Instant now) {
        LoginThrottle pair = lockedRow(rowKey, address(sourceAddress));
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

    /** A password changed after the right current password: all failures of the pair are forgotten. */
    public void recordPasswordChange(String username, String sourceAddress) {
        recordSuccess(username, sourceAddress);
        em.createQuery("DELETE FROM LoginThrottle t WHERE t.sourceAddress = :address AND t.username = :passwordChange")
                .setParameter("address", address(sourceAddress))
                .setParameter("passwordChange", passwordChangeKey(username))
                .executeUpdate();
    }

    /** Failures and blocks recorded for a username (sign-in and password change), from every address. */
    public List<LoginThrottle> forUsername(String username) {
        return em.createQuery("SELECT t FROM LoginThrottle t WHERE t.username IN (:username, :passwordChange) "
                        + "ORDER BY t.lastFailureAt DESC", LoginThrottle.class)
                .setParameter("username", key(username))
                .setParameter("passwordChange", passwordChangeKey(username))
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
        return em.createQuery("DELETE FROM LoginThrottle t WHERE t.username IN (:username, :passwordChange)")
                .setParameter("username", key(username))
                .setParameter("passwordChange", passwordChangeKey(username))
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

    static String passwordChangeKey(String username) {
        String key = PASSWORD_CHANGE + key(username);
        return key.length() > KEY_LENGTH ? key.substring(0, KEY_LENGTH) : key;
    }

    private static String address(String sourceAddress) {
        String address = sourceAddress == null || sourceAddress.isBlank() ? "unknown" : sourceAddress.strip();
        return address.length() > KEY_LENGTH ? address.substring(0, KEY_LENGTH) : address;
    }
}
