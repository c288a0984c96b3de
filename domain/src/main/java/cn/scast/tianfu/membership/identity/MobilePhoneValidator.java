package cn.scast.tianfu.membership.identity;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Backs {@link ValidMobilePhone} by delegating to {@link MobilePhoneNumber}, so form and import rules cannot drift apart. */
public class MobilePhoneValidator implements ConstraintValidator<ValidMobilePhone, CharSequence> {

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return IdentifierText.isBlank(value) || MobilePhoneNumber.isValid(value.toString());
    }
}
