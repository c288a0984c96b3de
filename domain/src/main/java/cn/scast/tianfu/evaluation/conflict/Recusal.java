package cn.scast.tianfu.evaluation.conflict;

import java.util.Objects;

/** A juror's own declaration that they should not judge an entry, with the stated reason. */
public record Recusal(String jurorId, String entryId, String reason) {

    public Recusal {
        Objects.requireNonNull(jurorId, "jurorId");
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(reason, "reason");
        if (reason.isBlank()) {
            // A recusal removes a juror from an entry; the audit trail needs to know why.
            throw new IllegalArgumentException("a recusal needs a reason");
        }
    }
}
