package cn.scast.tianfu.membership;

import cn.scast.tianfu.platform.FieldError;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Bean Validation of the forms with Chinese messages, whatever the server's default locale. */
@ApplicationScoped
public class FormValidator {

    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final Validator validator;

    public FormValidator() {
        ValidatorFactory factory = Validation.buildDefaultValidatorFactory();
        MessageInterpolator base = factory.getMessageInterpolator();
        validator = factory.usingContext().messageInterpolator(new MessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                return base.interpolate(template, context, CHINESE);
            }

            @Override
            public String interpolate(String template, Context context, Locale locale) {
                return base.interpolate(template, context, CHINESE);
            }
        }).getValidator();
    }

    public List<FieldError> validate(Object form) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<Object> v : validator.validate(form)) {
            errors.add(new FieldError(v.getPropertyPath().toString(), v.getMessage()));
        }
        errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::message));
        return errors;
    }

    /** A message from ValidationMessages by key (member.* / org.*), in Chinese. */
    public static String message(String key) {
        try {
            return ResourceBundle.getBundle("ValidationMessages", CHINESE).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
