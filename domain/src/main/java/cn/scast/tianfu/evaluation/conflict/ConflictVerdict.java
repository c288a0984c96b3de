package cn.scast.tianfu.evaluation.conflict;

import java.util.List;

/** Whether a juror–entry pair is conflicted, with every reason found (empty when not conflicted). */
public record ConflictVerdict(List<String> reasons) {

    public static final ConflictVerdict CLEAR = new ConflictVerdict(List.of());

    public ConflictVerdict {
        reasons = List.copyOf(reasons);
    }

    public boolean conflicted() {
        return !reasons.isEmpty();
    }

    /** All reasons joined with "；" for a single table cell. */
    public String summary() {
        return String.join("；", reasons);
    }
}
