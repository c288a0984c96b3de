package cn.scast.tianfu.evaluation;

import jakarta.ejb.ApplicationException;

/**
 * A refused evaluation action. The message is Chinese and meant for the user as-is; {@link #field()} names
 * the criterion code when one score caused it, so the screen can put the message next to that field.
 */
@ApplicationException(rollback = true)
public class EvaluationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the action was refused, for callers that react differently (e.g. reload on CONFLICT). */
    public enum Kind {
        NOT_FOUND, ROUND_CLOSED, NOT_ASSIGNED, RECUSED, INVALID_SCORE, LOCKED, CONFLICT, NOT_CHAIR, NOT_ALLOWED
    }

    private final Kind kind;
    private final String field;

    public EvaluationException(Kind kind, String message) {
        this(kind, message, null);
    }

    public EvaluationException(Kind kind, String message, String field) {
        super(message);
        this.kind = kind;
        this.field = field;
    }

    public Kind kind() {
        return kind;
    }

    public String field() {
        return field;
    }
}
