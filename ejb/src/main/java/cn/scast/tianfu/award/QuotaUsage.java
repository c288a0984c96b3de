package cn.scast.tianfu.award;

import java.io.Serializable;

/** A recommending unit's quota and how much of it its nominations use. */
public record QuotaUsage(String unitCode, String unitName, String unitKind, int quota, long used)
        implements Serializable {

    public long remaining() {
        return Math.max(0, quota - used);
    }
}
