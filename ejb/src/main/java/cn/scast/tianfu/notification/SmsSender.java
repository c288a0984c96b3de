package cn.scast.tianfu.notification;

/**
 * Sends one text message to a mainland mobile number. The application has no SMS provider of its own: the default,
 * {@link OutboxSmsSender}, keeps every message in {@code sms_outbox} and logs it. A deployment that has a provider
 * adds a CDI bean implementing this interface with a {@code @Named} name and sets the system property
 * {@value #SENDER_PROPERTY} to that name. Called inside the transaction that caused the message.
 */
public interface SmsSender {

    /** The system property naming the bean that sends SMS; unset: {@value OutboxSmsSender#NAME}. */
    String SENDER_PROPERTY = "tianfu.sms.sender";

    void send(String mobile, String text);
}
