package cn.scast.tianfu.membership.identity;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * At most {@link #value()} Unicode code points; use instead of {@code @Size(max)} for text stored in a
 * utf8mb4 VARCHAR(n), which counts characters, not UTF-16 units (see {@link TextLimits}). Null is valid.
 */
@Documented
@Constraint(validatedBy = MaxCodePointsValidator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface MaxCodePoints {

    /** Maximum number of code points, normally the VARCHAR length of the column. */
    int value();

    String message() default "{text.maxCodePoints.exceeded}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
