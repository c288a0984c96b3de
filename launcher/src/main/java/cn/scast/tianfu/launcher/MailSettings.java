package cn.scast.tianfu.launcher;

import java.util.List;
import java.util.Map;

/**
 * Where the application's mail session {@code mail/tianfu} sends: the association's SMTP relay when
 * {@code TFKJY_SMTP_HOST} is set, otherwise the development mail server the launcher starts on 127.0.0.1
 * ({@code TFKJY_SMTP_PORT}, default 3025; IMAP for reading on {@code TFKJY_IMAP_PORT}, default 3143).
 */
public record MailSettings(String smtpHost, int smtpPort, int imapPort, String fromAddress) {

    public static final String SMTP_HOST = "TFKJY_SMTP_HOST";
    public static final String SMTP_PORT = "TFKJY_SMTP_PORT";
    public static final String IMAP_PORT = "TFKJY_IMAP_PORT";
    public static final String MAIL_FROM = "TFKJY_MAIL_FROM";
    public static final String SESSION_JNDI = "mail/tianfu";

    public static MailSettings fromEnvironment(Map<String, String> env) {
        String host = env.getOrDefault(SMTP_HOST, "").strip();
        return new MailSettings(host, Integer.parseInt(env.getOrDefault(SMTP_PORT, host.isEmpty() ? "3025" : "25")),
                Integer.parseInt(env.getOrDefault(IMAP_PORT, "3143")),
                env.getOrDefault(MAIL_FROM, "noreply@tfkjy.scast.cn"));
    }

    /** Whether the launcher runs its own development mail server. */
    public boolean developmentServer() {
        return smtpHost.isEmpty();
    }

    public String effectiveHost() {
        return developmentServer() ? "127.0.0.1" : smtpHost;
    }

    /** Post-boot commands that (re)create the mail session, so a changed host or port applies at the next start. */
    List<String> resourceCommands() {
        String port = Integer.toString(smtpPort);
        return List.of("delete-javamail-resource " + SESSION_JNDI,
                "create-javamail-resource --mailhost " + effectiveHost() + " --mailuser tianfu --fromaddress "
                        + fromAddress + " --property mail.smtp.port=" + port + ":mail-smtp-port=" + port
                        + ":mail.smtp.connectiontimeout=10000:mail.smtp.timeout=10000 " + SESSION_JNDI);
    }
}
