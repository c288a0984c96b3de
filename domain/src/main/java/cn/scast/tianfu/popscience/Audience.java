package cn.scast.tianfu.popscience;

/** Whom a 科普 item is written for; an item for the whole public reaches every group. */
public enum Audience {
    PUBLIC("全体公众"),
    YOUTH("青少年"),
    FARMERS("农民"),
    ELDERLY("老年人"),
    WORKERS("科技工作者");

    private final String label;

    Audience(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
