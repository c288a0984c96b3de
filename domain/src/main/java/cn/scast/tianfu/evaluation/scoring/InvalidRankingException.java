package cn.scast.tianfu.evaluation.scoring;

/** A ranking sheet is not a permutation of 1..n over the juror's entries. */
public class InvalidRankingException extends ScoreSheetException {

    private static final long serialVersionUID = 1L;

    public InvalidRankingException(String message) {
        super(message);
    }
}
