package followup.inbox;

import jakarta.mail.Session;
import jakarta.mail.URLName;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import org.eclipse.angus.mail.iap.ProtocolException;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.eclipse.angus.mail.imap.protocol.IMAPProtocol;
import org.eclipse.angus.mail.util.MailLogger;

/**
 * Angus Mail's IMAP store, with two changes to how it signs in.
 * <ul>
 * <li>The plain {@code LOGIN} command sends the user name and password in UTF-8, as {@code AUTHENTICATE PLAIN} and
 * SMTP already do. Angus writes {@code LOGIN}'s strings one byte per character, so that a password with {@code ü}
 * went as its Latin-1 byte and one with {@code €} as an unrelated byte: a server that offers no {@code AUTHENTICATE}
 * mechanism refused a password that was right.</li>
 * <li>A login that must use one SASL mechanism ({@code XOAUTH2}: an OAuth2 access
 * token, the session's {@code mail.imap.auth.mechanisms}) is made that way or not at all. When the server does not
 * offer the mechanism, Angus falls back to the plain {@code LOGIN} command with the token as the password; this
 * store stops before any credential is sent, with a {@link ProtocolException} that says what the server offers.
 *
 * <p>Registered on the session through a {@link jakarta.mail.Provider} ({@link ImapConnector}), which is why the
 * class and its {@code (Session, URLName)} constructors are public; {@link Ssl} is the implicit-TLS variant.
 */
public class SignInStore extends IMAPStore {
    /** The start of the failure's text, after which come the mechanism and what the server offers. */
    static final String NOT_OFFERED = "the server does not offer ";

    public SignInStore(Session session, URLName url) {
        this(session, url, "imap", false);
    }

    private SignInStore(Session session, URLName url, String name, boolean ssl) {
        super(session, url, name, ssl);
    }

    /** {@code imaps}: implicit TLS. */
    public static final class Ssl extends SignInStore {
        public Ssl(Session session, URLName url) {
            super(session, url, "imaps", true);
        }
    }

    /** Called once TLS is up and the capabilities read again, before any authentication. */
    @Override
    protected void preLogin(IMAPProtocol p) throws ProtocolException {
        super.preLogin(p);
        String required = session.getProperty("mail." + name + ".auth.mechanisms");
        if (required == null || required.isBlank() || required.trim().contains(" ")) {
            return;                                           // the server's choice among several: Angus's own way
        }
        String mechanism = required.trim().toUpperCase(Locale.ROOT);
        if (!p.hasCapability("AUTH=" + mechanism)) {
            TreeSet<String> offered = new TreeSet<>();
            p.getCapabilities().keySet().stream().filter(c -> c.startsWith("AUTH="))
                    .forEach(c -> offered.add(c.substring("AUTH=".length())));
            if (!p.hasCapability("LOGINDISABLED")) {
                offered.add("LOGIN command");
            }
            throw new ProtocolException(NOT_OFFERED + mechanism + " (OAuth2) sign-in"
                    + (offered.isEmpty() ? " nor any other" : " (it offers " + String.join(", ", offered) + ")")
                    + ", so the access token was not sent");
        }
    }

    @Override
    protected IMAPProtocol newIMAPProtocol(String host, int port) throws IOException, ProtocolException {
        return new Utf8Login(name, host, port, session.getProperties(), isSSL, logger);
    }

    /** Angus's protocol, whose {@code LOGIN} command carries its two strings in UTF-8. */
    private static final class Utf8Login extends IMAPProtocol {
        Utf8Login(String name, String host, int port, Properties props, boolean ssl, MailLogger logger)
                throws IOException, ProtocolException {
            super(name, host, port, props, ssl, logger);
        }

        @Override
        public void login(String user, String password) throws ProtocolException {
            super.login(bytewise(user), bytewise(password));
        }

        /**
         * {@code s} as the characters of its UTF-8 bytes, one per byte: what Angus then writes one byte per character
         * is UTF-8. Plain ASCII is left as it is.
         */
        static String bytewise(String s) {
            return s == null ? null : new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        }
    }
}
