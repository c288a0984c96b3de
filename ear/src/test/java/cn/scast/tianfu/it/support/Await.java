package cn.scast.tianfu.it.support;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

/**
 * Polls until something is true, first briefly, then every quarter second: a test waits about as long as the
 * server needs, not a whole polling second more. Usable in the container and on the client.
 */
public final class Await {

    private static final long FIRST_PAUSE_MILLIS = 20;
    private static final long LONGEST_PAUSE_MILLIS = 250;

    private Await() {
    }

    /** Waits until {@code condition} holds; fails naming {@code what} after {@code timeout}. */
    public static void until(String what, Duration timeout, Callable<Boolean> condition) throws Exception {
        value(what, timeout, condition, Boolean.TRUE::equals);
    }

    /**
     * Calls {@code probe} until its result satisfies {@code done} and returns that result; fails after
     * {@code timeout} with {@code what} and the last result.
     */
    public static <T> T value(String what, Duration timeout, Callable<T> probe, Predicate<? super T> done)
            throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        long pause = FIRST_PAUSE_MILLIS;
        T last = probe.call();
        while (!done.test(last)) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError(what + ": not within " + timeout.toSeconds() + " s; last: " + last);
            }
            Thread.sleep(pause);
            pause = Math.min(pause * 2, LONGEST_PAUSE_MILLIS);
            last = probe.call();
        }
        return last;
    }
}
