package cn.scast.tianfu.listing;

/** What the audit trail keeps of a listing. */
public final class ListingMapping {

    private ListingMapping() {
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
