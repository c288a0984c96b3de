package cn.scast.tianfu.listing;

/**
 * The kind of a listing; each kind belongs to exactly one side. Shared by the listing area and the
 * matching core; the names are stored in the database and sent in JSON.
 */
public enum ListingType {
    TECH_SERVICE(MarketSide.SUPPLY, "科技服务"),
    ACHIEVEMENT(MarketSide.SUPPLY, "科技成果"),
    HIGH_TECH(MarketSide.SUPPLY, "高新技术"),
    SCIENCE_POPULARISATION(MarketSide.SUPPLY, "科普资源"),
    REQUIREMENT(MarketSide.DEMAND, "科技需求"),
    RESEARCH_CHALLENGE(MarketSide.DEMAND, "科研难题");

    private final MarketSide side;
    private final String label;

    ListingType(MarketSide side, String label) {
        this.side = side;
        this.label = label;
    }

    public MarketSide side() {
        return side;
    }

    public String label() {
        return label;
    }

    public MarketSide getSide() {
        return side;
    }

    public String getLabel() {
        return label;
    }
}
