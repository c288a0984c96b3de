package cn.scast.tianfu.fair;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * How the office sets up a year's expert review.
 *
 * @param closesAt       end of the scoring window (it opens when the review is set up)
 * @param placesPerType  projects recommended per type at most
 * @param passMark       lowest experts' mean total (百分制) a recommended project needs
 * @param jurorsPerEntry experts scoring each project
 * @param panel          the experts: users with the jury-member role, with their unit for conflict checks
 */
public record FairReviewPlan(Instant closesAt, int placesPerType, BigDecimal passMark, int jurorsPerEntry,
                             List<Panelist> panel) implements Serializable {

    public FairReviewPlan {
        panel = panel == null ? List.of() : List.copyOf(panel);
    }

    /** One expert: a projecting holder from the same unit is never assigned to them. */
    public record Panelist(String username, String organisation, boolean chair) implements Serializable {
    }
}
