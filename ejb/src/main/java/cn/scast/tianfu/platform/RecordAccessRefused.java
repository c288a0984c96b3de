package cn.scast.tianfu.platform;

import jakarta.ejb.ApplicationException;

/**
 * The caller's role allows the operation, but not on this record (another city's listing or order, another
 * society's member). Answered 403 with the Chinese message, on pages and in the API alike.
 */
@ApplicationException(rollback = true)
public class RecordAccessRefused extends RuntimeException {
    public RecordAccessRefused(String message) {
        super(message);
    }

    /** The caller may not write this record (another city's, another society's). */
    public static RecordAccessRefused thisRecord() {
        return new RecordAccessRefused("无权操作该记录");
    }
}
