package cn.scast.tianfu.dashboard;

import java.math.BigDecimal;

/** What one staff member (科服保姆) carries. */
public record StaffFigures(String staffUsername, long orders, long signedOrders, BigDecimal dealAmountWanYuan) {
}
