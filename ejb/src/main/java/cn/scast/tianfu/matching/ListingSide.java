package cn.scast.tianfu.matching;

/** Which side of the marketplace a listing is on: what a worker can offer (所能) or what an enterprise needs (所需). */
public enum ListingSide {
    SUPPLY("所能"),
    DEMAND("所需");

    private final String label;

    ListingSide(String label) {
        this.label = label;
    }

    /** Chinese label for the UI. */
    public String label() {
        return label;
    }

    /** Matches are only ever proposed across sides: supply for a demand, demand for a supply. */
    public ListingSide opposite() {
        return this == SUPPLY ? DEMAND : SUPPLY;
    }
}
