package cn.scast.tianfu.evaluation.ranking;

import cn.scast.tianfu.evaluation.normalisation.NormalisedEntry;

/** An entry with its standard competition rank ("1224"). */
public record RankedEntry(NormalisedEntry score, int rank) {

    public String entryId() {
        return score.entryId();
    }
}
