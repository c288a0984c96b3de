package cn.scast.tianfu.notification;

import java.time.Instant;

/** One inbox message as the API and the pages show it. */
public record InboxMessageView(long id, String topic, String subject, String body, Instant createdAt, boolean read) {

    static InboxMessageView of(InboxMessage m) {
        return new InboxMessageView(m.getId(), m.getTopic(), m.getSubject(), m.getBody(), m.getCreatedAt(),
                m.getReadAt() != null);
    }
}
