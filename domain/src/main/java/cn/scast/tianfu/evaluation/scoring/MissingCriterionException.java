package cn.scast.tianfu.evaluation.scoring;

/** A criterion of the form has no value on the sheet. */
public class MissingCriterionException extends ScoreSheetException {

    private static final long serialVersionUID = 1L;

    private final String criterionCode;

    public MissingCriterionException(Criterion criterion) {
        super("评分项「" + criterion.name() + "」未打分");
        this.criterionCode = criterion.code();
    }

    public String criterionCode() {
        return criterionCode;
    }
}
