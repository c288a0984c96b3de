package cn.scast.tianfu.it.account;

import cn.scast.tianfu.it.support.Await;
import cn.scast.tianfu.it.support.RunningPlatform;
import cn.scast.tianfu.launcher.mail.DevelopmentMailServer;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the mails the application sent from the development mail server that the test platform started (tests that
 * run as clients, in the JVM that started the platform). Mail goes out asynchronously after the commit, so the
 * helpers wait for it.
 */
public final class MailAwait {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private MailAwait() {
    }

    /** A received mail in plain form. */
    public record Mail(String to, String subject, String body) {

        /** The value of the {@code token} query parameter of the first link in the body. */
        public String token() {
            Matcher m = Pattern.compile("[?&]token=([A-Za-z0-9_%-]+)").matcher(body);
            if (!m.find()) {
                throw new AssertionError("no link with a token in " + body);
            }
            return java.net.URLDecoder.decode(m.group(1), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** All mails to an address so far. */
    public static List<Mail> to(String address) {
        return all().stream().filter(m -> m.to().equalsIgnoreCase(address)).toList();
    }

    /** Waits until a mail to the address whose subject contains the text has arrived; returns the newest such. */
    public static Mail awaitMail(String address, String subjectPart) {
        Predicate<Mail> wanted = m -> m.to().equalsIgnoreCase(address) && m.subject().contains(subjectPart);
        List<Mail> found = Await.valueOrFail("a mail '" + subjectPart + "' to " + address, TIMEOUT,
                () -> all().stream().filter(wanted).toList(), mails -> !mails.isEmpty());
        return found.get(found.size() - 1);
    }

    /** Waits until the number of mails to an address with the subject text reaches {@code count}. */
    public static List<Mail> awaitCount(String address, String subjectPart, int count) {
        return Await.valueOrFail(count + " mails '" + subjectPart + "' to " + address, TIMEOUT,
                () -> to(address).stream().filter(m -> m.subject().contains(subjectPart)).toList(),
                mails -> mails.size() >= count);
    }

    /** Mails are read by test classes on two threads; the received messages are not meant for both at once. */
    private static synchronized List<Mail> all() {
        DevelopmentMailServer server = RunningPlatform.platform().mailServer()
                .orElseThrow(() -> new IllegalStateException("the test platform runs no development mail server"));
        List<Mail> mails = new ArrayList<>();
        for (MimeMessage message : server.received()) {
            try {
                Address[] recipients = message.getAllRecipients();
                mails.add(new Mail(recipients == null || recipients.length == 0 ? "" : recipients[0].toString(),
                        message.getSubject(), String.valueOf(message.getContent())));
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException("unreadable mail", e);
            }
        }
        return mails;
    }
}
