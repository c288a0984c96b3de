package cn.scast.tianfu.evaluation.scoring;

import java.math.BigDecimal;

/** Scores carry at most one decimal; finer values would make ties depend on hidden digits. */
public class ScorePrecisionException extends ScoreSheetException {

    private static final long serialVersionUID = 1L;

    public ScorePrecisionException(Criterion criterion, BigDecimal value) {
        super("评分项「" + criterion.name() + "」的分数 " + Scores.plain(value) + " 最多保留一位小数");
    }
}
