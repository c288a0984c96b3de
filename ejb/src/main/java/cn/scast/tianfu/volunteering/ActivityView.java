package cn.scast.tianfu.volunteering;

import java.math.BigDecimal;

/** An activity with its team, times in China time and the places taken and left. */
public record ActivityView(long id, long teamId, String teamName, String title, String description, String place,
                           String cityCode, String regionName, String startsAt, String endsAt, int capacity,
                           long signedUp, long placesLeft, BigDecimal hours, String status, String statusLabel,
                           String cancelReason, boolean started, boolean ended) {

    /** Whether a person could still sign up now: published, not started, a place left. */
    public boolean open() {
        return "PUBLISHED".equals(status) && !started && placesLeft > 0;
    }
}
