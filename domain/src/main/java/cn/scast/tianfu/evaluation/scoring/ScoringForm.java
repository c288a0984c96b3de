package cn.scast.tianfu.evaluation.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * A scoring form used by one round. Every form turns a juror's sheet into one number per entry
 * (the "total") so that the normalisation and ranking stages do not care which form was used.
 */
public final class ScoringForm {

    /** Score given for a "pass" verdict; a fail scores zero. */
    public static final BigDecimal PASS_SCORE = BigDecimal.valueOf(100);

    private final FormType type;
    private final List<Criterion> criteria;
    private final Map<String, Criterion> byCode;

    private ScoringForm(FormType type, List<Criterion> criteria) {
        this.type = type;
        this.criteria = List.copyOf(criteria);
        Map<String, Criterion> index = new LinkedHashMap<>();
        for (Criterion c : this.criteria) {
            if (index.put(c.code(), c) != null) {
                throw new IllegalArgumentException("duplicate criterion code " + c.code());
            }
        }
        this.byCode = Collections.unmodifiableMap(index);
    }

    public static ScoringForm weighted(List<Criterion> criteria) {
        if (criteria.isEmpty()) {
            throw new IllegalArgumentException("a weighted form needs at least one criterion");
        }
        return new ScoringForm(FormType.WEIGHTED, criteria);
    }

    public static ScoringForm passFail() {
        return new ScoringForm(FormType.PASS_FAIL, List.of());
    }

    public static ScoringForm ranking() {
        return new ScoringForm(FormType.RANKING, List.of());
    }

    public FormType type() {
        return type;
    }

    public List<Criterion> criteria() {
        return criteria;
    }

    /** Highest total a sheet can reach: sum of weight × max. */
    public BigDecimal maxTotal() {
        requireType(FormType.WEIGHTED);
        BigDecimal sum = BigDecimal.ZERO;
        for (Criterion c : criteria) {
            sum = sum.add(c.weight().multiply(c.max()));
        }
        return sum;
    }

    /**
     * Validates a weighted sheet (criterion code -> value) and returns Σ weight × value.
     * Criteria are checked in form order so the juror sees the first problem on the form.
     *
     * @throws MissingCriterionException  a criterion has no value
     * @throws UnknownCriterionException  the sheet has a code the form does not define
     * @throws ScoreOutOfRangeException   a value lies outside its criterion range
     * @throws ScorePrecisionException    a value has more than one decimal
     */
    public BigDecimal weightedTotal(Map<String, BigDecimal> values) {
        requireType(FormType.WEIGHTED);
        for (String code : new TreeMap<>(values).keySet()) {
            if (!byCode.containsKey(code)) {
                throw new UnknownCriterionException(code);
            }
        }
        BigDecimal total = BigDecimal.ZERO;
        for (Criterion c : criteria) {
            BigDecimal value = values.get(c.code());
            if (value == null) {
                throw new MissingCriterionException(c);
            }
            c.validate(value);
            total = total.add(c.weight().multiply(value));
        }
        return total;
    }

    /** A pass counts as {@link #PASS_SCORE}, a fail as zero, so the pass rate drives the ranking. */
    public BigDecimal passFailTotal(boolean passed) {
        requireType(FormType.PASS_FAIL);
        return passed ? PASS_SCORE : BigDecimal.ZERO;
    }

    /**
     * Validates one juror's ranking of their n entries (entry id -> rank) and converts it to totals:
     * rank r scores 100 × (n − r) / (n − 1), i.e. first = 100, last = 0, evenly spaced, so a ranking
     * can go through the same z-score normalisation as scored sheets. A single entry scores 100.
     *
     * @throws InvalidRankingException the ranks are not exactly 1..n, each used once
     */
    public Map<String, BigDecimal> rankingTotals(Map<String, Integer> ranksByEntry) {
        requireType(FormType.RANKING);
        int n = ranksByEntry.size();
        if (n == 0) {
            throw new InvalidRankingException("排序表为空");
        }
        Set<Integer> seen = new HashSet<>();
        for (Map.Entry<String, Integer> e : new TreeMap<>(ranksByEntry).entrySet()) {
            Integer rank = Objects.requireNonNull(e.getValue(), "rank");
            if (rank < 1 || rank > n) {
                throw new InvalidRankingException("作品「" + e.getKey() + "」的名次 " + rank + " 超出范围 1–" + n);
            }
            if (!seen.add(rank)) {
                throw new InvalidRankingException("名次 " + rank + " 被重复使用");
            }
        }
        Map<String, BigDecimal> totals = new TreeMap<>();
        for (Map.Entry<String, Integer> e : ranksByEntry.entrySet()) {
            BigDecimal score = n == 1 ? PASS_SCORE
                    : PASS_SCORE.multiply(BigDecimal.valueOf(n - e.getValue()))
                            .divide(BigDecimal.valueOf(n - 1), 6, RoundingMode.HALF_UP);
            totals.put(e.getKey(), score);
        }
        return totals;
    }

    private void requireType(FormType expected) {
        if (type != expected) {
            throw new IllegalStateException("form is " + type + ", not " + expected);
        }
    }

    @Override
    public String toString() {
        return "ScoringForm[" + type + ", " + new ArrayList<>(byCode.keySet()) + "]";
    }
}
