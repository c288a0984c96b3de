package cn.scast.tianfu.competition;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One voter's 人气奖 vote in an edition (unique per voter and edition). */
@Entity
@Table(name = "cts_vote")
public class PopularVote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "edition_id", nullable = false)
    private long editionId;

    /** The account's username, or {@code mail:} and the SHA-256 of a confirmed e-mail address. */
    @Column(nullable = false, length = 72)
    private String voter;

    @Column(name = "entry_id", nullable = false)
    private long entryId;

    @Column(name = "voted_at", nullable = false)
    private Instant votedAt;

    protected PopularVote() {
    }

    public PopularVote(long editionId, String voter, long entryId, Instant votedAt) {
        this.editionId = editionId;
        this.voter = voter;
        this.entryId = entryId;
        this.votedAt = votedAt;
    }

    public Long getId() { return id; }
    public long getEditionId() { return editionId; }
    public String getVoter() { return voter; }
    public long getEntryId() { return entryId; }
    public Instant getVotedAt() { return votedAt; }
}
