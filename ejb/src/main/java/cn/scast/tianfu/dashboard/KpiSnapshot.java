package cn.scast.tianfu.dashboard;

import java.math.BigDecimal;

/** A figure quoted in the association's documents (e.g. 注册用户 294 万人, 2022). */
public record KpiSnapshot(String metric, BigDecimal value, String unit, String asOf, String source) {
}
