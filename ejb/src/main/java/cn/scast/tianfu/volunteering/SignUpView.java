package cn.scast.tianfu.volunteering;

import java.math.BigDecimal;

/** One row of an activity's roster (for the leader and staff) or of a person's history. */
public record SignUpView(long id, long activityId, String activityTitle, String teamName, String startsAt,
                         String username, String displayName, String status, String statusLabel, BigDecimal hours) {
}
