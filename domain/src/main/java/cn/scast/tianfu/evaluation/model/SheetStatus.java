package cn.scast.tianfu.evaluation.model;

/** A score sheet is a draft until the juror submits it; a submitted sheet only changes by chair override. */
public enum SheetStatus {
    DRAFT,
    SUBMITTED
}
