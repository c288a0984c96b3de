package cn.scast.tianfu.evaluation.award;

import java.util.Objects;

/** One award level as data, e.g. {@code AwardTier.quota("一等奖", 3)} or {@code AwardTier.band("金奖", 90)}. */
public record AwardTier(String name, TierRule rule) {

    public AwardTier {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(rule, "rule");
        if (name.isBlank()) {
            throw new IllegalArgumentException("tier name is blank");
        }
    }

    public static AwardTier quota(String name, int places) {
        return new AwardTier(name, new TierRule.Quota(places));
    }

    public static AwardTier band(String name, double minScore) {
        return new AwardTier(name, new TierRule.MinScore(minScore));
    }
}
