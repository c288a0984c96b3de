package cn.scast.tianfu.membership;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * Failed sign-ins in a row for one username from one source address, and until when that pair is refused.
 * Kept in the database (never in the shared cache) because every node must see the same counts. The username is
 * whatever was typed, known or not, so that an unknown name behaves like a known one; {@link #ANY_ACCOUNT} counts
 * an address's failures across all names.
 */
@Entity
@Cacheable(false)
@Table(name = "login_throttle")
public class LoginThrottle {

    /** The username column of the per-address row (not a valid username, so it meets no account). */
    public static final String ANY_ACCOUNT = "*";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64)
    private String username;

    @Column(name = "source_address", nullable = false, length = 64)
    private String sourceAddress;

    @Column(nullable = false)
    private int failures;

    @Column(name = "blocked_until")
    private Instant blockedUntil;

    @Column(name = "last_failure_at")
    private Instant lastFailureAt;

    protected LoginThrottle() {
    }

    public boolean isBlockedAt(Instant now) {
        return blockedUntil != null && now.isBefore(blockedUntil);
    }

    /** Counts one more failure; from the threshold on, blocks for the delay the rule gives. */
    public void recordFailure(Instant now, LoginDelays delays) {
        failures++;
        lastFailureAt = now;
        delays.blockAfter(failures).ifPresent(delay -> blockedUntil = now.plus(delay));
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getSourceAddress() {
        return sourceAddress;
    }

    public int getFailures() {
        return failures;
    }

    public Instant getBlockedUntil() {
        return blockedUntil;
    }

    public Instant getLastFailureAt() {
        return lastFailureAt;
    }
}
