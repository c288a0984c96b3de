package cn.scast.tianfu.fair;

/** The three lists the fair publishes; the label names the list and the review's category. */
public enum FairProjectType {
    ACHIEVEMENT("重大科技成果"),
    HIGH_TECH("重大高新技术"),
    CHALLENGE("重大科技难题（揭榜攻关）");

    private final String label;

    FairProjectType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
