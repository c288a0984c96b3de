package cn.scast.tianfu.evaluation.scoring;

/**
 * A submitted score sheet was rejected. The message is Chinese because it is shown to the juror as-is.
 */
public class ScoreSheetException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ScoreSheetException(String message) {
        super(message);
    }
}
