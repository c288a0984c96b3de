package cn.scast.tianfu.dashboard;

import java.math.BigDecimal;

/** Orders and deals of one month (yyyy-MM). */
public record MonthFigures(String month, long orders, long signedOrders, BigDecimal dealAmountWanYuan) {
}
