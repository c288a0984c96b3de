package cn.scast.tianfu.evaluation.ranking;

/** What happens when the N-th advancement place is shared by several entries. */
public enum AdvancementPolicy {
    /** The whole tied group advances, so more than N entries may go through. */
    INCLUDE_ALL_TIED,
    /** A tied group that would overflow N stays behind entirely, so fewer than N may go through. */
    EXCLUDE_TIED_GROUP
}
