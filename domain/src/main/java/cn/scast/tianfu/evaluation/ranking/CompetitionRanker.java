package cn.scast.tianfu.evaluation.ranking;

import cn.scast.tianfu.evaluation.normalisation.NormalisedEntry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Standard competition ranking ("1224"): entries equal on the normalised score (6 decimals) and on
 * every configured tie-breaker share a rank, and the next rank skips as many places as were shared.
 * Skipping keeps "rank ≤ N" meaning "at most N − 1 entries did better", which the quota and
 * advancement rules rely on.
 */
public final class CompetitionRanker {

    private final Comparator<NormalisedEntry> betterFirst;

    /** @param tieBreakers applied in order; an empty list keeps every score tie as a shared rank */
    public CompetitionRanker(List<TieBreaker> tieBreakers) {
        Comparator<NormalisedEntry> c = (a, b) -> ScoreKey.compare(b.zScore(), a.zScore());
        for (TieBreaker t : tieBreakers) {
            c = c.thenComparing(t.comparator());
        }
        this.betterFirst = c;
    }

    public static CompetitionRanker withoutTieBreak() {
        return new CompetitionRanker(List.of());
    }

    /** @return entries best first; entries sharing a rank are listed by entry id */
    public List<RankedEntry> rank(Collection<NormalisedEntry> entries) {
        List<NormalisedEntry> sorted = new ArrayList<>(entries);
        sorted.sort(betterFirst.thenComparing(NormalisedEntry::entryId));
        List<RankedEntry> ranked = new ArrayList<>(sorted.size());
        int rank = 0;
        for (int i = 0; i < sorted.size(); i++) {
            if (i == 0 || betterFirst.compare(sorted.get(i - 1), sorted.get(i)) != 0) {
                rank = i + 1;
            }
            ranked.add(new RankedEntry(sorted.get(i), rank));
        }
        return ranked;
    }
}
