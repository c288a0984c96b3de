package cn.scast.tianfu.listing;

/** Why a proposed supply–demand pair was turned down; the pair is then never proposed again. */
public enum DeclineReason {
    NOT_RELEVANT("不相关"),
    ALREADY_COOPERATING("已有合作"),
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
