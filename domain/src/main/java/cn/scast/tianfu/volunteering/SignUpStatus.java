package cn.scast.tianfu.volunteering;

/** Where a person's sign-up stands: signed up, cancelled by them, or recorded after the activity. */
public enum SignUpStatus {
    SIGNED_UP("已报名"),
    CANCELLED("已取消"),
    ATTENDED("已出勤"),
    ABSENT("未出勤");

    private final String label;

    SignUpStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the sign-up holds one of the activity's places. */
    public boolean takesPlace() {
        return this != CANCELLED;
    }
}
