package cn.scast.tianfu.membership.identity;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Backs {@link ValidIssn}; blank is valid (the ISSN is optional). */
public class IssnValidator implements ConstraintValidator<ValidIssn, CharSequence> {

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return IdentifierText.isBlank(value) || Issn.isValid(value.toString());
    }
}
