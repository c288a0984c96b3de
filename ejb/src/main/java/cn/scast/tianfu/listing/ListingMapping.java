package cn.scast.tianfu.listing;

import cn.scast.tianfu.matching.MatchableListing;

/**
 * Maps the persistent listing to what the matching core needs. Both use the same enums (side, kind, state);
 * only {@link ListingState#PUBLISHED} listings are proposed, so a matched listing is off the market.
 */
public final class ListingMapping {

    private ListingMapping() {
    }

    public static MatchableListing toMatchable(Listing listing) {
        return new MatchableListing(listing.getId(), listing.getKind(), listing.getTitle(),
                listing.getDescription(), listing.getKeywordList(), listing.getDisciplineCode(),
                listing.getIndustryCode(), listing.getCityCode(), listing.getStatus());
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
}
