package cn.scast.tianfu.evaluation;

import java.util.Optional;

/**
 * One line of a round's leaderboard.
 *
 * @param rawMean      mean of the jurors' totals on the form's scale
 * @param zScore       mean of the per-juror z-scores (what the rank is based on)
 * @param displayScore zScore on the 50 + 10·z display scale
 * @param tier         award tier name, or null when the entry gets none
 */
public record EntryResult(String entryId, int jurorCount, double rawMean, double zScore, double displayScore,
        int rank, String tier, boolean advanced) {

    public Optional<String> tierName() {
        return Optional.ofNullable(tier);
    }
}
