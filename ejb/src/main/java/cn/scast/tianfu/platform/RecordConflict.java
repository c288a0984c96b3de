package cn.scast.tianfu.platform;

import jakarta.ejb.ApplicationException;

/** A request that contradicts the record's current state (a forbidden status change, a closed record). 409. */
@ApplicationException(rollback = true)
public class RecordConflict extends RuntimeException {
    public RecordConflict(String message) {
        super(message);
    }
}
