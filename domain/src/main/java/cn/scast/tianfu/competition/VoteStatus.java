package cn.scast.tianfu.competition;

/** Where an edition's 人气奖 vote stands: staff open it once and close it once; counts are shown only when closed. */
public enum VoteStatus {
    NOT_OPEN("未开始"),
    OPEN("投票中"),
    CLOSED("已结束");

    private final String label;

    VoteStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
