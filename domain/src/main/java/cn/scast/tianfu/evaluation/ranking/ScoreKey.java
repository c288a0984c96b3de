package cn.scast.tianfu.evaluation.ranking;

/**
 * Compares scores after rounding to 6 decimals. Averages of z-scores that are equal on paper can differ
 * in the 15th digit depending on summation order; without rounding such entries would not tie.
 */
public final class ScoreKey {

    public static final int DECIMALS = 6;
    private static final double SCALE = 1e6;

    private ScoreKey() {
    }

    public static long of(double score) {
        return Math.round(score * SCALE);
    }

    /** Positive if a is the higher score, 0 if the two are equal after rounding. */
    public static int compare(double a, double b) {
        return Long.compare(of(a), of(b));
    }
}
