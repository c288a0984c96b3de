package cn.scast.tianfu.evaluation;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/** A score sheet after a write: what was stored and the version to base the next write on. */
public record SheetView(long sheetId, long roundId, long entryId, String juror, String status,
                        Map<String, BigDecimal> scores, BigDecimal total, Instant submittedAt, boolean overridden,
                        long version) implements Serializable {
}
