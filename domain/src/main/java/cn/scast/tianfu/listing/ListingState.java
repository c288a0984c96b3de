package cn.scast.tianfu.listing;

import java.util.EnumSet;
import java.util.Set;

/**
 * Life cycle of a listing: a draft is published, a published listing is matched (a cooperation was agreed)
 * or closed; a match that falls through puts the listing back on the market. Closed is final.
 */
public enum ListingState {
    DRAFT("草稿"),
    PUBLISHED("已发布"),
    MATCHED("已对接"),
    CLOSED("已关闭");

    private final String label;

    ListingState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String getLabel() {
        return label;
    }

    /** The states this one may change to. */
    public Set<ListingState> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(PUBLISHED, CLOSED);
            case PUBLISHED -> EnumSet.of(MATCHED, CLOSED);
            case MATCHED -> EnumSet.of(PUBLISHED, CLOSED);
            case CLOSED -> EnumSet.noneOf(ListingState.class);
        };
    }

    public boolean canBecome(ListingState target) {
        return target != null && next().contains(target);
    }
}
