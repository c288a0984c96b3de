package cn.scast.tianfu.competition;

/** Where a self-service contest application stands. */
public enum CompetitionApplicationStatus {
    PENDING("待审核"),
    APPROVED("已通过"),
    REJECTED("未通过");

    private final String label;

    CompetitionApplicationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
