package cn.scast.tianfu.evaluation;

import cn.scast.tianfu.platform.ChinaTime;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * An assigned entry as its juror sees it. In a blind round the entrant's name, organisation and
 * recommending unit are null: they never leave the service, so no screen can show them by mistake.
 *
 * @param status  NEW (no sheet yet), DRAFT or SUBMITTED
 * @param version the sheet version the juror's edits are based on, or null without a sheet
 */
public record JurorEntryView(long roundId, String roundName, long entryId, String title, String categoryName,
                             String entrantName, String organisation, String recommendingUnit, boolean blind,
                             Instant closesAt, String status, Map<String, BigDecimal> scores, BigDecimal total,
                             Long sheetId, Long version) implements Serializable {

    private static final java.time.format.DateTimeFormatter TIME = ChinaTime.MINUTES;

    /** Closing time in Beijing time for display. */
    public String closesAtText() {
        return closesAt == null ? "" : TIME.format(closesAt);
    }

    public boolean submitted() {
        return "SUBMITTED".equals(status);
    }
}
