package cn.scast.tianfu.membership;

import cn.scast.tianfu.platform.FieldError;

import jakarta.ejb.ApplicationException;

import java.util.List;

/** Refused input; rolls the transaction back so nothing is half-saved. */
@ApplicationException(rollback = true)
public class MembershipValidationException extends RuntimeException {

    private final List<FieldError> errors;
    private final boolean conflict;

    public MembershipValidationException(List<FieldError> errors) {
        this(errors, false);
    }

    public MembershipValidationException(List<FieldError> errors, boolean conflict) {
        super(errors.toString());
        this.errors = List.copyOf(errors);
        this.conflict = conflict;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** True when the input was well-formed but clashes with an existing record (duplicate natural key). */
    public boolean conflict() {
        return conflict;
    }
}
