package cn.scast.tianfu.matching;

import java.util.Objects;

/** One structured explanation of a match; the UI renders {@code type.label() + "：" + detail}. */
public record MatchReason(MatchReasonType type, String detail) {
    public MatchReason {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(detail, "detail");
    }
}
