package cn.scast.tianfu.evaluation;

import java.io.Serializable;
import java.math.BigDecimal;

/** One criterion being edited on the round form of the programme screen. */
public class CriterionRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String code;
    private String name;
    private BigDecimal weight = BigDecimal.ONE;
    private BigDecimal min = BigDecimal.ZERO;
    private BigDecimal max;

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public BigDecimal getWeight() { return weight; }
    public void setWeight(BigDecimal weight) { this.weight = weight; }
    public BigDecimal getMin() { return min; }
    public void setMin(BigDecimal min) { this.min = min; }
    public BigDecimal getMax() { return max; }
    public void setMax(BigDecimal max) { this.max = max; }
}
