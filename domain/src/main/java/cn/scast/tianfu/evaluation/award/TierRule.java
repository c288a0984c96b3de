package cn.scast.tianfu.evaluation.award;

/** How an award tier selects its entries: by a number of places or by a minimum score. */
public sealed interface TierRule permits TierRule.Quota, TierRule.MinScore {

    /** The next {@code places} places of the ranking, after the places of the tiers above. */
    record Quota(int places) implements TierRule {
        public Quota {
            if (places < 0) {
                throw new IllegalArgumentException("quota must not be negative: " + places);
            }
        }
    }

    /** Every entry scoring at least {@code threshold} and not already in a higher band. */
    record MinScore(double threshold) implements TierRule {
        public MinScore {
            if (Double.isNaN(threshold) || Double.isInfinite(threshold)) {
                throw new IllegalArgumentException("threshold must be finite");
            }
        }
    }
}
