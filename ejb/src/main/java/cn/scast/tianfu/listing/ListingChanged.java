package cn.scast.tianfu.listing;

import cn.scast.tianfu.matching.MatchableListing;

/**
 * Fired inside the transaction that changed a listing; observers that keep derived data (the matching
 * index) listen with {@code during = TransactionPhase.AFTER_SUCCESS}, so they only ever see committed rows.
 */
public record ListingChanged(MatchableListing listing) {
}
