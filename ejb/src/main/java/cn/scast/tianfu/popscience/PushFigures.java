package cn.scast.tianfu.popscience;

/**
 * An item's push: people the rule reaches now, deliveries made and how many of those were read, in total and split
 * into accounts (inbox messages marked read) and public subscribers without an account (the item opened through the
 * link of their mail or SMS).
 */
public record PushFigures(long itemId, long audience, long delivered, long read,
                          long accountAudience, long accountDelivered, long accountRead,
                          long subscriberAudience, long subscriberDelivered, long subscriberRead) {
}
