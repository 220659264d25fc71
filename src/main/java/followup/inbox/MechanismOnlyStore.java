package followup.inbox;

import jakarta.mail.Session;
import jakarta.mail.URLName;
import java.util.Locale;
import java.util.TreeSet;
import org.eclipse.angus.mail.iap.ProtocolException;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.eclipse.angus.mail.imap.protocol.IMAPProtocol;

/**
 * Angus Mail's IMAP store, except that a login that must use one SASL mechanism ({@code XOAUTH2}: an OAuth2 access
 * token, the session's {@code mail.imap.auth.mechanisms}) is made that way or not at all. When the server does not
 * offer the mechanism, Angus falls back to the plain {@code LOGIN} command with the token as the password; this
 * store stops before any credential is sent, with a {@link ProtocolException} that says what the server offers.
 *
 * <p>Registered on the session through a {@link jakarta.mail.Provider} ({@link ImapConnector}), which is why the
 * class and its {@code (Session, URLName)} constructors are public; {@link Ssl} is the implicit-TLS variant.
 */
public class MechanismOnlyStore extends IMAPStore {
    /** The start of the failure's text, after which come the mechanism and what the server offers. */
    static final String NOT_OFFERED = "the server does not offer ";

    public MechanismOnlyStore(Session session, URLName url) {
        this(session, url, "imap", false);
    }

    private MechanismOnlyStore(Session session, URLName url, String name, boolean ssl) {
        super(session, url, name, ssl);
    }

    /** {@code imaps}: implicit TLS. */
    public static final class Ssl extends MechanismOnlyStore {
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
}
