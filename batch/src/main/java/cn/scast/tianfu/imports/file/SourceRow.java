package cn.scast.tianfu.imports.file;

import java.util.Map;

/**
 * One data row of an import file.
 *
 * @param lineNumber   1-based physical line: for CSV the line where the record starts (a quoted field
 *                     spanning several lines does not change it), for XLSX the sheet row number; the
 *                     header is line 1 in a normal file
 * @param values       cell values by column name, in header order, already trimmed. The map returned by
 *                     {@link RowSource} is unmodifiable and looks keys up case-insensitively
 *                     ({@code values.get("NAME")} finds the column {@code name}); keys are the header
 *                     names as written in the file (trimmed)
 * @param originalText the row as it appears in the file (CSV: the raw record without its line break;
 *                     XLSX: the cells joined with commas), for the reject report; very long rows are
 *                     shortened, see {@link ReadLimits#maxOriginalTextLength()}
 */
public record SourceRow(long lineNumber, Map<String, String> values, String originalText) {
}
