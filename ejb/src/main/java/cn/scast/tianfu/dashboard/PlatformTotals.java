package cn.scast.tianfu.dashboard;

/** Head-line counts of the platform. */
public record PlatformTotals(long cities, long counties, long accounts, long taxonomyTerms) {
}
