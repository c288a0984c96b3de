package cn.scast.tianfu.popscience;

import java.util.List;

/** An account's 科普 subscription; empty topics means it receives nothing. */
public record SubscriptionView(List<String> topics, List<String> groups, String cityCode, String countyCode,
                               String town, String regionName) {
}
