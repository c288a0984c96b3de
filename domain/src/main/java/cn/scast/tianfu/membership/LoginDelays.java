package cn.scast.tianfu.membership;

import java.time.Duration;
import java.util.Optional;

/**
 * How long repeated failed sign-ins block: nothing below a threshold of failures in a row, then a delay that
 * doubles with every further failure up to a cap. One rule per (account, source address), a looser one per
 * source address across all accounts (password spraying).
 */
public record LoginDelays(int threshold, Duration firstDelay, Duration maximumDelay) {

    /** Five wrong passwords for one account from one address: 1 min, then 2, 4, 8 ... at most one hour. */
    public static final LoginDelays PER_ACCOUNT_AND_ADDRESS = new LoginDelays(5, Duration.ofMinutes(1), Duration.ofHours(1));

    /** Thirty failures from one address, whichever accounts they named. */
    public static final LoginDelays PER_ADDRESS = new LoginDelays(30, Duration.ofMinutes(1), Duration.ofHours(1));

    public LoginDelays {
        if (threshold < 1 || firstDelay.isNegative() || firstDelay.isZero() || maximumDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("threshold >= 1 and 0 < firstDelay <= maximumDelay");
        }
    }

    /** The block that follows the given number of failures in a row, if any. */
    public Optional<Duration> blockAfter(int failures) {
        if (failures < threshold) {
            return Optional.empty();
        }
        int doublings = failures - threshold;
        Duration delay = firstDelay;
        for (int i = 0; i < doublings && delay.compareTo(maximumDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return Optional.of(delay.compareTo(maximumDelay) > 0 ? maximumDelay : delay);
    }
}
