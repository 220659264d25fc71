package followup.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.URLName;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * Angus Mail's SMTP transport, plus a record of how far the current message got and of the replies the server
 * gave, so that a failure can be told apart: before the server accepted DATA (certainly not delivered) or after it
 * (perhaps delivered).
 *
 * <p>Registered on the {@link Session} through a {@link jakarta.mail.Provider} (see {@link SmtpSessions}), which is
 * why the class and its {@code (Session, URLName)} constructors are public; {@link Ssl} is the implicit-TLS
 * ({@code smtps}) variant. Not meant to be used directly: {@link SmtpSender} drives it.
 *
 * <p>The session never sets {@code mail.smtp.chunksize}, so Angus never uses BDAT and every message goes through
 * {@link #data()} and {@link #finishData()}.
 */
public class TrackingTransport extends SMTPTransport {

    /** How far the current attempt got. */
    enum Phase {
        /** Opening the connection: greeting, EHLO, STARTTLS, AUTH. */
        CONNECTING,
        /** Connected, the message not begun yet. */
        CONNECTED,
        /** MAIL FROM and RCPT TO. */
        ENVELOPE,
        /** DATA sent, its 354 not read yet. */
        DATA_COMMAND,
        /** The server answered 354: the message data is being sent, or its final reply awaited. */
        MESSAGE,
        /** The server answered 250 to the end of the data. */
        ACCEPTED;

        boolean dataSent() {
            return this == MESSAGE || this == ACCEPTED;
        }
    }

    /** One reply of the server: the code (-1 when the connection ended instead) and the text, without line end. */
    record Reply(int code, String text) {
        boolean isError() {
            return code >= 400 && code <= 599;
        }
    }

    /**
     * Volatile: {@link #phase} is read from another thread too (a stop), without waiting for the transport's monitor,
     * which a send holds for its whole conversation.
     */
    private volatile Phase phase = Phase.CONNECTING;
    private Reply lastReply;
    private Reply endOfData;
    private final String protocol;
    /** The one mechanism the session signs in with (XOAUTH2), when the server did not offer it; else null. */
    private volatile String notOffered;
    /** What the server's EHLO offered for AUTH when {@link #notOffered} was set ("" for no AUTH at all). */
    private volatile String offered = "";
    /** What the server's EHLO offered for AUTH in the last connect, as Angus looked for a mechanism; else null. */
    private volatile String authOffered;

    /** The plain ({@code smtp}) transport; STARTTLS when the session asks for it. */
    public TrackingTransport(Session session, URLName url) {
        this(session, url, "smtp", false);
    }

    private TrackingTransport(Session session, URLName url, String protocol, boolean ssl) {
        super(session, url, protocol, ssl);
        this.protocol = protocol;
    }

    /** The implicit-TLS transport for {@code smtps}: what Angus's {@code SMTPSSLTransport} is, with the tracking. */
    public static final class Ssl extends TrackingTransport {
        public Ssl(Session session, URLName url) {
            super(session, url, "smtps", true);
        }
    }

    /** Starts a new message on a connection that is open: forgets the previous message's phase and replies. */
    synchronized void beginMessage() {
        phase = Phase.CONNECTED;
        lastReply = null;
        endOfData = null;
    }

    /** How far the current attempt got; seen from another thread, it may move on a moment later. */
    Phase phase() {
        return phase;
    }

    /** The reply to the last command sent in this attempt, or null when none was read (or reading it failed). */
    synchronized Reply lastReply() {
        return lastReply;
    }

    /** The reply read to the end of the message data (its code -1 if the connection ended instead), or null. */
    synchronized Reply endOfData() {
        return endOfData;
    }

    /**
     * The mechanism this session must sign in with ({@code XOAUTH2}) when the server's EHLO did not offer it in the
     * last connect, else null: Angus then sent no credentials and failed with "No authentication mechanisms
     * supported by both server and client", which is not a refused token.
     */
    String mechanismNotOffered() {
        return notOffered;
    }

    /** The AUTH mechanisms the server offered when {@link #mechanismNotOffered} is set ("" for none). */
    String offeredMechanisms() {
        return offered;
    }

    /**
     * The AUTH mechanisms the server's EHLO offered in the last connect, when Angus looked for one to sign in with
     * ("" for an AUTH without any), else null.
     */
    String authOffered() {
        return authOffered;
    }

    /** The mechanisms a password signs in with, in Angus Mail's order of preference. */
    static final List<String> PASSWORD_MECHANISMS = List.of("LOGIN", "PLAIN", "DIGEST-MD5", "NTLM");

    /**
     * The server's EHLO offered AUTH, but none of the {@link #PASSWORD_MECHANISMS} (only CRAM-MD5, say): a password
     * sign-in sent nothing, and its failure is not a refused password. False when no session asked for a mechanism.
     */
    synchronized boolean noPasswordMechanismOffered() {
        if (authOffered == null || session.getProperty("mail." + protocol + ".auth.mechanisms") != null) {
            return false;
        }
        String padded = " " + authOffered.toUpperCase(Locale.ROOT) + " ";
        return PASSWORD_MECHANISMS.stream().noneMatch(m -> padded.contains(" " + m + " "));
    }

    @Override
    protected boolean supportsAuthentication(String auth) {
        boolean supported = super.supportsAuthentication(auth);
        String all = getExtensionParameter("AUTH");
        authOffered = all == null ? "" : all.trim();
        String required = session.getProperty("mail." + protocol + ".auth.mechanisms");
        if (!supported && auth.equalsIgnoreCase(required == null ? "" : required.trim())) {
            String ehlo = getExtensionParameter("AUTH");
            offered = ehlo == null ? "" : ehlo.trim();
            notOffered = auth.toUpperCase(Locale.ROOT);
        }
        return supported;
    }

    @Override
    protected synchronized boolean protocolConnect(String host, int port, String user, String password)
            throws MessagingException {
        phase = Phase.CONNECTING;
        notOffered = null;
        offered = "";
        authOffered = null;
        boolean connected = super.protocolConnect(host, port, user, password);
        if (connected) {
            phase = Phase.CONNECTED;
        }
        return connected;
    }

    @Override
    protected void mailFrom() throws MessagingException {
        phase = Phase.ENVELOPE;
        super.mailFrom();
    }

    @Override
    protected OutputStream data() throws MessagingException {
        phase = Phase.DATA_COMMAND;
        OutputStream out = super.data();   // returns only once the server answered 354
        phase = Phase.MESSAGE;
        return out;
    }

    @Override
    protected void finishData() throws IOException, MessagingException {
        super.finishData();                // returns only once the server answered 250
        phase = Phase.ACCEPTED;
    }

    @Override
    protected void sendCommand(String command) throws MessagingException {
        lastReply = null;                  // so that a failed write never leaves an older reply behind
        super.sendCommand(command);
    }

    @Override
    protected int simpleCommand(byte[] command) throws MessagingException {
        lastReply = null;
        return super.simpleCommand(command);
    }

    @Override
    protected int readServerResponse() throws MessagingException {
        lastReply = null;                  // stays null when reading fails (timeout, reset)
        int code = super.readServerResponse();
        Reply reply = new Reply(code, Outcomes.strip(getLastServerResponse()));
        lastReply = reply;
        if (phase == Phase.MESSAGE && endOfData == null) {
            endOfData = reply;             // the only reply read in this phase before any RSET is the one to "."
        }
        return code;
    }
}
