package cn.scast.tianfu.imports.file;

import java.io.IOException;

/**
 * Thrown by {@link RowSource#next()} when the rest of the file is refused for a reason the user must hear
 * (an XLSX sheet that trips the zip-bomb guard or declares a DOCTYPE mid-way). Like
 * {@link TooManyRowsException} it is an {@link IOException} because {@code next()} cannot throw
 * {@link FileRejectedException}; the job treats it as a rejected file. The message is Chinese.
 */
public class FileUnreadableException extends IOException {

    private static final long serialVersionUID = 1L;

    public FileUnreadableException(String message, Throwable cause) {
        super(message, cause);
    }
}
