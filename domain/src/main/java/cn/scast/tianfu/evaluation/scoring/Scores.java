package cn.scast.tianfu.evaluation.scoring;

import java.math.BigDecimal;

/** Formatting helpers shared by the sheet exceptions. */
final class Scores {

    private Scores() {
    }

    /** "120" rather than "120.0" or "1.2E+2", so messages read naturally. */
    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
