package cn.scast.tianfu.listing;

/**
 * Which side of the marketplace a listing is on: what someone can offer (所能) or what someone needs (所需).
 * The matching core uses this enum too; its names are stored in the database and the index and sent in JSON.
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

    /** Matches are only ever proposed across sides: supply for a demand, demand for a supply. */
    public MarketSide opposite() {
        return this == SUPPLY ? DEMAND : SUPPLY;
    }
}
