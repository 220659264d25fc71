package followup.inbox;

import followup.config.Secret;
import followup.config.Settings;
import followup.mail.Login;
import followup.mail.OpenSockets;
import followup.mail.Outages;
import followup.mail.SignInException;
import followup.mail.TlsTrust;
import followup.mail.WriteTimeouts;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.NoSuchProviderException;
import jakarta.mail.Provider;
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
 * Connect, read and write timeouts come from {@link Settings.Server}; every socket sends its writes at once, and
 * can be closed from another thread to cut a read short ({@link OpenSockets}, {@link #cut}). The password or OAuth2
 * access token
 * ({@link Login}, XOAUTH2) goes only to the server: it is never logged (Jakarta Mail's protocol trace hides
 * authentication) and never part of an exception message. A refused access token is refreshed once and the login
 * tried again, which is also how a session that Microsoft ended with {@code BYE ... AccessTokenExpired} comes back.
 */
public final class ImapConnector {
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private final Settings.Server server;
    private final Login login;
    private final PrintStream debugOut;
    private final Optional<SSLSocketFactory> trust;
    private final Outages outages;
    private volatile Secret lastSecret;
    /** Every socket this connector's connections opened and did not close yet. */
    private final OpenSockets sockets = new OpenSockets(true);

    public ImapConnector(Settings.Server server) {
        this(server, Login.password(server.password()));
    }

    /** Signing in with {@code login}: the password, or OAuth2 access tokens (XOAUTH2). */
    public ImapConnector(Settings.Server server, Login login) {
        this(server, login, Outages.NONE);
    }

    /** @param outages the servers that stopped answering, shared by the daemon's candidates */
    public ImapConnector(Settings.Server server, Login login, Outages outages) {
        this(server, login, TlsTrust.socketFactory(server.tls()), null, outages);
    }

    /** With Jakarta Mail's protocol trace written to {@code debugOut} (tests); authentication is never traced. */
    ImapConnector(Settings.Server server, PrintStream debugOut) {
        this(server, Login.password(server.password()), TlsTrust.socketFactory(server.tls()), debugOut);
    }

    /** @param trust the TLS socket factory ({@code followup check} passes one that records the certificate) */
    public ImapConnector(Settings.Server server, Login login, Optional<SSLSocketFactory> trust, PrintStream debugOut) {
        this(server, login, trust, debugOut, Outages.NONE);
    }

    private ImapConnector(Settings.Server server, Login login, Optional<SSLSocketFactory> trust, PrintStream debugOut,
                          Outages outages) {
        this.server = Objects.requireNonNull(server, "server");
        this.login = Objects.requireNonNull(login, "login");
        this.debugOut = debugOut;
        this.trust = trust;
        this.outages = Objects.requireNonNull(outages, "outages");
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
            // LOGIN in UTF-8; with a mechanism, that mechanism or none: never the token through LOGIN
            session.setProvider(new Provider(Provider.Type.STORE, protocol(), (server.security()
                    == Settings.Security.SSL ? SignInStore.Ssl.class : SignInStore.class).getName(),
                    "followup", "1"));
            store = session.getStore(protocol());
        } catch (NoSuchProviderException e) {
            throw new IllegalStateException("Angus Mail provides " + protocol(), e);
        }
        try (Outages.Attempt attempt = outages.attempt("imap", server.host(), server.port())) {
            attempt.connect(() -> {
                try {
                    store.connect(server.host(), server.port(), server.username(), secret());
                } catch (AuthenticationFailedException refused) {
                    if (!login.renew()) {   // a token refused, or a password fixed in its file: one more try
                        throw refused;
                    }
                    store.connect(server.host(), server.port(), server.username(), secret());
                }
            });
            return store;
        } catch (Outages.ServerDown e) {
            throw new InboxUnavailableException(e.getMessage());
        } catch (SignInException e) {
            throw new InboxUnavailableException("IMAP " + where() + ": " + e.getMessage());
        } catch (AuthenticationFailedException e) {
            throw failure("the IMAP server " + where() + " refused the login of " + server.username(), e);
        } catch (MessagingException e) {
            if (String.valueOf(e.getMessage()).startsWith(SignInStore.NOT_OFFERED)) {
                throw new InboxUnavailableException("the IMAP server " + where()
                        + e.getMessage().substring("the server".length()));
            }
            Optional<String> tls = TlsTrust.explain(e, server, "IMAP");
            throw tls.isPresent() ? unavailable(tls.get(), e)
                    : failure("cannot connect to the IMAP server " + where(), e);
        }
    }

    /** The password or access token, "" for none. */
    private String secret() {
        Secret s = login.secret();
        lastSecret = s;
        return s == null ? "" : s.reveal();
    }

    /** {@code imap.example.com:993 (SSL)}. */
    String where() {
        return server.host() + ":" + server.port() + " (" + server.security() + ")";
    }

    /** {@code key} of the IMAP block as the person's file writes it ({@code followup.mail.imap.drafts-folder}). */
    String key(String key) {
        return server.keys("imap") + "." + key;
    }

    /**
     * {@code what: the cause}, with the password blanked out wherever a server or library may have echoed it (also
     * base64-encoded, {@link Secret#redact}); the cause is attached only if no message in its chain holds it.
     */
    InboxUnavailableException failure(String what, Exception cause) {
        return unavailable(what + ": " + InboxMessages.describe(cause), cause);
    }

    /** {@code text}, redacted as for {@link #failure}. */
    private InboxUnavailableException unavailable(String text, Exception cause) {
        boolean leaks = false;
        for (Secret secret : new Secret[] {server.password(), lastSecret}) {
            for (Throwable t = cause; t != null && secret != null && !secret.isEmpty(); t = t.getCause()) {
                String said = String.valueOf(t);
                leaks |= !secret.redact(said).equals(said);
            }
            text = secret == null ? text : secret.redact(text);
        }
        return leaks ? new InboxUnavailableException(text) : new InboxUnavailableException(text, cause);
    }

    /**
     * Closes every connection this connector opened, from any thread, and any a connect under way opens until
     * {@link #uncut}: a read blocked on a server that does not answer fails at once ({@link ImapSession#stopReads}).
     */
    void cut() {
        sockets.cutOff();
    }

    /** The read that was cut ({@link #cut}) is over: other work may connect again. */
    void uncut() {
        sockets.allowAgain();
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
        WriteTimeouts.set(props, protocol(), millis(server.timeout()));
        props.put(p + "peek", "true");
        switch (server.security()) {
            case SSL -> props.put(p + "ssl.enable", "true");
            case STARTTLS -> {
                props.put(p + "starttls.enable", "true");
                props.put(p + "starttls.required", "true");
            }
            case PLAIN -> props.put(p + "starttls.enable", "false");
        }
        props.put(p + "socketFactory", sockets.plain());      // an APPEND's last line is not held back
        if (server.security() != Settings.Security.PLAIN) {
            TlsTrust.configure(props, protocol(), Optional.of(sockets.tls(trust)));
        }
        if (login.mechanism() != null) {                // the access token is given as the password
            props.put(p + "auth.mechanisms", login.mechanism());
        }
        props.put("mail.debug.auth", "false");
        return props;
    }

    private static String millis(Duration d) {
        return Long.toString((d == null ? DEFAULT_TIMEOUT : d).toMillis());
    }
}
