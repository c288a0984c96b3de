package cn.scast.tianfu.platform;

import cn.scast.tianfu.platform.FieldError;
import cn.scast.tianfu.platform.RuleViolation;
import jakarta.ejb.ApplicationException;

import java.util.List;

/**
 * A nomination or registration refused: either the input itself is invalid (400, field errors from Bean
 * Validation) or a rule of the award or contest refuses it (422). The message is Chinese, for the user;
 * the field errors let a screen put it next to the field. Rolls back, so nothing is half-saved.
 */
@ApplicationException(rollback = true)
public class RefusedInput extends RuleViolation {

    private static final long serialVersionUID = 1L;

    private final boolean invalidInput;
    private final transient List<FieldError> errors;

    private RefusedInput(boolean invalidInput, String message, List<FieldError> errors) {
        super(message);
        this.invalidInput = invalidInput;
        this.errors = List.copyOf(errors);
    }

    /** A rule refused the request; {@code field} names the input that broke it, or is null. */
    public static RefusedInput rule(String field, String message) {
        return new RefusedInput(false, message, field == null ? List.of() : List.of(new FieldError(field, message)));
    }

    /** Bean Validation refused fields of the input. */
    public static RefusedInput invalid(List<FieldError> errors) {
        String first = errors.isEmpty() ? "输入有误" : errors.get(0).field() + "：" + errors.get(0).message();
        return new RefusedInput(true, "输入有误，请检查各字段（" + first + "）", errors);
    }

    public boolean invalidInput() {
        return invalidInput;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** The field of the first error, or null. */
    public String field() {
        return errors.isEmpty() ? null : errors.get(0).field();
    }
}
