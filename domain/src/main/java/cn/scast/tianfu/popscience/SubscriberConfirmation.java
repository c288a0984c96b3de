package cn.scast.tianfu.popscience;

import cn.scast.tianfu.platform.OneTimeLink;
import cn.scast.tianfu.platform.Sha256;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * One request to (re)subscribe, waiting for proof that the address belongs to the requester: a mailed one-time link
 * (e-mail) or a 6-digit SMS code (mobile). It carries the choices, which apply only when it is used. Only the hash of
 * the link token, or of the code with a random salt, is kept. A code allows {@link #MAX_ATTEMPTS} wrong tries, then
 * the confirmation is locked and a new one must be requested.
 */
@Entity
@Table(name = "popsci_subscriber_confirmation")
public class SubscriberConfirmation extends OneTimeLink {

    public static final Duration LINK_VALIDITY = Duration.ofHours(24);
    public static final Duration CODE_VALIDITY = Duration.ofMinutes(10);
    public static final int MAX_ATTEMPTS = 5;

    /** What trying a code gave. */
    public enum CodeCheck { CONFIRMED, WRONG, LOCKED, EXPIRED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "subscriber_id", nullable = false)
    private long subscriberId;

    @Column(name = "code_salt", length = 64)
    private String codeSalt;

    @Column(nullable = false)
    private int attempts;

    @Embedded
    private PushInterest choice;

    private static final SecureRandom CODES = new SecureRandom();

    protected SubscriberConfirmation() {
    }

    private SubscriberConfirmation(long subscriberId, String tokenHash, String codeSalt, Duration validity,
                                   Set<PopScienceTopic> topics, Set<Audience> groups, Region region, Instant now) {
        super(tokenHash, now, validity);
        this.subscriberId = subscriberId;
        this.codeSalt = codeSalt;
        this.choice = new PushInterest(topics, groups, region);
    }

    /** A confirmation by mailed link; {@code tokenHash} is the SHA-256 of the link's token. */
    public static SubscriberConfirmation byLink(long subscriberId, String tokenHash, Set<PopScienceTopic> topics,
                                                Set<Audience> groups, Region region, Instant now) {
        return new SubscriberConfirmation(subscriberId, tokenHash, null, LINK_VALIDITY, topics, groups, region, now);
    }

    /** A confirmation by SMS code; {@code salt} is random and kept, the code only as {@link #codeHash}. */
    public static SubscriberConfirmation byCode(long subscriberId, String salt, String code, Set<PopScienceTopic> topics,
                                                Set<Audience> groups, Region region, Instant now) {
        return new SubscriberConfirmation(subscriberId, codeHash(salt, code), salt, CODE_VALIDITY, topics, groups,
                region, now);
    }

    /** A new SMS code: 6 random digits. */
    public static String newCode() {
        return String.format("%06d", CODES.nextInt(1_000_000));
    }

    public static String codeHash(String salt, String code) {
        return Sha256.hex((salt + ":" + (code == null ? "" : code.strip())).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Tries a code: a used or expired confirmation is {@code EXPIRED}; one with {@link #MAX_ATTEMPTS} wrong tries is
     * {@code LOCKED} (also for the right code); a right code uses it; a wrong one counts, and the last allowed wrong
     * try locks it.
     */
    public CodeCheck tryCode(String code, Instant now) {
        if (codeSalt == null || !usableAt(now)) {
            return CodeCheck.EXPIRED;
        }
        if (attempts >= MAX_ATTEMPTS) {
            return CodeCheck.LOCKED;
        }
        if (code != null && code.strip().matches("\\d{6}") && hashMatches(codeHash(codeSalt, code))) {
            use(now);
            return CodeCheck.CONFIRMED;
        }
        attempts++;
        return attempts >= MAX_ATTEMPTS ? CodeCheck.LOCKED : CodeCheck.WRONG;
    }

    public int attemptsLeft() {
        return Math.max(0, MAX_ATTEMPTS - attempts);
    }

    public boolean byCode() {
        return codeSalt != null;
    }

    public Long getId() { return id; }
    public long getSubscriberId() { return subscriberId; }
    public int getAttempts() { return attempts; }
    /** The choices this confirmation applies once used. */
    public PushInterest choice() { return choice; }
}
