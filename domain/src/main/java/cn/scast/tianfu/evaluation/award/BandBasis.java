package cn.scast.tianfu.evaluation.award;

/** Which score score bands are compared against. */
public enum BandBasis {
    /** The plain mean of the jurors' totals, on the form's own scale (usual for "≥ 90 金奖"). */
    RAW_MEAN,
    /** The normalised score on the display scale 50 + 10·z. */
    DISPLAY_SCORE
}
