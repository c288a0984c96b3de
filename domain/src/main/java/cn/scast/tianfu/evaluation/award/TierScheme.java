package cn.scast.tianfu.evaluation.award;

import java.util.List;

/**
 * The award tiers of a round, highest first. A scheme uses either quotas or score bands, never both:
 * mixing them leaves it undefined whether a quota counts places already taken by a band.
 */
public final class TierScheme {

    private final List<AwardTier> tiers;
    private final boolean quotas;
    private final BandBasis basis;

    private TierScheme(List<AwardTier> tiers, boolean quotas, BandBasis basis) {
        this.tiers = List.copyOf(tiers);
        this.quotas = quotas;
        this.basis = basis;
    }

    public static TierScheme none() {
        return new TierScheme(List.of(), true, null);
    }

    /** Tiers filled by rank, e.g. 特等奖 1, 一等奖 3, 二等奖 5, 三等奖 10. */
    public static TierScheme byQuota(List<AwardTier> tiers) {
        for (AwardTier t : tiers) {
            if (!(t.rule() instanceof TierRule.Quota)) {
                throw new IllegalArgumentException("tier " + t.name() + " is not a quota tier");
            }
        }
        return new TierScheme(tiers, true, null);
    }

    /** Tiers by score thresholds, strictly decreasing, e.g. 金奖 ≥ 90, 银奖 ≥ 80, 铜奖 ≥ 70. */
    public static TierScheme byBands(BandBasis basis, List<AwardTier> tiers) {
        double previous = Double.POSITIVE_INFINITY;
        for (AwardTier t : tiers) {
            if (!(t.rule() instanceof TierRule.MinScore band)) {
                throw new IllegalArgumentException("tier " + t.name() + " is not a score band");
            }
            if (band.threshold() >= previous) {
                throw new IllegalArgumentException("band thresholds must decrease, at " + t.name());
            }
            previous = band.threshold();
        }
        return new TierScheme(tiers, false, basis);
    }

    public List<AwardTier> tiers() {
        return tiers;
    }

    public boolean isQuota() {
        return quotas;
    }

    /** Only meaningful for band schemes. */
    public BandBasis basis() {
        return basis;
    }
}
