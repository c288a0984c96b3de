package cn.scast.tianfu.imports.file;

/**
 * One row cannot be imported; the job records it in the reject report and continues with the next row.
 * The {@link #reason()} is Chinese and meant for the user.
 */
public class RowRejectedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final long lineNumber;
    private final String column;
    private final String reason;
    private final String originalText;

    /**
     * @param lineNumber   physical line of the row (see {@link SourceRow#lineNumber()})
     * @param column       header name of the offending column, or {@code null} if the row as a whole is wrong
     * @param reason       Chinese reason for the user
     * @param originalText the row as it appears in the file (possibly shortened)
     */
    public RowRejectedException(long lineNumber, String column, String reason, String originalText) {
        super(message(lineNumber, column, reason));
        this.lineNumber = lineNumber;
        this.column = column;
        this.reason = reason;
        this.originalText = originalText;
    }

    private static String message(long lineNumber, String column, String reason) {
        return column == null
                ? "第 " + lineNumber + " 行：" + reason
                : "第 " + lineNumber + " 行，列“" + column + "”：" + reason;
    }

    public long lineNumber() {
        return lineNumber;
    }

    /** Header name of the offending column, or {@code null}. */
    public String column() {
        return column;
    }

    public String reason() {
        return reason;
    }

    public String originalText() {
        return originalText;
    }
}
