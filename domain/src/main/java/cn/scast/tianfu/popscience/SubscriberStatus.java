package cn.scast.tianfu.popscience;

/** A public subscriber waits for confirmation, receives pushes, or has unsubscribed. */
public enum SubscriberStatus {
    PENDING, ACTIVE, UNSUBSCRIBED
}
