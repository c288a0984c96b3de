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

    /** What the audit trail keeps of a listing before and after a change. */
    public static java.util.Map<String, Object> auditState(Listing listing) {
        java.util.Map<String, Object> state = new java.util.LinkedHashMap<>();
        state.put("externalId", listing.getExternalId());
        state.put("kind", listing.getKind().name());
        state.put("status", listing.getStatus().name());
        state.put("title", listing.getTitle());
        state.put("description", listing.getDescription());
        state.put("keywords", listing.getKeywords());
        state.put("disciplineCode", listing.getDisciplineCode());
        state.put("industryCode", listing.getIndustryCode());
        state.put("cityCode", listing.getCityCode());
        state.put("amountWanYuan", listing.getAmountWanYuan() == null ? null : listing.getAmountWanYuan().toPlainString());
        state.put("ownerName", listing.getOwnerName());
        return state;
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
