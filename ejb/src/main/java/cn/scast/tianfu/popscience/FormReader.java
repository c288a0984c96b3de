package cn.scast.tianfu.popscience;

import cn.scast.tianfu.platform.RefusedInput;
import cn.scast.tianfu.platform.FieldError;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Reads the codes of a form into enums; a missing or unknown one is a 400 naming the field in Chinese. */
final class FormReader {

    private final List<FieldError> errors = new ArrayList<>();

    String text(String field, String value, int max, boolean required) {
        String text = value == null || value.isBlank() ? null : value.strip();
        if (text == null && required) {
            errors.add(new FieldError(field, "不能为空"));
        } else if (text != null && text.length() > max) {
            errors.add(new FieldError(field, "不能超过 " + max + " 个字"));
        }
        return text;
    }

    <E extends Enum<E>> E one(String field, String value, Class<E> type, E fallback) {
        if (value == null || value.isBlank()) {
            if (fallback == null) {
                errors.add(new FieldError(field, "不能为空"));
            }
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "无法识别的取值：" + value));
            return fallback;
        }
    }

    <E extends Enum<E>> Set<E> many(String field, List<String> values, Class<E> type) {
        Set<E> result = EnumSet.noneOf(type);
        for (String value : values == null ? List.<String>of() : values) {
            try {
                result.add(Enum.valueOf(type, value == null ? "" : value.strip()));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(field, "无法识别的取值：" + value));
            }
        }
        return result;
    }

    void error(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    /** Throws the collected errors, if any. */
    void check() {
        if (!errors.isEmpty()) {
            throw RefusedInput.invalid(errors);
        }
    }
}
