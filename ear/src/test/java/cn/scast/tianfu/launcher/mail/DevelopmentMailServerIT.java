package cn.scast.tianfu.launcher.mail;

import cn.scast.tianfu.launcher.MailSettings;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The development mail server takes mail over real SMTP and keeps it readable, Chinese subjects included. */
class DevelopmentMailServerIT {

    @Test
    void aMailSentOverSmtpIsReceivedIntact() throws Exception {
        try (DevelopmentMailServer server = DevelopmentMailServer.start(3925, 4143)) {
            Properties properties = new Properties();
            properties.put("mail.smtp.host", DevelopmentMailServer.HOST);
            properties.put("mail.smtp.port", "3925");
            MimeMessage message = new MimeMessage(Session.getInstance(properties));
            message.setFrom("noreply@tfkjy.scast.cn");
            message.setRecipient(Message.RecipientType.TO, new InternetAddress("worker@example.cn"));
            message.setSubject("【天府科技云】请验证您的电子邮箱", "UTF-8");
            message.setText("链接：http://localhost:8080/tfkjy/public/verify-email.xhtml?token=abc", "UTF-8");
            Transport.send(message);

            assertEquals(1, server.received().size());
            MimeMessage received = server.received().get(0);
            assertEquals("【天府科技云】请验证您的电子邮箱", received.getSubject());
            assertTrue(String.valueOf(received.getContent()).contains("verify-email.xhtml?token=abc"));
            assertTrue(server.describe().contains("IMAP 127.0.0.1:4143"));
        }
    }

    @Test
    void theMailSessionPointsAtTheDevelopmentServerUnlessAHostIsConfigured() {
        MailSettings development = MailSettings.fromEnvironment(Map.of());
        assertTrue(development.developmentServer());
        assertEquals(3025, development.smtpPort());
        MailSettings relay = MailSettings.fromEnvironment(Map.of(MailSettings.SMTP_HOST, "smtp.scast.cn"));
        assertEquals("smtp.scast.cn", relay.effectiveHost());
        assertEquals(25, relay.smtpPort());
    }
}
