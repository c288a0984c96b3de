package cn.scast.tianfu.matching;

import java.util.List;

/** A proposed counterpart listing, its score (higher is better, only comparable within one result list) and why. */
public record Match(long listingId, float score, List<MatchReason> reasons) {
    public Match {
        reasons = List.copyOf(reasons);
    }

    /** Convenience for the UI and tests: the detail of the first reason of the given type, or null. */
    public String detail(MatchReasonType type) {
        return reasons.stream().filter(r -> r.type() == type).map(MatchReason::detail).findFirst().orElse(null);
    }
}
