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
    private static final long CLOSE_PAUSE_MILLIS = 10;

    private Await() {
    }

    /** Waits until {@code condition} holds; fails naming {@code what} after {@code timeout}. */
    public static void until(String what, Duration timeout, Callable<Boolean> condition) throws Exception {
        value(what, timeout, condition, Boolean.TRUE::equals);
    }

    /**
     * Waits until {@code condition} holds, checking every few milliseconds: for a test that must act the moment
     * something happens (stop a job right after its first chunk), not a quarter second later.
     */
    public static void closely(String what, Duration timeout, Callable<Boolean> condition) throws Exception {
        poll(what, timeout, condition, Boolean.TRUE::equals, CLOSE_PAUSE_MILLIS, CLOSE_PAUSE_MILLIS);
    }

    /**
     * Calls {@code probe} until its result satisfies {@code done} and returns that result; fails after
     * {@code timeout} with {@code what} and the last result.
     */
    public static <T> T value(String what, Duration timeout, Callable<T> probe, Predicate<? super T> done)
            throws Exception {
        return poll(what, timeout, probe, done, FIRST_PAUSE_MILLIS, LONGEST_PAUSE_MILLIS);
    }

    private static <T> T poll(String what, Duration timeout, Callable<T> probe, Predicate<? super T> done,
                              long firstPause, long longestPause) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        long pause = firstPause;
        T last = probe.call();
        while (!done.test(last)) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError(what + ": not within " + timeout.toSeconds() + " s; last: " + last);
            }
            Thread.sleep(pause);
            pause = Math.min(pause * 2, longestPause);
            last = probe.call();
        }
        return last;
    }

    /** As {@link #value}, for callers without checked exceptions: a probe that throws fails the wait at once. */
    public static <T> T valueOrFail(String what, Duration timeout, Callable<T> probe, Predicate<? super T> done) {
        try {
            return value(what, timeout, probe, done);
        } catch (RuntimeException | AssertionError e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + what, e);
        } catch (Exception e) {
            throw new IllegalStateException(what + ": " + e.getMessage(), e);
        }
    }
}
