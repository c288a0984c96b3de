package cn.scast.tianfu.imports;

import jakarta.ejb.ApplicationException;

/** The same content (sha256) was already received for this kind; it is not imported again. */
@ApplicationException
public class DuplicateImportException extends RuntimeException {

    private final ImportFileRecord earlier;

    public DuplicateImportException(ImportFileRecord earlier) {
        super("文件内容与 " + earlier.receivedAt() + " 收到的「" + earlier.fileName() + "」相同（SHA-256 "
                + earlier.sha256().substring(0, 12) + "…），不再重复导入");
        this.earlier = earlier;
    }

    public ImportFileRecord earlier() {
        return earlier;
    }
}
