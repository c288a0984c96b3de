package cn.scast.tianfu.evaluation;

import java.util.List;

/** Entries moved into the next round (ids), and how many were already there from an earlier advance. */
public record AdvanceResult(long nextRoundId, String nextRoundName, List<Long> advancedEntryIds, int alreadyAdvanced) {

    public AdvanceResult {
        advancedEntryIds = List.copyOf(advancedEntryIds);
    }
}
