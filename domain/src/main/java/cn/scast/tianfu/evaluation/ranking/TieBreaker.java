package cn.scast.tianfu.evaluation.ranking;

import cn.scast.tianfu.evaluation.normalisation.NormalisedEntry;
import java.util.Comparator;

/**
 * A secondary criterion applied, in the configured order, only to entries whose normalised scores are
 * equal. Entries still equal after the whole chain keep a shared rank.
 */
public enum TieBreaker {
    /** The entry jurors scored higher in their own units wins. */
    HIGHER_RAW_MEAN(Comparator.comparingLong((NormalisedEntry e) -> ScoreKey.of(e.rawMean())).reversed()),
    /** The entry backed by more jurors wins: its score rests on more opinions. */
    MORE_JURORS(Comparator.comparingInt(NormalisedEntry::jurorCount).reversed());

    private final Comparator<NormalisedEntry> betterFirst;

    TieBreaker(Comparator<NormalisedEntry> betterFirst) {
        this.betterFirst = betterFirst;
    }

    /** Orders the better entry first. */
    public Comparator<NormalisedEntry> comparator() {
        return betterFirst;
    }
}
