package cn.scast.tianfu.notification;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/** Hands mails to the sender only once the transaction that wrote their cause has committed (none on rollback). */
@ApplicationScoped
public class MailAfterCommit {

    @EJB
    private MailSender sender;

    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutgoingMail mail) {
        sender.send(mail);
    }
}
