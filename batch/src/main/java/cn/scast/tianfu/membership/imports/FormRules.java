package cn.scast.tianfu.membership.imports;

import cn.scast.tianfu.imports.RowFields;
import cn.scast.tianfu.imports.file.RowRejectedException;
import cn.scast.tianfu.imports.file.SourceRow;
import cn.scast.tianfu.platform.FieldError;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Bean Validation results of a membership form turned into a row rejection: the column of the first
 * violation, and every violation's Chinese message with its column, so one pass over the report fixes a row.
 */
final class FormRules {

    private FormRules() {
    }

    /** The trimmed cell, or null if the column is missing or blank. */
    static String cell(SourceRow row, String column) {
        String value = row.values().get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }

    static void rejectIfAny(List<FieldError> errors, Map<String, String> columnsByField, RowFields fields)
            throws RowRejectedException {
        if (errors.isEmpty()) {
            return;
        }
        String reason = errors.stream()
                .map(e -> "「" + columnsByField.getOrDefault(e.field(), e.field()) + "」" + e.message())
                .collect(Collectors.joining("；"));
        throw fields.reject(columnsByField.getOrDefault(errors.get(0).field(), errors.get(0).field()), reason);
    }
}
