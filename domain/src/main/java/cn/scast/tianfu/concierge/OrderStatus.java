package cn.scast.tianfu.concierge;

/** Life of a 保姆单: opened, worked on, and closed either with a signed deal or without one. */
public enum OrderStatus {
    OPEN,
    IN_PROGRESS,
    SIGNED,
    CLOSED_NO_DEAL;

    public boolean isClosed() {
        return this == SIGNED || this == CLOSED_NO_DEAL;
    }
}
