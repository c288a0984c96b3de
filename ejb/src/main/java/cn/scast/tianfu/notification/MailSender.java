package cn.scast.tianfu.notification;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.util.Date;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends mail through the Jakarta Mail session {@code mail/tianfu} that the launcher configures in Payara (SMTP of the
 * development mail server, or the association's relay). Asynchronous: a slow or absent SMTP server never holds up a
 * registration; a failure is logged and the in-app inbox still has the message.
 */
@Stateless
@PermitAll
public class MailSender {

    public static final String SESSION_JNDI = "mail/tianfu";

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void send(OutgoingMail mail) {
        try {
            Session session = (Session) new InitialContext().lookup(SESSION_JNDI);
            MimeMessage message = new MimeMessage(session);
            message.setFrom();
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), true));
            message.setSubject(mail.subject(), "UTF-8");
            message.setText(mail.body(), "UTF-8");
            message.setSentDate(new Date());
            Transport.send(message);
        } catch (NamingException e) {
            LOG.warning("no mail session " + SESSION_JNDI + " configured: mail '" + mail.subject() + "' not sent");
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "mail '" + mail.subject() + "' could not be sent", e);
        }
    }
}
