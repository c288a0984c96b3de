package cn.scast.tianfu.listing;

/**
 * Why a proposed supply–demand pair was turned down; the pair is then never proposed again (both ways).
 * Some reasons also say something about similar proposals, and matching lowers those for the listing
 * that declined: {@link #WRONG_FIELD} lowers candidates of the declined one's discipline, {@link #TOO_FAR}
 * candidates of its city.
 */
public enum DeclineReason {
    NOT_RELEVANT("不相关"),
    /** The counterpart works in another field: candidates of its discipline are lowered. */
    WRONG_FIELD("领域不符"),
    /** The counterpart is too far away: candidates in its city (prefecture) are lowered. */
    TOO_FAR("距离太远"),
    /** The need was met already (or the offer taken): candidates sharing the counterpart's keywords are lowered. */
    ALREADY_SOLVED("问题已解决"),
    ALREADY_COOPERATING("已有合作"),
    /** Price or budget does not fit: candidates asking as much (or offering as little) are lowered. */
    BUDGET_MISMATCH("预算不符"),
    OTHER("其他");

    private final String label;

    DeclineReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String getLabel() {
        return label;
    }
}
