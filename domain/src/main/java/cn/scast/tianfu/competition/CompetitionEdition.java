package cn.scast.tianfu.competition;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The contest settings of one engine edition: which contest, and whether it has a popular vote (人气奖). */
@Entity
@Table(name = "cts_edition")
public class CompetitionEdition {

    @Id
    @Column(name = "edition_id")
    private Long editionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "contest_type", nullable = false, length = 8)
    private CompetitionType type;

    @Column(name = "popular_vote", nullable = false)
    private boolean popularVote;

    @Column(name = "vote_opened_at")
    private Instant voteOpenedAt;

    @Column(name = "vote_closed_at")
    private Instant voteClosedAt;

    protected CompetitionEdition() {
    }

    public CompetitionEdition(long editionId, CompetitionType type, boolean popularVote) {
        this.editionId = editionId;
        this.type = type;
        this.popularVote = popularVote;
    }

    public VoteStatus voteStatus() {
        if (voteClosedAt != null) {
            return VoteStatus.CLOSED;
        }
        return voteOpenedAt != null ? VoteStatus.OPEN : VoteStatus.NOT_OPEN;
    }

    /** Opens the popular vote; only an edition with a popular vote whose vote has not been opened yet. */
    public void openVote(Instant now) {
        if (voteStatus() != VoteStatus.NOT_OPEN) {
            throw new IllegalStateException("vote " + voteStatus());
        }
        voteOpenedAt = now;
    }

    /** Closes an open vote for good: from now on the counts are public and no vote is taken. */
    public void closeVote(Instant now) {
        if (voteStatus() != VoteStatus.OPEN) {
            throw new IllegalStateException("vote " + voteStatus());
        }
        voteClosedAt = now;
    }

    public Instant getVoteOpenedAt() { return voteOpenedAt; }
    public Instant getVoteClosedAt() { return voteClosedAt; }
    public Long getEditionId() { return editionId; }
    public CompetitionType getType() { return type; }
    public boolean isPopularVote() { return popularVote; }
}
