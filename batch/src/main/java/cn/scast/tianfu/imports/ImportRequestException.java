package cn.scast.tianfu.imports;

import jakarta.ejb.ApplicationException;

/** A request to the import operations that cannot be honoured (unknown kind, not restartable …); Chinese message. */
@ApplicationException
public class ImportRequestException extends RuntimeException {
    public ImportRequestException(String message) {
        super(message);
    }
}
