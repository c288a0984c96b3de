package cn.scast.tianfu.fair;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The fair's recommendation rule over the engine's ranking: within each project type, the best
 * {@code placesPerType} places are recommended, provided the experts' mean total reaches the pass mark.
 * Projects tied in the engine's ranking share a place, so a tie on the last place recommends them all.
 */
public final class FairRecommendation {

    /** A scored project: its type, its rank in the whole review (1 = best) and the experts' mean total. */
    public record Candidate(long entryId, FairProjectType type, int overallRank, BigDecimal meanTotal) {
        public Candidate {
            if (overallRank < 1) {
                throw new IllegalArgumentException("entry " + entryId + " has no rank: every project must be scored");
            }
        }
    }

    /** The decision for one project, with the reason the office and the city read. */
    public record Outcome(long entryId, boolean recommended, int placeInType, BigDecimal meanTotal, String reason) {
    }

    private final int placesPerType;
    private final BigDecimal passMark;

    public FairRecommendation(int placesPerType, BigDecimal passMark) {
        if (placesPerType < 1) {
            throw new IllegalArgumentException("placesPerType must be positive: " + placesPerType);
        }
        this.placesPerType = placesPerType;
        this.passMark = passMark;
    }

    public List<Outcome> decide(List<Candidate> candidates) {
        List<Outcome> outcomes = new ArrayList<>();
        for (FairProjectType type : FairProjectType.values()) {
            List<Candidate> ofType = candidates.stream().filter(c -> c.type() == type)
                    .sorted(Comparator.comparingInt(Candidate::overallRank)).toList();
            for (Candidate c : ofType) {
                int place = 1 + (int) ofType.stream().filter(o -> o.overallRank() < c.overallRank()).count();
                outcomes.add(outcome(c, place));
            }
        }
        return outcomes;
    }

    private Outcome outcome(Candidate c, int place) {
        BigDecimal mean = c.meanTotal().setScale(2, RoundingMode.HALF_UP);
        String standing = "专家评审同类第 " + place + " 名，平均分 " + mean.toPlainString();
        if (mean.compareTo(passMark) < 0) {
            return new Outcome(c.entryId(), false, place, mean,
                    standing + "，低于推荐分数线 " + passMark.stripTrailingZeros().toPlainString());
        }
        if (place > placesPerType) {
            return new Outcome(c.entryId(), false, place, mean, standing + "，超出每类推荐名额 " + placesPerType);
        }
        return new Outcome(c.entryId(), true, place, mean, standing + "，推荐");
    }
}
