package cn.scast.tianfu.listing;

/** Criteria of the listing list; null or blank means "any". Title matches as a substring. */
public record ListingFilter(MarketSide side, ListingType kind, ListingState status, String cityCode, String title) {

    public static ListingFilter any() {
        return new ListingFilter(null, null, null, null, null);
    }
}
