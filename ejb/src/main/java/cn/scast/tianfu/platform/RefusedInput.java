package cn.scast.tianfu.platform;

import jakarta.ejb.ApplicationException;

import java.util.List;

/**
 * Input refused, with field errors a screen can put next to its fields: the input itself is invalid (400, Bean
 * Validation or a check of the service), it clashes with an existing record (409, a duplicate natural key), or a
 * rule of the award or contest refuses it (422). The message is Chinese, for the user. Rolls back, so nothing is
 * half-saved.
 */
@ApplicationException(rollback = true)
public class RefusedInput extends RuleViolation {

    private static final long serialVersionUID = 1L;

    /** Why the input was refused; decides the HTTP status. */
    public enum Reason { INVALID, CONFLICT, RULE }

    private final Reason reason;
    private final transient List<FieldError> errors;

    private RefusedInput(Reason reason, String message, List<FieldError> errors) {
        super(message);
        this.reason = reason;
        this.errors = List.copyOf(errors);
    }

    /** A rule refused the request; {@code field} names the input that broke it, or is null. */
    public static RefusedInput rule(String field, String message) {
        return new RefusedInput(Reason.RULE, message, field == null ? List.of() : List.of(new FieldError(field, message)));
    }

    /** Fields of the input are invalid (Bean Validation, unknown references, malformed identifiers). */
    public static RefusedInput invalid(List<FieldError> errors) {
        String first = errors.isEmpty() ? "输入有误" : errors.get(0).field() + "：" + errors.get(0).message();
        return new RefusedInput(Reason.INVALID, "输入有误，请检查各字段（" + first + "）", errors);
    }

    /** One invalid field. */
    public static RefusedInput invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    /** Well-formed input that clashes with an existing record (a duplicate natural key) or with its current state. */
    public static RefusedInput conflicting(List<FieldError> errors) {
        return new RefusedInput(Reason.CONFLICT, "与已有记录冲突", errors);
    }

    /** One clashing field. */
    public static RefusedInput conflicting(String field, String message) {
        return conflicting(List.of(new FieldError(field, message)));
    }

    public Reason reason() {
        return reason;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** The field of the first error, or null. */
    public String field() {
        return errors.isEmpty() ? null : errors.get(0).field();
    }
}
