package cn.scast.tianfu.listing;

/**
 * Which side of the marketplace a listing is on: what someone can offer (所能) or what someone needs (所需).
 * Names are those of {@code cn.scast.tianfu.matching.ListingSide}, so the two map by name.
 */
public enum MarketSide {
    SUPPLY("所能"),
    DEMAND("所需");

    private final String label;

    MarketSide(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String getLabel() {
        return label;
    }
}
