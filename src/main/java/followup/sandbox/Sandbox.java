package followup.sandbox;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import followup.config.Secret;
import followup.config.Settings;
import java.time.Duration;

/**
 * The embedded mail server of sandbox mode: SMTP and IMAP on 127.0.0.1, in memory. Every message the daemon sends
 * lands in a local mailbox of that address; nothing leaves the machine. A mail client can log in over IMAP with
 * the address as user name and {@link #PASSWORD} to look.
 */
public final class Sandbox implements AutoCloseable {
    public static final String PASSWORD = "sandbox";
    private final GreenMail greenMail;
    private final String user;

    private Sandbox(GreenMail greenMail, String user) {
        this.greenMail = greenMail;
        this.user = user;
    }

    /** Starts on the given ports (0 for any free port). */
    public static Sandbox start(int smtpPort, int imapPort, String senderEmail) {
        GreenMail gm = new GreenMail(new ServerSetup[] {
            new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        gm.start();
        gm.setUser(senderEmail, senderEmail, PASSWORD);
        return new Sandbox(gm, senderEmail);
    }

    /** A mailbox for another sender (each candidate of a deployment in sandbox mode has one). */
    public void addSender(String email) {
        greenMail.setUser(email, email, PASSWORD);
    }

    public GreenMail greenMail() {
        return greenMail;
    }

    public int smtpPort() {
        return greenMail.getSmtp().getPort();
    }

    public int imapPort() {
        return greenMail.getImap().getPort();
    }

    public Settings.Server smtp() {
        return new Settings.Server("127.0.0.1", smtpPort(), Settings.Security.PLAIN, null, null,
                Duration.ofSeconds(10), Duration.ofSeconds(10));
    }

    public Settings.Server imap() {
        return imap(user);
    }

    /** The IMAP server as the sender {@code email} logs in to it. */
    public Settings.Server imap(String email) {
        return new Settings.Server("127.0.0.1", imapPort(), Settings.Security.PLAIN, email, Secret.of(PASSWORD),
                Duration.ofSeconds(10), Duration.ofSeconds(10));
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
