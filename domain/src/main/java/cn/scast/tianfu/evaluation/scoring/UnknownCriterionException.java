package cn.scast.tianfu.evaluation.scoring;

/** The sheet carries a value for a code the form does not define (stale or tampered form). */
public class UnknownCriterionException extends ScoreSheetException {

    private static final long serialVersionUID = 1L;

    public UnknownCriterionException(String code) {
        super("评分表中不存在评分项「" + code + "」");
    }
}
