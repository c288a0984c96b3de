package cn.scast.tianfu.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * The SMS sender without a provider: writes the message to {@code sms_outbox} in the caller's transaction (so a
 * rolled-back request leaves none) and logs it with the number masked.
 */
@ApplicationScoped
@Named(OutboxSmsSender.NAME)
public class OutboxSmsSender implements SmsSender {

    public static final String NAME = "outboxSmsSender";

    private static final Logger LOG = Logger.getLogger(OutboxSmsSender.class.getName());

    @PersistenceContext(unitName = "tianfu")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Override
    public void send(String mobile, String text) {
        em.createNativeQuery("INSERT INTO sms_outbox (mobile, body, created_at) VALUES (?1, ?2, ?3)")
                .setParameter(1, mobile).setParameter(2, text).setParameter(3, Timestamp.from(clock.instant()))
                .executeUpdate();
        String masked = mobile.length() == 11 ? mobile.substring(0, 3) + "****" + mobile.substring(7) : "***";
        LOG.info("SMS to " + masked + " kept in sms_outbox (" + text.length() + " characters)");
    }
}
