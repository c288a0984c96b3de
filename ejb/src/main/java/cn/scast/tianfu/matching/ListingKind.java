package cn.scast.tianfu.matching;

/** The kind of a listing; each kind belongs to exactly one side so a listing cannot claim an inconsistent side. */
public enum ListingKind {
    TECH_SERVICE(ListingSide.SUPPLY, "科技服务"),
    ACHIEVEMENT(ListingSide.SUPPLY, "科技成果"),
    HIGH_TECH(ListingSide.SUPPLY, "高新技术"),
    SCIENCE_POPULARISATION(ListingSide.SUPPLY, "科普资源"),
    REQUIREMENT(ListingSide.DEMAND, "科技需求"),
    RESEARCH_CHALLENGE(ListingSide.DEMAND, "科研难题");

    private final ListingSide side;
    private final String label;

    ListingKind(ListingSide side, String label) {
        this.side = side;
        this.label = label;
    }

    public ListingSide side() {
        return side;
    }

    /** Chinese label for the UI. */
    public String label() {
        return label;
    }
}
