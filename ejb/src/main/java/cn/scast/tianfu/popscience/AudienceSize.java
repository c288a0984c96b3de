package cn.scast.tianfu.popscience;

/** Whom an item reaches: accounts with a subscription, and confirmed public subscribers without an account. */
public record AudienceSize(long accounts, long subscribers) {
}
