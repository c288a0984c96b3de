package cn.scast.tianfu.listing;

import cn.scast.tianfu.matching.ListingKind;
import cn.scast.tianfu.matching.ListingStatus;
import cn.scast.tianfu.matching.MatchableListing;

/** Maps the persistent listing to what the matching core needs. */
public final class ListingMapping {

    private ListingMapping() {
    }

    public static MatchableListing toMatchable(Listing listing) {
        return new MatchableListing(listing.getId(), kind(listing.getKind()), listing.getTitle(),
                listing.getDescription(), listing.getKeywordList(), listing.getDisciplineCode(),
                listing.getIndustryCode(), listing.getCityCode(), status(listing.getStatus()));
    }

    public static ListingKind kind(ListingType type) {
        return ListingKind.valueOf(type.name());
    }

    /** Only published listings are proposed; a matched listing is off the market like a closed one. */
    public static ListingStatus status(ListingState state) {
        return switch (state) {
            case DRAFT -> ListingStatus.DRAFT;
            case PUBLISHED -> ListingStatus.PUBLISHED;
            case MATCHED, CLOSED -> ListingStatus.CLOSED;
        };
    }
}
