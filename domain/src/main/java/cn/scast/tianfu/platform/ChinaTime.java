package cn.scast.tianfu.platform;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The association works in China time: business dates (an order's day, a membership's expiry, a notice period) and
 * every time shown on a screen or in a message are Asia/Shanghai, whatever zone the server or database runs in.
 */
public final class ChinaTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** Times on screens and in lists, to the minute. */
    public static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);

    /** Times where the second matters (sign-in blocks, import runs). */
    public static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZONE);

    private ChinaTime() {
    }

    /** The system clock in China time; services get it injected (platform's clock producer) so tests can set it. */
    public static Clock clock() {
        return Clock.system(ZONE);
    }

    /** Today's date in China by the given clock. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
