package cn.scast.tianfu.listing;

import jakarta.ejb.ApplicationException;

/** A request that contradicts the listing's current state (e.g. a forbidden status change). */
@ApplicationException(rollback = true)
public class ListingConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ListingConflictException(String message) {
        super(message);
    }
}
