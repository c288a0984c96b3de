package cn.scast.tianfu.evaluation.model;

import cn.scast.tianfu.evaluation.scoring.Criterion;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** One weighted criterion of a round's scoring form (child row of the round). */
@Entity
@Table(name = "evl_criterion")
public class RoundCriterion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "round_id")
    private EvaluationRound round;

    @Column(nullable = false, length = 32)
    private String code;

    @Column(nullable = false, length = 64)
    private String name;

    @Column(nullable = false, precision = 9, scale = 4)
    private BigDecimal weight;

    @Column(name = "min_score", nullable = false, precision = 9, scale = 1)
    private BigDecimal minScore;

    @Column(name = "max_score", nullable = false, precision = 9, scale = 1)
    private BigDecimal maxScore;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected RoundCriterion() {
    }

    public RoundCriterion(EvaluationRound round, Criterion criterion, int sortOrder) {
        this.round = round;
        this.code = criterion.code();
        this.name = criterion.name();
        this.weight = criterion.weight();
        this.minScore = criterion.min();
        this.maxScore = criterion.max();
        this.sortOrder = sortOrder;
    }

    public Criterion toCriterion() {
        return new Criterion(code, name, weight, minScore, maxScore);
    }

    public Long getId() { return id; }
    public EvaluationRound getRound() { return round; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public BigDecimal getWeight() { return weight; }
    public BigDecimal getMinScore() { return minScore; }
    public BigDecimal getMaxScore() { return maxScore; }
    public int getSortOrder() { return sortOrder; }
}
