package cn.scast.tianfu.evaluation.scoring;

/** How a juror expresses an opinion on an entry. */
public enum FormType {
    /** Weighted criteria, each scored within its own range. */
    WEIGHTED,
    /** A single pass/fail verdict (e.g. formal eligibility review). */
    PASS_FAIL,
    /** The juror orders all assigned entries 1..n instead of scoring them. */
    RANKING
}
