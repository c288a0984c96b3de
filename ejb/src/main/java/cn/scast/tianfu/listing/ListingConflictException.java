package cn.scast.tianfu.listing;

import cn.scast.tianfu.platform.RecordConflict;
import jakarta.ejb.ApplicationException;

/** A request that contradicts the listing's current state (e.g. a forbidden status change). */
@ApplicationException(rollback = true)
public class ListingConflictException extends RecordConflict {

    private static final long serialVersionUID = 1L;

    public ListingConflictException(String message) {
        super(message);
    }
}
