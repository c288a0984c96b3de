package cn.scast.tianfu.evaluation.scoring;

import java.math.BigDecimal;

/** A criterion value lies outside the criterion's [min, max] range. */
public class ScoreOutOfRangeException extends ScoreSheetException {

    private static final long serialVersionUID = 1L;

    private final String criterionCode;

    public ScoreOutOfRangeException(Criterion criterion, BigDecimal value) {
        super("评分项「" + criterion.name() + "」的分数 " + Scores.plain(value)
                + " 超出范围 " + Scores.plain(criterion.min()) + "–" + Scores.plain(criterion.max()));
        this.criterionCode = criterion.code();
    }

    public String criterionCode() {
        return criterionCode;
    }
}
