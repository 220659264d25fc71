package followup.mail;

import followup.config.Secret;
import followup.config.Settings;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Properties;

/** Test messages and server settings. */
final class Messages {
    static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final Session OFFLINE = Session.getInstance(new Properties());

    private Messages() {
    }

    static Settings.Server plain(int port) {
        return new Settings.Server("127.0.0.1", port, Settings.Security.PLAIN, null, null, TIMEOUT, TIMEOUT);
    }

    static Settings.Server plain(int port, String user, String password) {
        return new Settings.Server("127.0.0.1", port, Settings.Security.PLAIN, user, Secret.of(password),
                TIMEOUT, TIMEOUT);
    }

    /** A thank-you from alex@example.com to the given addresses (To first, then Cc), with a fixed Message-ID. */
    static MimeMessage thankYou(String messageId, String to, String... cc) throws MessagingException {
        MimeMessage m = new MimeMessage(OFFLINE);
        m.setFrom(new InternetAddress("alex@example.com"));
        m.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        for (String c : cc) {
            m.addRecipient(Message.RecipientType.CC, new InternetAddress(c));
        }
        m.setSubject("Thank you for today", "UTF-8");
        m.setText("Dear Jane,\r\n\r\nThank you for talking about the migration to Kubernetes.\r\n", "UTF-8");
        m.setHeader("Message-ID", messageId);
        return m;
    }
}
