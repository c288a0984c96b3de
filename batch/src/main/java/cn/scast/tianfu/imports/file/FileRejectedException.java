package cn.scast.tianfu.imports.file;

/**
 * The whole file is unusable: it is empty, neither CSV nor XLSX, in an encoding that cannot be decoded,
 * or its header is wrong (missing required columns, duplicate or blank column names, too many columns).
 * The message is Chinese and meant to be shown to the association that sent the file.
 */
public class FileRejectedException extends Exception {

    private static final long serialVersionUID = 1L;

    public FileRejectedException(String message) {
        super(message);
    }

    public FileRejectedException(String message, Throwable cause) {
        super(message, cause);
    }
}
