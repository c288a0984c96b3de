package cn.scast.tianfu.evaluation.normalisation;

import java.math.BigDecimal;
import java.util.Objects;

/** One juror's validated total for one entry in a round (see ScoringForm for how totals are made). */
public record ScoreRecord(String jurorId, String entryId, BigDecimal total) {

    public ScoreRecord {
        Objects.requireNonNull(jurorId, "jurorId");
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(total, "total");
    }

    public ScoreRecord(String jurorId, String entryId, double total) {
        this(jurorId, entryId, BigDecimal.valueOf(total));
    }
}
