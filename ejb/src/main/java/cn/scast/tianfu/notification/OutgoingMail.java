package cn.scast.tianfu.notification;

/** A plain-text mail to one address, sent after the transaction that asked for it has committed. */
public record OutgoingMail(String to, String subject, String body) {
}
