package cn.scast.tianfu.evaluation.award;

import cn.scast.tianfu.evaluation.normalisation.NormalisedEntry;
import cn.scast.tianfu.evaluation.ranking.RankedEntry;
import cn.scast.tianfu.evaluation.ranking.ScoreKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Gives each ranked entry its award tier, if any.
 *
 * <p>Quota tiers: tier i covers the places after the quotas of the tiers above it. An entry gets the
 * tier containing its competition rank, so a tied group straddling a boundary is given the
 * <em>higher</em> tier as a whole: tied entries are indistinguishable and none should be demoted by
 * an arbitrary order. The lower tier then has correspondingly fewer places, because the ranks after a
 * tie are skipped; only a tie across the last tier's boundary can award more places than the quotas add up to.
 *
 * <p>Band tiers: an entry gets the first tier whose threshold its score reaches (both rounded to
 * 6 decimals, so 89.9999999999 from float noise counts as 90).
 */
public final class TierAssigner {

    private final TierScheme scheme;

    public TierAssigner(TierScheme scheme) {
        this.scheme = scheme;
    }

    /** @return entry id -> tier for the entries that receive one, in ranking order */
    public Map<String, AwardTier> assign(List<RankedEntry> ranking) {
        Map<String, AwardTier> result = new LinkedHashMap<>();
        for (RankedEntry r : ranking) {
            tierOf(r).ifPresent(t -> result.put(r.entryId(), t));
        }
        return result;
    }

    public Optional<AwardTier> tierOf(RankedEntry entry) {
        return scheme.isQuota() ? byQuota(entry.rank()) : byBand(entry.score());
    }

    private Optional<AwardTier> byQuota(int rank) {
        int lastPlace = 0;
        for (AwardTier t : scheme.tiers()) {
            lastPlace += ((TierRule.Quota) t.rule()).places();
            if (rank <= lastPlace) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    private Optional<AwardTier> byBand(NormalisedEntry score) {
        double value = scheme.basis() == BandBasis.RAW_MEAN ? score.rawMean() : score.displayScore();
        for (AwardTier t : scheme.tiers()) {
            if (ScoreKey.compare(value, ((TierRule.MinScore) t.rule()).threshold()) >= 0) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
