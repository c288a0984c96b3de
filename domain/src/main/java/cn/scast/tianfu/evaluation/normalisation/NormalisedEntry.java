package cn.scast.tianfu.evaluation.normalisation;

/**
 * An entry's scores after per-juror normalisation.
 *
 * @param rawMean    plain mean of the jurors' totals, in the form's own scale (e.g. 0–100)
 * @param jurorCount how many jurors scored the entry
 * @param zScore     mean of the entry's per-juror z-scores; the value ranking uses
 */
public record NormalisedEntry(String entryId, double rawMean, int jurorCount, double zScore) {

    /**
     * The z-score on a T-scale (50 + 10·z) for display: jurors and the public read "63.2" more
     * easily than "+1.32". It is a linear map, so it never changes the order.
     */
    public double displayScore() {
        return 50.0 + 10.0 * zScore;
    }
}
