package cn.scast.tianfu.evaluation;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A proposed or published awardee as the public sees it: the entry and entrant with the award, never
 * juror data.
 *
 * @param score the final round's normalised score (display scale), or the pass rate in a pass/fail round
 */
public record NoticeLine(long entryId, String title, String entrantName, String organisation, String categoryName,
                         int place, String tier, BigDecimal score, boolean withdrawn, String withdrawnReason)
        implements Serializable {
}
