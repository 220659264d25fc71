package followup.inbox;

import followup.config.Settings;
import followup.mail.TlsTrust;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.NoSuchProviderException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import javax.net.ssl.SSLSocketFactory;

/**
 * Opens IMAP stores for one server.
 * <ul>
 * <li>{@code SSL}: {@code imaps} (implicit TLS) with certificate and host name verification, against the trust
 * store if one is set ({@link TlsTrust});</li>
 * <li>{@code STARTTLS}: {@code imap} that refuses to continue unless STARTTLS succeeds, with the same
 * verification;</li>
 * <li>{@code PLAIN}: {@code imap} without TLS (config validation allows it only for a loopback host in live
 * mode).</li>
 * </ul>
 * Connect, read and write timeouts come from {@link Settings.Server}. The password goes only to the server: it is
 * never logged (Jakarta Mail's protocol trace hides authentication) and never part of an exception message.
 */
public final class ImapConnector {
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private final Settings.Server server;
    private final PrintStream debugOut;
    private final Optional<SSLSocketFactory> trust;

    public ImapConnector(Settings.Server server) {
        this(server, null);
    }

    /** With Jakarta Mail's protocol trace written to {@code debugOut} (tests); authentication is never traced. */
    ImapConnector(Settings.Server server, PrintStream debugOut) {
        this.server = Objects.requireNonNull(server, "server");
        this.debugOut = debugOut;
        this.trust = TlsTrust.socketFactory(server.tls());
    }

    /** A connected, logged-in store; the caller closes it. */
    public Store connect() throws InboxUnavailableException {
        Session session = Session.getInstance(properties());
        if (debugOut != null) {
            session.setDebugOut(debugOut);
            session.setDebug(true);
        }
        Store store;
        try {
            store = session.getStore(protocol());
        } catch (NoSuchProviderException e) {
            throw new IllegalStateException("Angus Mail provides " + protocol(), e);
        }
        try {
            store.connect(server.host(), server.port(), server.username(),
                    server.password() == null ? "" : server.password().reveal());
            return store;
        } catch (AuthenticationFailedException e) {
            throw failure("the IMAP server " + where() + " refused the login of " + server.username(), e);
        } catch (MessagingException e) {
            Optional<String> tls = TlsTrust.explain(e, server, "IMAP");
            throw tls.isPresent() ? unavailable(tls.get(), e)
                    : failure("cannot connect to the IMAP server " + where(), e);
        }
    }

    /** {@code imap.example.com:993 (SSL)}. */
    String where() {
        return server.host() + ":" + server.port() + " (" + server.security() + ")";
    }

    /**
     * {@code what: the cause}, with the password blanked out wherever a server or library may have echoed it; the
     * cause is attached only if no message in its chain contains the password.
     */
    InboxUnavailableException failure(String what, Exception cause) {
        return unavailable(what + ": " + InboxMessages.describe(cause), cause);
    }

    /** {@code text}, redacted as for {@link #failure}. */
    private InboxUnavailableException unavailable(String text, Exception cause) {
        String password = server.password() == null ? "" : server.password().reveal();
        boolean leaks = false;
        for (Throwable t = cause; t != null && !password.isEmpty(); t = t.getCause()) {
            leaks |= String.valueOf(t.getMessage()).contains(password) || String.valueOf(t).contains(password);
        }
        if (!password.isEmpty()) {
            text = text.replace(password, "(hidden)");
        }
        return leaks ? new InboxUnavailableException(text) : new InboxUnavailableException(text, cause);
    }

    private String protocol() {
        return server.security() == Settings.Security.SSL ? "imaps" : "imap";
    }

    /** The session properties; package-private so tests can check the TLS settings without a TLS server. */
    Properties properties() {
        String p = "mail." + protocol() + ".";
        Properties props = new Properties();
        props.put(p + "connectiontimeout", millis(server.connectTimeout()));
        props.put(p + "timeout", millis(server.timeout()));
        props.put(p + "writetimeout", millis(server.timeout()));
        props.put(p + "peek", "true");
        switch (server.security()) {
            case SSL -> props.put(p + "ssl.enable", "true");
            case STARTTLS -> {
                props.put(p + "starttls.enable", "true");
                props.put(p + "starttls.required", "true");
            }
            case PLAIN -> props.put(p + "starttls.enable", "false");
        }
        if (server.security() != Settings.Security.PLAIN) {
            TlsTrust.configure(props, protocol(), trust);
        }
        props.put("mail.debug.auth", "false");
        return props;
    }

    private static String millis(Duration d) {
        return Long.toString((d == null ? DEFAULT_TIMEOUT : d).toMillis());
    }
}
