package cn.scast.tianfu.matching;

/** Why a listing was proposed; the label is the Chinese phrase a UI shows before the detail. */
public enum MatchReasonType {
    /** Detail: the shared words joined by 「、」, e.g. "石墨烯、储能". */
    SHARED_TERMS("共同关键词"),
    /** Detail: the GB/T 13745 discipline code both listings carry. */
    SAME_DISCIPLINE("同一学科"),
    /** Detail: the shared first-level GB/T 13745 discipline code (first three digits). */
    SAME_DISCIPLINE_GROUP("同一学科门类"),
    /** Detail: the GB/T 4754 industry code both listings carry. */
    SAME_INDUSTRY("同一行业"),
    /** Detail: the shared GB/T 4754 division (section letter plus two digits, e.g. "C39"). */
    SAME_INDUSTRY_DIVISION("同一行业大类"),
    /** Detail: the shared prefecture-level city code, e.g. "510100". */
    SAME_CITY("同一城市");

    private final String label;

    MatchReasonType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
