package cn.scast.tianfu.evaluation.intake;

/** A unit's quota in an edition, read under a lock: {@code unitName} is also shown as the entry's recommending unit. */
public record Quota(int limit, String unitName) {
}
