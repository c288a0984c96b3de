package cn.scast.tianfu.dashboard;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A live figure put in the unit a document quotes (万人, 万家, 万项, 亿元 …) beside the quoted figure, so
 * the dashboard reads like the association's reports.
 */
public record DocumentedComparison(String label, long liveCount, BigDecimal liveInUnit, String unit,
                                   KpiSnapshot documented) {

    /** The live count converted by {@code divisor} (10000 for 万, 1 for plain units), three significant digits. */
    public static DocumentedComparison of(String label, BigDecimal live, long divisor, String unit,
                                          KpiSnapshot documented) {
        BigDecimal converted = live.divide(BigDecimal.valueOf(divisor), MathContext.DECIMAL64);
        BigDecimal shown = converted.signum() == 0 ? BigDecimal.ZERO
                : converted.abs().compareTo(BigDecimal.valueOf(1000)) >= 0
                        ? converted.setScale(0, java.math.RoundingMode.HALF_UP)
                        : converted.round(new MathContext(3)).stripTrailingZeros();
        return new DocumentedComparison(label, live.longValue(), shown, unit, documented);
    }

    /** E.g. "0.0042 万人" or "1800 名". */
    public String liveText() {
        return liveInUnit.toPlainString() + " " + unit;
    }

    public String documentedText() {
        return documented == null ? "—" : documented.value().stripTrailingZeros().toPlainString() + " " + documented.unit();
    }
}
