package cn.scast.tianfu.evaluation;

import java.math.BigDecimal;

/** One criterion of a round's form as the scoring screen shows it. */
public record CriterionView(String code, String name, BigDecimal weight, BigDecimal min, BigDecimal max) {
}
