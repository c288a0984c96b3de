package cn.scast.tianfu.listing;

/**
 * Fired inside the transaction that changed a listing; observers that keep derived data (the matching
 * index) listen with {@code during = TransactionPhase.AFTER_SUCCESS}, so they only ever see committed rows (the listing
 * as it was committed, detached).
 */
public record ListingChanged(Listing listing) {
}
