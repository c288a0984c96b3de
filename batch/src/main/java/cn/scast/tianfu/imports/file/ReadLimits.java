package cn.scast.tianfu.imports.file;

/**
 * Limits that protect the importer against oversized or hostile files.
 *
 * @param maxCellLength         longest cell value in characters; a longer cell rejects its row
 * @param maxRows               most data rows in one file; more make {@link RowSource#next()} throw
 *                              {@link TooManyRowsException}
 * @param maxColumns            most columns in the header; more reject the file
 * @param maxOriginalTextLength longest {@link SourceRow#originalText()} kept; longer rows are shortened
 *                              and end with {@link #TRUNCATION_MARK}
 * @param maxRecordLines        most physical lines one CSV record may span through line breaks inside quotes.
 *                              A quoted field that is still open past this many lines, or past
 *                              {@code maxCellLength} characters after its first line, or at end of file, is
 *                              taken for an unbalanced quote: only the row where it opened is rejected and
 *                              reading resumes at the line after that one
 */
public record ReadLimits(int maxCellLength, long maxRows, int maxColumns, int maxOriginalTextLength,
                         int maxRecordLines) {

    public static final int DEFAULT_MAX_CELL_LENGTH = 65_535;
    public static final long DEFAULT_MAX_ROWS = 5_000_000L;
    public static final int DEFAULT_MAX_COLUMNS = 200;
    public static final int DEFAULT_MAX_ORIGINAL_TEXT_LENGTH = 8_192;
    /** Generous for addresses and remarks with several paragraphs, small enough to lose few rows to a stray quote. */
    public static final int DEFAULT_MAX_RECORD_LINES = 100;

    /** Appended to an {@code originalText} that was shortened. */
    public static final String TRUNCATION_MARK = "…（已截断）";

    /**
     * 65,535 characters per cell, 5,000,000 rows, 200 columns, 8,192 characters of original text, 100 physical
     * lines per record.
     */
    public static final ReadLimits DEFAULTS = new ReadLimits(DEFAULT_MAX_CELL_LENGTH, DEFAULT_MAX_ROWS,
            DEFAULT_MAX_COLUMNS, DEFAULT_MAX_ORIGINAL_TEXT_LENGTH, DEFAULT_MAX_RECORD_LINES);

    public ReadLimits {
        if (maxCellLength < 1 || maxRows < 1 || maxColumns < 1 || maxOriginalTextLength < 1 || maxRecordLines < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** With the default {@link #maxRecordLines()}. */
    public ReadLimits(int maxCellLength, long maxRows, int maxColumns, int maxOriginalTextLength) {
        this(maxCellLength, maxRows, maxColumns, maxOriginalTextLength, DEFAULT_MAX_RECORD_LINES);
    }

    public static ReadLimits defaults() {
        return DEFAULTS;
    }

    public ReadLimits withMaxCellLength(int value) {
        return new ReadLimits(value, maxRows, maxColumns, maxOriginalTextLength, maxRecordLines);
    }

    public ReadLimits withMaxRows(long value) {
        return new ReadLimits(maxCellLength, value, maxColumns, maxOriginalTextLength, maxRecordLines);
    }

    public ReadLimits withMaxColumns(int value) {
        return new ReadLimits(maxCellLength, maxRows, value, maxOriginalTextLength, maxRecordLines);
    }

    public ReadLimits withMaxOriginalTextLength(int value) {
        return new ReadLimits(maxCellLength, maxRows, maxColumns, value, maxRecordLines);
    }

    public ReadLimits withMaxRecordLines(int value) {
        return new ReadLimits(maxCellLength, maxRows, maxColumns, maxOriginalTextLength, value);
    }
}
