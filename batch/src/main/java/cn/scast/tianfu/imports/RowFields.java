package cn.scast.tianfu.imports;

import cn.scast.tianfu.imports.file.RowRejectedException;
import cn.scast.tianfu.imports.file.SourceRow;

import java.util.regex.Pattern;

/** Reads typed, checked fields from a row; every refusal names the column and says why in Chinese. */
public final class RowFields {

    private final SourceRow row;

    public RowFields(SourceRow row) {
        this.row = row;
    }

    public String required(String column, int maxCodePoints) throws RowRejectedException {
        String value = optional(column, maxCodePoints);
        if (value == null) {
            throw reject(column, "必填字段「" + column + "」为空");
        }
        return value;
    }

    /** Null when the cell is empty. Lengths count characters (code points), as utf8mb4 columns do. */
    public String optional(String column, int maxCodePoints) throws RowRejectedException {
        String value = row.values().get(column);
        if (value == null || value.isBlank()) {
            return null;
        }
        value = value.strip();
        int length = value.codePointCount(0, value.length());
        if (length > maxCodePoints) {
            throw reject(column, "字段「" + column + "」长度 " + length + " 超过上限 " + maxCodePoints);
        }
        return value;
    }

    public String matching(String column, Pattern pattern, String expectation) throws RowRejectedException {
        String value = required(column, 255);
        if (!pattern.matcher(value).matches()) {
            throw reject(column, "字段「" + column + "」的值「" + value + "」格式不正确：" + expectation);
        }
        return value;
    }

    public int integer(String column, int min, int max) throws RowRejectedException {
        String value = required(column, 12);
        try {
            int parsed = Integer.parseInt(value);
            if (parsed < min || parsed > max) {
                throw reject(column, "字段「" + column + "」的值 " + parsed + " 超出范围 " + min + "–" + max);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw reject(column, "字段「" + column + "」的值「" + value + "」不是整数");
        }
    }

    public RowRejectedException reject(String column, String reason) {
        return new RowRejectedException(row.lineNumber(), column, reason, row.originalText());
    }
}
