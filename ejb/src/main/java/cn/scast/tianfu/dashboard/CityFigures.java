package cn.scast.tianfu.dashboard;

import java.math.BigDecimal;

/** One row of the by-city table. */
public record CityFigures(String code, String name, long counties, long orders, long signedOrders,
                          BigDecimal dealAmountWanYuan) {
}
