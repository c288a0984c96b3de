package cn.scast.tianfu.evaluation;

import java.io.Serializable;

/**
 * One entry on a round's leaderboard. Entries without submitted sheets have rank 0 and no scores.
 *
 * @param normalisedScore the z-score on the 50 + 10·z display scale
 * @param recusals        jurors' declared recusals for this entry, "username：reason" joined by "；"
 */
public record LeaderboardLine(long entryId, String title, String entrantName, String organisation,
                              String categoryName, int submittedSheets, int assignedJurors, double rawMean,
                              double zScore, double normalisedScore, int rank, String tier, boolean advanced,
                              String recusals) implements Serializable {

    public boolean ranked() {
        return rank > 0;
    }
}
