package cn.scast.tianfu.competition;

/** 学段 of a youth contest project; the label is also the prefix of the category code (e.g. 初中-技术). */
public enum SchoolLevel {
    PRIMARY("小学"),
    JUNIOR("初中"),
    SENIOR("高中");

    private final String label;

    SchoolLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Accepts the code or the Chinese label; null when unknown. */
    public static SchoolLevel parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        for (SchoolLevel l : values()) {
            if (l.name().equalsIgnoreCase(t) || l.label.equals(t)) {
                return l;
            }
        }
        return null;
    }
}
