package followup.mail;

import followup.config.Settings;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * The TLS side of the SMTP and IMAP connections: which certificates are trusted ({@link Settings.Tls}), the
 * Jakarta Mail properties that make it so, and what a refused handshake means for the user.
 *
 * <p>With {@code ssl.checkserveridentity}, Angus Mail sets the {@code LDAPS} endpoint identification algorithm
 * on the socket, so the JDK checks the host name against the certificate during the handshake, for implicit TLS
 * and STARTTLS alike. {@code socketFactory.fallback} is off: a handshake refused with the trust store is not
 * tried again with another factory (which would also hide why it was refused).
 */
public final class TlsTrust {
    private TlsTrust() {
    }

    /** A socket factory trusting exactly the trust store's certificates; empty for the JDK's default trust. */
    public static Optional<SSLSocketFactory> socketFactory(Settings.Tls tls) {
        if (tls.jdkDefault()) {
            return Optional.empty();
        }
        try {
            KeyStore anchors = KeyStore.getInstance("PKCS12");
            anchors.load(null, null);
            int n = 0;
            for (X509Certificate c : tls.trusted()) {
                anchors.setCertificateEntry("trusted-" + n++, c);
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(anchors);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, tmf.getTrustManagers(), null);
            return Optional.of(context.getSocketFactory());
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot set up TLS with the trust store " + tls.trustStore(), e);
        }
    }

    /**
     * Sets the TLS properties of one Jakarta Mail protocol ({@code smtp}, {@code smtps}, {@code imap},
     * {@code imaps}): the server identity check, and the trust store's socket factory, if any, without fallback.
     */
    public static void configure(Properties props, String protocol, Optional<SSLSocketFactory> factory) {
        String p = "mail." + protocol + ".";
        props.setProperty(p + "ssl.checkserveridentity", "true");
        props.setProperty(p + "socketFactory.fallback", "false");
        factory.ifPresent(f -> props.put(p + "ssl.socketFactory", f));
    }

    /**
     * What a refused TLS handshake means, if {@code failure} is one: the server's certificate is not trusted, or
     * it is not for the host connected to, or the handshake failed otherwise.
     *
     * @param what {@code SMTP} or {@code IMAP}; the advice names the keys of the server's block
     *             ({@link Settings.Server#keys})
     */
    public static Optional<String> explain(Throwable failure, Settings.Server server, String what) {
        String prefix = server.keys(what);
        String trustStoreKey = server.trustStoreKey();
        List<Throwable> chain = Outcomes.chain(failure);
        String where = what + " " + server.host() + ":" + server.port();
        for (Throwable t : chain) {
            if (t instanceof CertPathBuilderException || t instanceof CertPathValidatorException) {
                return Optional.of(where + ": the server's certificate is not trusted (" + reason(t) + "); "
                        + (server.tls().jdkDefault()
                        ? "if the server uses a private CA or a self-signed certificate, set " + trustStoreKey
                        + " to a PKCS12 file holding that CA certificate"
                        : "the trust store " + server.tls().trustStore() + " (" + trustStoreKey + ") does not hold"
                        + " the CA certificate that signed it; import it with keytool -importcert"));
            }
        }
        for (Throwable t : chain) {
            if (isIdentityMismatch(t)) {
                return Optional.of(where + ": the server's certificate is not for " + server.host() + " ("
                        + message(t) + "); set " + prefix + ".host to a host name the certificate is for");
            }
        }
        for (Throwable t : chain) {
            if (t instanceof SSLException) {
                return Optional.of(where + ": the TLS handshake failed (" + reason(t) + "); check that " + prefix
                        + ".port is the server's port for " + (server.security() == Settings.Security.SSL
                        ? "implicit TLS (security = ssl)" : "STARTTLS (security = starttls)"));
            }
        }
        return Optional.empty();
    }

    /** The JDK's and Angus Mail's words for a certificate that does not name the host. */
    private static boolean isIdentityMismatch(Throwable t) {
        String m = String.valueOf(t.getMessage());
        return t instanceof SSLPeerUnverifiedException
                || t instanceof CertificateException && (m.startsWith("No subject alternative")
                || m.startsWith("No name matching"))
                || t instanceof SSLException && m.startsWith("Server identity does not match");
    }

    /** The exception's message, and its innermost cause's if that adds something: the actual reason. */
    private static String reason(Throwable t) {
        String own = message(t);
        String deepest = null;
        for (Throwable c = t.getCause(); c != null && c != t; c = c.getCause()) {
            if (c.getMessage() != null && !c.getMessage().isBlank()) {
                deepest = message(c);
            }
        }
        return deepest == null || own.contains(deepest) ? own : own + ": " + deepest;
    }

    private static String message(Throwable t) {
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m.replaceAll("\\s+", " ").strip();
    }
}
