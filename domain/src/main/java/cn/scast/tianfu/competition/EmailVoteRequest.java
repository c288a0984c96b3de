package cn.scast.tianfu.competition;

import cn.scast.tianfu.platform.OneTimeLink;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;

/** A 人气奖 vote by e-mail waiting for its one-time link to be confirmed (only hashes of token and address kept). */
@Entity
@Table(name = "cts_vote_request")
public class EmailVoteRequest extends OneTimeLink {

    /** How long the mailed link stays valid. */
    public static final Duration VALIDITY = Duration.ofHours(24);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "edition_id", nullable = false)
    private long editionId;

    @Column(name = "entry_id", nullable = false)
    private long entryId;

    @Column(nullable = false, length = 72)
    private String voter;

    protected EmailVoteRequest() {
    }

    public EmailVoteRequest(long editionId, long entryId, String voter, String tokenHash, Instant now) {
        super(tokenHash, now, VALIDITY);
        this.editionId = editionId;
        this.entryId = entryId;
        this.voter = voter;
    }

    public Long getId() { return id; }
    public long getEditionId() { return editionId; }
    public long getEntryId() { return entryId; }
    public String getVoter() { return voter; }
}
