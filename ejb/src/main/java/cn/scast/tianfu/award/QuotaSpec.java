package cn.scast.tianfu.award;

import java.io.Serializable;

/** A recommending unit to configure: code (society code or city code), name, kind (SOCIETY or CITY), quota. */
public record QuotaSpec(String unitCode, String unitName, String unitKind, int quota) implements Serializable {
}
