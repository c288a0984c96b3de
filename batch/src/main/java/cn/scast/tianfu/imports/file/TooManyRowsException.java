package cn.scast.tianfu.imports.file;

import java.io.IOException;

/**
 * Thrown by {@link RowSource#next()} when a file holds more data rows than {@link ReadLimits#maxRows()}.
 * It is an {@link IOException} because {@code next()} cannot throw {@link FileRejectedException}; the job
 * should treat it like a rejected file. The message is Chinese and meant for the user.
 */
public class TooManyRowsException extends IOException {

    private static final long serialVersionUID = 1L;

    private final long maxRows;

    public TooManyRowsException(long maxRows) {
        super("文件数据行数超过上限 " + maxRows + " 行");
        this.maxRows = maxRows;
    }

    public long maxRows() {
        return maxRows;
    }
}
