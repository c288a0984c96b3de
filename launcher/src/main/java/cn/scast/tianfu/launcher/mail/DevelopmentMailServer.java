package cn.scast.tianfu.launcher.mail;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

import java.util.List;

/**
 * A real SMTP and IMAP server (GreenMail) in the launcher's JVM for development and tests: the application's mail
 * session points at its SMTP port, and every mail lands in a mailbox per recipient that anyone can read with IMAP
 * (user and password = the address). Listens on 127.0.0.1 only.
 */
public final class DevelopmentMailServer implements AutoCloseable {

    public static final String HOST = "127.0.0.1";

    private final GreenMail greenMail;
    private final int smtpPort;
    private final int imapPort;

    private DevelopmentMailServer(int smtpPort, int imapPort) {
        this.smtpPort = smtpPort;
        this.imapPort = imapPort;
        this.greenMail = new GreenMail(new ServerSetup[]{
                new ServerSetup(smtpPort, HOST, ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, HOST, ServerSetup.PROTOCOL_IMAP)});
        // any recipient gets a mailbox; IMAP login = address, password = address
        greenMail.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    }

    public static DevelopmentMailServer start(int smtpPort, int imapPort) {
        DevelopmentMailServer server = new DevelopmentMailServer(smtpPort, imapPort);
        server.greenMail.start();
        return server;
    }

    public int smtpPort() {
        return smtpPort;
    }

    public int imapPort() {
        return imapPort;
    }

    /** Every mail received so far, in arrival order. */
    public List<MimeMessage> received() {
        return List.of(greenMail.getReceivedMessages());
    }

    /** One line for the console: where mail goes and how to read it. */
    public String describe() {
        return "mail: SMTP " + HOST + ":" + smtpPort + ", read with IMAP " + HOST + ":" + imapPort
                + " (user and password = the recipient's address)";
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
