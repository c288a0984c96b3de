package cn.scast.tianfu.popscience.qa;

/** In which capacity an answer was given; shown beside the answerer's name. */
public enum AnswererKind {
    VOLUNTEER("科普员"),
    EXPERT("专家"),
    STAFF("工作人员");

    private final String label;

    AnswererKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
