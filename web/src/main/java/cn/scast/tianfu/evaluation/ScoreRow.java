package cn.scast.tianfu.evaluation;

import java.io.Serializable;
import java.math.BigDecimal;

/** One criterion on the scoring form with the value being edited. */
public class ScoreRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final String name;
    private final BigDecimal min;
    private final BigDecimal max;
    private BigDecimal value;

    ScoreRow(CriterionView criterion, BigDecimal value) {
        this.code = criterion.code();
        this.name = criterion.name();
        this.min = criterion.min();
        this.max = criterion.max();
        this.value = value;
    }

    public String getCode() { return code; }
    public String getName() { return name; }
    public BigDecimal getMin() { return min; }
    public BigDecimal getMax() { return max; }
    public String getRange() { return min.stripTrailingZeros().toPlainString() + "–" + max.stripTrailingZeros().toPlainString(); }
    public BigDecimal getValue() { return value; }
    public void setValue(BigDecimal value) { this.value = value; }
}
