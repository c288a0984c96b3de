package cn.scast.tianfu.evaluation;

import cn.scast.tianfu.evaluation.award.TierScheme;
import cn.scast.tianfu.evaluation.ranking.AdvancementPolicy;
import cn.scast.tianfu.evaluation.ranking.TieBreaker;
import java.util.List;
import java.util.Objects;

/**
 * The configurable rules of one evaluation round.
 *
 * @param tieBreakers       applied in order to entries with equal normalised scores; empty keeps ties
 * @param advancingPlaces   how many places advance to the next round (0 for a final round)
 * @param advancementPolicy what to do when the last advancing place is shared
 * @param tiers             award tiers, or {@link TierScheme#none()}
 */
public record RoundRules(List<TieBreaker> tieBreakers, int advancingPlaces, AdvancementPolicy advancementPolicy,
        TierScheme tiers) {

    public RoundRules {
        tieBreakers = List.copyOf(tieBreakers);
        Objects.requireNonNull(advancementPolicy, "advancementPolicy");
        Objects.requireNonNull(tiers, "tiers");
        if (advancingPlaces < 0) {
            throw new IllegalArgumentException("advancing places must not be negative");
        }
    }
}
