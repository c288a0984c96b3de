package cn.scast.tianfu.matching;

import cn.scast.tianfu.listing.Listing;

/** A match together with the proposed counterpart listing as stored in the database. */
public record ProposedMatch(Match match, Listing counterpart) {

    public long listingId() {
        return match.listingId();
    }

    public float score() {
        return match.score();
    }
}
