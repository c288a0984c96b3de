package cn.scast.tianfu.competition;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The contest settings of one engine edition: which contest, and whether it has a popular vote (人气奖). */
@Entity
@Table(name = "cts_edition")
public class ContestEdition {

    @Id
    @Column(name = "edition_id")
    private Long editionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "contest_type", nullable = false, length = 8)
    private ContestType type;

    @Column(name = "popular_vote", nullable = false)
    private boolean popularVote;

    protected ContestEdition() {
    }

    public ContestEdition(long editionId, ContestType type, boolean popularVote) {
        this.editionId = editionId;
        this.type = type;
        this.popularVote = popularVote;
    }

    public Long getEditionId() { return editionId; }
    public ContestType getType() { return type; }
    public boolean isPopularVote() { return popularVote; }
}
