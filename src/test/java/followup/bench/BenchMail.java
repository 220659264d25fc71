package followup.bench;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import followup.daemon.DaemonHarness;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;

/**
 * The mail server of the benchmarks: GreenMail, SMTP and IMAP on loopback ports chosen by the system, with the
 * sender's account ({@link DaemonHarness#SENDER}, {@link DaemonHarness#PASSWORD}), as in the daemon tests.
 */
final class BenchMail implements AutoCloseable {
    private final GreenMail greenMail;

    BenchMail() {
        greenMail = new GreenMail(new ServerSetup[] {
            new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        greenMail.start();
        greenMail.setUser(DaemonHarness.SENDER, DaemonHarness.SENDER, DaemonHarness.PASSWORD);
    }

    GreenMail greenMail() {
        return greenMail;
    }

    int smtpPort() {
        return greenMail.getSmtp().getPort();
    }

    int imapPort() {
        return greenMail.getImap().getPort();
    }

    /** How many messages the sender's sent folder ({@code Sent}) holds: 0 before the first copy created it. */
    int sentCopies() {
        com.icegreen.greenmail.user.GreenMailUser user = greenMail.getUserManager().getUser(DaemonHarness.SENDER);
        com.icegreen.greenmail.store.MailFolder sent = greenMail.getManagers().getImapHostManager()
                .getFolder(user, "Sent");
        return sent == null ? 0 : sent.getMessageCount();
    }

    /** A thank-you of the usual size (one short paragraph), as a mail client would write it. */
    static MimeMessage thankYou(Session session, String to, int n) throws MessagingException {
        MimeMessage m = new MimeMessage(session);
        m.setFrom(new InternetAddress(DaemonHarness.SENDER));
        m.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        m.setSubject("Thank you for today's conversation (" + n + ")");
        m.setText("""
                Dear Jane,

                Thank you for taking the time to talk with me today about the Platform Engineer role. I enjoyed
                hearing about the migration to Kubernetes and how your team shares the on-call rotation.

                I am very interested in the role and look forward to hearing about the next steps.

                Best regards,
                Alex Morgan
                +1 555 0100
                """, "UTF-8");
        return m;
    }

    static Properties smtpProperties() {
        Properties p = new Properties();
        p.setProperty("mail.smtp.auth", "true");
        p.setProperty("mail.smtp.connectiontimeout", "5000");
        p.setProperty("mail.smtp.timeout", "5000");
        return p;
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
