package cn.scast.tianfu.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One message in an account's in-app inbox (站内信). */
@Entity
@Table(name = "inbox_message")
public class InboxMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    /** What it is about, e.g. registration.approved, password.reset. */
    @Column(nullable = false, length = 32)
    private String topic;

    @Column(nullable = false, length = 200)
    private String subject;

    @Column(nullable = false, length = 2000)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected InboxMessage() {
    }

    public InboxMessage(Long accountId, String topic, String subject, String body, Instant createdAt) {
        this.accountId = accountId;
        this.topic = topic;
        this.subject = subject;
        this.body = body;
        this.createdAt = createdAt;
    }

    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public Long getId() { return id; }
    public Long getAccountId() { return accountId; }
    public String getTopic() { return topic; }
    public String getSubject() { return subject; }
    public String getBody() { return body; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getReadAt() { return readAt; }
}
