package cn.scast.tianfu.competition;

import java.io.Serializable;

/** A city's registration quota in a contest edition and how much of it is used. */
public record CityQuotaUsage(String cityCode, String cityName, int quota, long used) implements Serializable {
}
