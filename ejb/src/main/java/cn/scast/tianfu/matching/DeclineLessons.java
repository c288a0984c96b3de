package cn.scast.tianfu.matching;

import cn.scast.tianfu.listing.Listing;
import cn.scast.tianfu.listing.MarketSide;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a listing's "already solved" and "budget" declines say about the candidates still to propose; "wrong field"
 * and "too far" are applied inside the index query ({@link MatchQuery#lowering}), these two need the candidates'
 * listings:
 * <ul>
 *   <li>问题已解决: the problem the declined pair was about is solved, so candidates with one of the declined
 *       counterpart's keywords count {@link #FACTOR} less;</li>
 *   <li>预算不符: for a demand, supplies asking at least the declined supply's amount count less; for a supply,
 *       demands offering at most the declined demand's amount count less. Candidates without an amount keep their
 *       score: they have not said they are too dear or too cheap.</li>
 * </ul>
 */
final class DeclineLessons {

    /** Same weight as the index-side lowering after "wrong field" and "too far". */
    static final float FACTOR = TaxonomyBoost.DECLINED_LIKE;

    private final MarketSide candidateSide;
    private final Set<String> solvedKeywords;
    /** For supply candidates: the lowest declined asking amount; for demand candidates: the highest declined budget. */
    private final BigDecimal budgetLimit;

    private DeclineLessons(MarketSide candidateSide, Set<String> solvedKeywords, BigDecimal budgetLimit) {
        this.candidateSide = candidateSide;
        this.solvedKeywords = Set.copyOf(solvedKeywords);
        this.budgetLimit = budgetLimit;
    }

    /**
     * @param source     the listing whose matches are asked for
     * @param solved     counterparts it was declined with as "already solved"
     * @param overBudget counterparts it was declined with as "budget does not fit"
     */
    static DeclineLessons of(Listing source, List<Listing> solved, List<Listing> overBudget) {
        Set<String> keywords = new HashSet<>();
        solved.forEach(counterpart -> keywords.addAll(counterpart.getKeywordList()));
        MarketSide candidates = source.getSide().opposite();
        BigDecimal limit = null;
        for (Listing counterpart : overBudget) {
            BigDecimal amount = counterpart.getAmountWanYuan();
            if (amount != null && (limit == null
                    || (candidates == MarketSide.SUPPLY ? amount.compareTo(limit) < 0 : amount.compareTo(limit) > 0))) {
                limit = amount;
            }
        }
        return new DeclineLessons(candidates, keywords, limit);
    }

    boolean isEmpty() {
        return solvedKeywords.isEmpty() && budgetLimit == null;
    }

    /** The matches with the lessons applied, best first (ties by listing id, as the index orders them). */
    List<ProposedMatch> apply(List<ProposedMatch> matches) {
        if (isEmpty()) {
            return matches;
        }
        List<ProposedMatch> rescored = new ArrayList<>(matches.size());
        for (ProposedMatch proposed : matches) {
            float factor = factor(proposed.counterpart());
            Match m = proposed.match();
            rescored.add(factor == 1f ? proposed
                    : new ProposedMatch(new Match(m.listingId(), m.score() * factor, m.reasons()), proposed.counterpart()));
        }
        rescored.sort(Comparator.comparing(ProposedMatch::score).reversed().thenComparing(ProposedMatch::listingId));
        return rescored;
    }

    float factor(Listing candidate) {
        float factor = 1f;
        if (!solvedKeywords.isEmpty() && candidate.getKeywordList().stream().anyMatch(solvedKeywords::contains)) {
            factor *= FACTOR;
        }
        BigDecimal amount = candidate.getAmountWanYuan();
        if (budgetLimit != null && amount != null) {
            int order = amount.compareTo(budgetLimit);
            if (candidateSide == MarketSide.SUPPLY ? order >= 0 : order <= 0) {
                factor *= FACTOR;
            }
        }
        return factor;
    }
}
