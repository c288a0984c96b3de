package cn.scast.tianfu.launcher;

/** A start-up problem the operator can fix; its message is the one line printed. */
public final class LaunchFailure extends RuntimeException {
    public LaunchFailure(String message) {
        super(message);
    }
}
