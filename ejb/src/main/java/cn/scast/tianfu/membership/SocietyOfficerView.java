package cn.scast.tianfu.membership;

import java.io.Serializable;

/** A society officer's login and the society it acts for. */
public record SocietyOfficerView(String username, String displayName, long societyId, String societyCode,
                                 String societyName) implements Serializable {
}
