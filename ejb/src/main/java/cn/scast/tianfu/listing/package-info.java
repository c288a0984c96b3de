/**
 * Supply (所能) and demand (所需) listings.
 *
 * <p>{@link cn.scast.tianfu.listing.ListingService} checks input (Bean Validation with Chinese messages, then
 * discipline/industry codes against {@code ref_taxonomy_term} and the city against {@code ref_city}) and
 * refuses with {@link cn.scast.tianfu.listing.ListingRejectedException}, which rolls back. Every change fires
 * {@link cn.scast.tianfu.listing.ListingChanged}; matching observes it after the commit, so the index never holds
 * rolled-back data (listing knows nothing of matching; matching depends on listing). Bulk loads (the {@code file-import} job with target {@code listing}) write with JDBC; the listing_change outbox brings their changes to the index.
 */
package cn.scast.tianfu.listing;
