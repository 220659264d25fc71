package followup.sandbox;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import followup.FollowupException;
import followup.config.Secret;
import followup.config.Settings;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
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

    /**
     * Starts on the given ports (0 for any free port).
     *
     * @throws PortInUse when another program (another daemon in sandbox mode, say) listens on one of them
     */
    public static Sandbox start(int smtpPort, int imapPort, String senderEmail) {
        requireFree(smtpPort, "SMTP", "smtp-port");
        requireFree(imapPort, "IMAP", "imap-port");
        GreenMail gm = new GreenMail(new ServerSetup[] {
            new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        try {
            gm.start();
        } catch (RuntimeException e) {
            gm.stop();
            throw new FollowupException("sandbox mode: the embedded mail server did not start on 127.0.0.1 (SMTP "
                    + smtpPort + ", IMAP " + imapPort + "): " + e.getMessage());
        }
        withDrafts(gm, gm.setUser(senderEmail, senderEmail, PASSWORD));
        return new Sandbox(gm, senderEmail);
    }

    /** A mailbox has a Drafts folder, as every provider's does: the answer drafted after a rejection goes there. */
    private static void withDrafts(GreenMail gm, com.icegreen.greenmail.user.GreenMailUser user) {
        try {
            com.icegreen.greenmail.imap.ImapHostManager folders = gm.getManagers().getImapHostManager();
            if (folders.getFolder(user, "Drafts") == null) {
                folders.createMailbox(user, "Drafts");
            }
        } catch (com.icegreen.greenmail.store.FolderException | com.icegreen.greenmail.imap.AuthorizationException e) {
            throw new FollowupException("sandbox mode: the Drafts folder of " + user.getEmail() + " could not be made: "
                    + e.getMessage());
        }
    }

    /**
     * Fails with {@link PortInUse} unless {@code port} can be listened on at 127.0.0.1: the mail server's own threads
     * would only log it.
     */
    private static void requireFree(int port, String protocol, String key) {
        if (port == 0) {
            return;
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            throw new PortInUse(port, protocol, key);
        }
    }

    /** A port of the sandbox that something else listens on already. */
    public static final class PortInUse extends FollowupException {
        private final String key;

        PortInUse(int port, String protocol, String key) {
            super("sandbox mode: 127.0.0.1:" + port + " is in use, so the embedded mail server cannot listen there for "
                    + protocol + " (another followup in sandbox mode on this machine, or another mail server?)");
            this.key = key;
        }

        /** The key under {@code mail.sandbox} that sets the port: {@code smtp-port} or {@code imap-port}. */
        public String key() {
            return key;
        }
    }

    /** A mailbox for another sender (each candidate of a deployment in sandbox mode has one). */
    public void addSender(String email) {
        withDrafts(greenMail, greenMail.setUser(email, email, PASSWORD));
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
