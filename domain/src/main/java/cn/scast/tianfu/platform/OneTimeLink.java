package cn.scast.tianfu.platform;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import java.time.Duration;
import java.time.Instant;

/**
 * What every link mailed for one use keeps: the hash of its token (never the token), when it was made, until when
 * it may be used and when it was. Account links and e-mail votes are such links.
 */
@MappedSuperclass
public abstract class OneTimeLink {

    @Column(name = "token_hash", nullable = false, length = 64, unique = true)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected OneTimeLink() {
    }

    protected OneTimeLink(String tokenHash, Instant now, Duration validity) {
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = now.plus(validity);
    }

    /** Whether the link may still be used at {@code now}: not used yet and not expired. */
    public boolean usableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    public void use(Instant now) {
        this.usedAt = now;
    }

    /** Ends the link without using it (a newer link replaces it). */
    public void expire(Instant now) {
        if (usedAt == null && expiresAt.isAfter(now)) {
            this.expiresAt = now;
        }
    }

    /** Whether {@code hash} is this link's stored hash (compared in constant time). */
    protected boolean hashMatches(String hash) {
        return hash != null && java.security.MessageDigest.isEqual(
                tokenHash.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                hash.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    public Instant getCreatedAt() { return createdAt; }
    public Instant getExpiresAt() { return expiresAt; }
    public Instant getUsedAt() { return usedAt; }
}
