package cn.scast.tianfu.volunteering;

/** A published activity takes sign-ups until it starts; a cancelled one takes none. */
public enum ActivityStatus {
    PUBLISHED("已发布"),
    CANCELLED("已取消");

    private final String label;

    ActivityStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
