package cn.scast.tianfu.dashboard;

/** One row of the by-city table. */
public record CityFigures(String code, String name, long counties) {
}
