package cn.scast.tianfu.platform;

import jakarta.ejb.ApplicationException;

/** The record a request names does not exist. Answered 404 with the Chinese message. */
@ApplicationException(rollback = true)
public class RecordNotFound extends RuntimeException {
    public RecordNotFound(String message) {
        super(message);
    }

    /**
     * No such record, or one the caller may not see: the answer is the same for both, so that a caller cannot
     * learn from it which records exist.
     */
    public static RecordNotFound orHidden() {
        return new RecordNotFound("记录不存在或无权查看");
    }
}
