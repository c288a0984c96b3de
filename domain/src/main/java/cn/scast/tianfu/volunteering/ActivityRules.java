package cn.scast.tianfu.volunteering;

import cn.scast.tianfu.platform.RuleViolation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;

/**
 * The pure rules of a 科技志愿服务 activity: its schedule and size, who may still sign up or cancel, when hours may be
 * recorded and how many. Every refusal is a {@link RuleViolation} with a Chinese message.
 */
public final class ActivityRules {

    /** The most people one activity takes. */
    public static final int MAX_CAPACITY = 10_000;
    /** The most hours one activity credits a participant. */
    public static final BigDecimal MAX_HOURS = new BigDecimal("24.0");

    private ActivityRules() {
    }

    /** A new or changed activity: starts in the future, ends after it starts, a sane size and credited hours. */
    public static void checkSchedule(Instant startsAt, Instant endsAt, int capacity, BigDecimal hours, Instant now) {
        if (startsAt == null || endsAt == null) {
            throw new RuleViolation("请填写活动的开始和结束时间");
        }
        if (!startsAt.isAfter(now)) {
            throw new RuleViolation("活动开始时间应晚于现在");
        }
        if (!endsAt.isAfter(startsAt)) {
            throw new RuleViolation("活动结束时间应晚于开始时间");
        }
        if (capacity < 1 || capacity > MAX_CAPACITY) {
            throw new RuleViolation("招募人数应在 1 到 " + MAX_CAPACITY + " 之间");
        }
        if (hours == null || hours.signum() <= 0) {
            throw new RuleViolation("每人记录的志愿服务时长应大于 0 小时");
        }
        checkHours(hours, startsAt, endsAt);
    }

    /** Whether another person fits: fewer people signed up than the capacity. */
    public static boolean hasPlaceLeft(int capacity, long taken) {
        return taken < capacity;
    }

    /** Places left for the public page, never below zero. */
    public static long placesLeft(int capacity, long taken) {
        return Math.max(0, capacity - taken);
    }

    /** Sign-ups close when the activity starts. */
    public static void checkSignUpOpen(Instant startsAt, Instant now) {
        if (!now.isBefore(startsAt)) {
            throw new RuleViolation("活动已开始，不能再报名");
        }
    }

    /** A person cancels their own sign-up only before the start. */
    public static void checkCancellable(Instant startsAt, Instant now) {
        if (!now.isBefore(startsAt)) {
            throw new RuleViolation("活动已开始，不能再取消报名");
        }
    }

    /** Attendance and hours are recorded once the activity is over. */
    public static void checkRecordable(Instant endsAt, Instant now) {
        if (now.isBefore(endsAt)) {
            throw new RuleViolation("活动结束后才能记录出勤和志愿服务时长");
        }
    }

    /**
     * Hours recorded for one participant: zero (did not come) up to the activity's length and at most 24, in steps of
     * a tenth of an hour.
     */
    public static BigDecimal checkHours(BigDecimal hours, Instant startsAt, Instant endsAt) {
        if (hours == null) {
            throw new RuleViolation("请填写志愿服务时长");
        }
        if (hours.signum() < 0) {
            throw new RuleViolation("志愿服务时长不能为负数");
        }
        if (hours.stripTrailingZeros().scale() > 1) {
            throw new RuleViolation("志愿服务时长最多保留一位小数");
        }
        BigDecimal length = lengthInHours(startsAt, endsAt);
        BigDecimal most = length.min(MAX_HOURS);
        if (hours.compareTo(most) > 0) {
            throw new RuleViolation("志愿服务时长不能超过活动时长 " + most.stripTrailingZeros().toPlainString() + " 小时");
        }
        return hours.setScale(1, RoundingMode.UNNECESSARY);
    }

    /** The length of an activity in hours, rounded up to a tenth. */
    public static BigDecimal lengthInHours(Instant startsAt, Instant endsAt) {
        long seconds = Duration.between(startsAt, endsAt).getSeconds();
        return BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(3600), 1, RoundingMode.CEILING);
    }
}
