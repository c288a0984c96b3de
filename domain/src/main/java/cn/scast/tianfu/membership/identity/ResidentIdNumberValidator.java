package cn.scast.tianfu.membership.identity;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Backs {@link ValidResidentIdNumber} by delegating to {@link ResidentIdNumber}, so form and import rules cannot drift apart. */
public class ResidentIdNumberValidator implements ConstraintValidator<ValidResidentIdNumber, CharSequence> {

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return IdentifierText.isBlank(value) || ResidentIdNumber.isValid(value.toString());
    }
}
