package cn.scast.tianfu.fair;

import cn.scast.tianfu.platform.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The expert review of one year's 科创会 projects. The scoring itself runs in the evaluation engine
 * (edition, one scoring round, panel); this row ties the year to them and holds the fair's own
 * recommendation rule: places per project type and the pass mark on the experts' mean total.
 */
@Entity
@Table(name = "fair_review")
public class FairReview {

    @Id
    @Column(name = "fair_year")
    private int fairYear;

    @Column(name = "edition_id", nullable = false)
    private long editionId;

    @Column(name = "round_id", nullable = false)
    private long roundId;

    @Column(name = "places_per_type", nullable = false)
    private int placesPerType;

    @Column(name = "pass_mark", nullable = false, precision = 5, scale = 2)
    private BigDecimal passMark;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "adopted_at")
    private Instant adoptedAt;

    @Version
    private long version;

    protected FairReview() {
    }

    public FairReview(int fairYear, long editionId, long roundId, int placesPerType, BigDecimal passMark,
                      Instant openedAt) {
        checkRule(placesPerType, passMark);
        this.fairYear = fairYear;
        this.editionId = editionId;
        this.roundId = roundId;
        this.placesPerType = placesPerType;
        this.passMark = passMark;
        this.openedAt = openedAt;
    }

    /** The recommendation rule a review may have; checked before anything of the review is set up. */
    public static void checkRule(int placesPerType, BigDecimal passMark) {
        if (placesPerType < 1) {
            throw new RuleViolation("每类推荐名额须为正整数");
        }
        if (passMark == null || passMark.signum() < 0 || passMark.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new RuleViolation("推荐分数线须在 0–100 之间");
        }
    }

    /** The results are taken once: after that the recommended list is the fair's published list. */
    public void adopt(Instant at) {
        if (adoptedAt != null) {
            throw new RuleViolation(fairYear + " 年科创会专家评审结果已采用，不能重复采用");
        }
        adoptedAt = at;
    }

    public boolean isAdopted() {
        return adoptedAt != null;
    }

    public int getFairYear() { return fairYear; }
    public long getEditionId() { return editionId; }
    public long getRoundId() { return roundId; }
    public int getPlacesPerType() { return placesPerType; }
    public BigDecimal getPassMark() { return passMark; }
    public Instant getOpenedAt() { return openedAt; }
    public Instant getAdoptedAt() { return adoptedAt; }
}
