package cn.scast.tianfu.membership.identity;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Backs {@link ValidCreditCode} by delegating to {@link UnifiedSocialCreditCode}, so form and import rules cannot drift apart. */
public class CreditCodeValidator implements ConstraintValidator<ValidCreditCode, CharSequence> {

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return IdentifierText.isBlank(value) || UnifiedSocialCreditCode.isValid(value.toString());
    }
}
