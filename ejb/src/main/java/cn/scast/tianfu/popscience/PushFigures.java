package cn.scast.tianfu.popscience;

/** An item's push: subscribers the rule reaches now, deliveries made, and how many of those were read in the inbox. */
public record PushFigures(long itemId, long audience, long delivered, long read) {
}
