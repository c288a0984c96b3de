package cn.scast.tianfu.matching;

/** Publication state of a listing. Only {@link #PUBLISHED} listings are kept in the matching index. */
public enum ListingStatus {
    DRAFT,
    PENDING_REVIEW,
    PUBLISHED,
    CLOSED,
    WITHDRAWN
}
