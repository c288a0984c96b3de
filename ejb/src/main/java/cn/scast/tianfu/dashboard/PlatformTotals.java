package cn.scast.tianfu.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Head-line counts of the platform. */
public record PlatformTotals(long cities, long counties, long accounts, long taxonomyTerms,
                             long orders, long signedOrders, BigDecimal dealAmountWanYuan, long staffWithOrders) {

    /** Share of orders that ended in a signed deal, in percent (one decimal). */
    public BigDecimal conversionPercent() {
        return orders == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(signedOrders * 100L).divide(BigDecimal.valueOf(orders), 1, RoundingMode.HALF_UP);
    }

    /** 人单数: orders per staff member who carries any. */
    public BigDecimal ordersPerStaff() {
        return staffWithOrders == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(orders).divide(BigDecimal.valueOf(staffWithOrders), 1, RoundingMode.HALF_UP);
    }
}
