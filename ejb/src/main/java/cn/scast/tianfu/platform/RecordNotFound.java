package cn.scast.tianfu.platform;

import jakarta.ejb.ApplicationException;

/** The record a request names does not exist. Answered 404 with the Chinese message. */
@ApplicationException(rollback = true)
public class RecordNotFound extends RuntimeException {
    public RecordNotFound(String message) {
        super(message);
    }
}
