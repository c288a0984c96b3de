package cn.scast.tianfu.popscience;

/** How a public subscriber without an account is reached. */
public enum SubscriberChannel {
    EMAIL, MOBILE
}
