package cn.scast.tianfu.volunteering;

import java.math.BigDecimal;
import java.util.List;

/** A person's volunteer record: the hours credited in all and every sign-up, newest activity first. */
public record MyVolunteering(String username, BigDecimal totalHours, long activitiesAttended, List<SignUpView> history) {
}
