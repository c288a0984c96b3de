package cn.scast.tianfu.evaluation.model;

/** A notice is open (公示中, objections possible within its period) until the results are published (final). */
public enum NoticeStatus {
    OPEN,
    PUBLISHED
}
