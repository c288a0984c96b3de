package cn.scast.tianfu.matching;

import java.io.Serializable;
import java.util.Locale;

/** One line of the admin match table (JavaBean getters: EL cannot read record components). */
public class MatchRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int rank;
    private final long listingId;
    private final String title;
    private final String kindLabel;
    private final String ownerName;
    private final String score;
    private final String explanation;

    public MatchRow(int rank, ProposedMatch proposed) {
        this.rank = rank;
        this.listingId = proposed.listingId();
        this.title = proposed.counterpart().getTitle();
        this.kindLabel = proposed.counterpart().getKind().label();
        this.ownerName = proposed.counterpart().getOwnerName();
        this.score = String.format(Locale.ROOT, "%.2f", proposed.score());
        this.explanation = MatchReasonText.explain(proposed.match().reasons());
    }

    public int getRank() {
        return rank;
    }

    public long getListingId() {
        return listingId;
    }

    public String getTitle() {
        return title;
    }

    public String getKindLabel() {
        return kindLabel;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public String getScore() {
        return score;
    }

    public String getExplanation() {
        return explanation;
    }
}
