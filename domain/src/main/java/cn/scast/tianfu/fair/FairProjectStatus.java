package cn.scast.tianfu.fair;

/** Submitted by a city, then recommended or not by the review, then possibly signed at the fair. */
public enum FairProjectStatus {
    SUBMITTED,
    RECOMMENDED,
    NOT_RECOMMENDED,
    SIGNED
}
