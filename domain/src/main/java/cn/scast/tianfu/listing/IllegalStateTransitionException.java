package cn.scast.tianfu.listing;

/** A listing was asked to change to a state its current state does not lead to. */
public class IllegalStateTransitionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ListingState from;
    private final ListingState to;

    public IllegalStateTransitionException(ListingState from, ListingState to) {
        super("状态不能从「" + from.label() + "」变为「" + (to == null ? "空" : to.label()) + "」");
        this.from = from;
        this.to = to;
    }

    public ListingState from() {
        return from;
    }

    public ListingState to() {
        return to;
    }
}
