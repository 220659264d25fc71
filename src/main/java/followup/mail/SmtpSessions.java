package followup.mail;

import followup.config.Settings;
import jakarta.mail.NoSuchProviderException;
import jakarta.mail.Provider;
import jakarta.mail.Session;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import javax.net.ssl.SSLSocketFactory;

/**
 * Builds the Jakarta Mail {@link Session} for one SMTP server: timeouts, TLS and authentication from the settings,
 * no debug output, and the {@link TrackingTransport} registered for both {@code smtp} and {@code smtps}.
 * TLS checks the server's certificate and host name, against the trust store if one is set ({@link TlsTrust}).
 * The password is never put into the session properties; it is handed to {@code connect} only.
 */
final class SmtpSessions {
    private static final String VENDOR = "followup";

    private SmtpSessions() {
    }

    /** "smtps" for implicit TLS, else "smtp" (with or without STARTTLS). */
    static String protocol(Settings.Server server) {
        return server.security() == Settings.Security.SSL ? "smtps" : "smtp";
    }

    /** True when the server settings carry both a user name and a password, i.e. when to authenticate. */
    static boolean authenticates(Settings.Server server) {
        return authenticates(server, Login.password(server.password()));
    }

    /** True when there is a user name and something to sign in with: an OAuth2 token, or a password. */
    static boolean authenticates(Settings.Server server, Login login) {
        if (server.username() == null || server.username().isBlank()) {
            return false;
        }
        return login.mechanism() != null || server.password() != null && !server.password().isEmpty();
    }

    static Session create(Settings.Server server) {
        return create(server, Login.password(server.password()), TlsTrust.socketFactory(server.tls()));
    }

    /**
     * @param trust the socket factory for TLS (the trust store's), or empty for the JDK's; {@code followup check}
     *              passes one that also records the server's certificate
     */
    static Session create(Settings.Server server, Login login, Optional<SSLSocketFactory> trust) {
        return create(server, login, trust, null);
    }

    /**
     * @param sockets when not null, every socket of the session is made by its factories and kept there, so that a
     *                conversation can be cut short from another thread ({@link SmtpSender#abortBeforeData})
     */
    static Session create(Settings.Server server, Login login, Optional<SSLSocketFactory> trust,
                          OpenSockets sockets) {
        Properties props = properties(server, login, sockets == null ? trust : Optional.of(sockets.tls(trust)));
        if (sockets != null) {
            for (String protocol : List.of("smtp", "smtps")) {
                props.put("mail." + protocol + ".socketFactory", sockets.plain());
            }
        }
        Session session = Session.getInstance(props);
        session.setDebug(false);
        try {
            session.setProvider(provider("smtp", TrackingTransport.class));
            session.setProvider(provider("smtps", TrackingTransport.Ssl.class));
        } catch (NoSuchProviderException e) {
            throw new IllegalStateException("cannot register the SMTP transport", e);
        }
        return session;
    }

    static Properties properties(Settings.Server server) {
        return properties(server, Login.password(server.password()), TlsTrust.socketFactory(server.tls()));
    }

    static Properties properties(Settings.Server server, Login login, Optional<SSLSocketFactory> trust) {
        Properties p = new Properties();
        String connectTimeout = millis(server.connectTimeout(), "connect-timeout");
        String timeout = millis(server.timeout(), "timeout");
        for (String protocol : List.of("smtp", "smtps")) {
            String prefix = "mail." + protocol + ".";
            p.setProperty(prefix + "connectiontimeout", connectTimeout);
            p.setProperty(prefix + "timeout", timeout);
            WriteTimeouts.set(p, protocol, timeout);
            p.setProperty(prefix + "userset", "true");               // isConnected() probes with RSET, not NOOP
            // a message with copies (the debrief's friend) goes to the addresses the server takes: one refused at
            // RCPT is reported (SendResult.Accepted#refusedCopies), not a reason to keep the message from the rest
            p.setProperty(prefix + "sendpartial", "true");
            TlsTrust.configure(p, protocol, trust);                  // also if a server asks for STARTTLS (530)
        }
        switch (server.security()) {
            case SSL -> p.setProperty("mail.smtps.ssl.enable", "true");
            case STARTTLS -> {
                p.setProperty("mail.smtp.starttls.enable", "true");
                p.setProperty("mail.smtp.starttls.required", "true");
            }
            case PLAIN -> {
            }
        }
        String protocol = protocol(server);
        p.setProperty("mail.transport.protocol", protocol);
        p.setProperty("mail." + protocol + ".auth", Boolean.toString(authenticates(server, login)));
        if (login.mechanism() != null) {                              // the access token is given as the password
            p.setProperty("mail." + protocol + ".auth.mechanisms", login.mechanism());
        }
        p.setProperty("mail.debug", "false");
        p.setProperty("mail.debug.auth", "false");
        p.setProperty("mail.debug.auth.username", "false");
        p.setProperty("mail.debug.auth.password", "false");
        return p;
    }

    private static Provider provider(String protocol, Class<? extends TrackingTransport> type) {
        return new Provider(Provider.Type.TRANSPORT, protocol, type.getName(), VENDOR, "1");
    }

    private static String millis(Duration d, String name) {
        if (d == null || d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException("the SMTP " + name + " must be a positive duration, found " + d);
        }
        return Long.toString(Math.max(1, Math.min(d.toMillis(), Integer.MAX_VALUE)));
    }
}
