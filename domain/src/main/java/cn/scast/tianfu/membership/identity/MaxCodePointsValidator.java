package cn.scast.tianfu.membership.identity;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Backs {@link MaxCodePoints}. */
public class MaxCodePointsValidator implements ConstraintValidator<MaxCodePoints, CharSequence> {

    private int max;

    @Override
    public void initialize(MaxCodePoints annotation) {
        if (annotation.value() < 0) {
            throw new IllegalArgumentException("@MaxCodePoints value must not be negative");
        }
        max = annotation.value();
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || TextLimits.fits(value, max);
    }
}
