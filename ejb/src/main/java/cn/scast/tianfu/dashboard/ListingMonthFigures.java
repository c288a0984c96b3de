package cn.scast.tianfu.dashboard;

/** Supply and demand listings created in one month (yyyy-MM). */
public record ListingMonthFigures(String month, long supplies, long demands) {
}
