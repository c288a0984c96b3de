package cn.scast.tianfu.imports;

/** The whole file is unusable (empty, not CSV/XLSX, undecodable, columns missing): the job fails with this message. */
public class ImportFileRejected extends RuntimeException {
    public ImportFileRejected(String message, Throwable cause) {
        super(message, cause);
    }
}
