package followup.mail;

import java.io.IOException;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * The TLS socket factory of a connection, the trust store's or the JDK's, that remembers the last socket it made, so
 * that {@code followup check} can show the protocol and the certificate the server presented.
 */
public final class RecordingSocketFactory extends WrappingSslFactory {
    private volatile SSLSocket last;

    private RecordingSocketFactory(SSLSocketFactory delegate) {
        super(delegate);
    }

    /** Wraps the trust store's factory, or the JDK's default one. */
    public static RecordingSocketFactory wrap(Optional<SSLSocketFactory> trust) {
        try {
            return new RecordingSocketFactory(trust.isPresent() ? trust.get()
                    : SSLContext.getDefault().getSocketFactory());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has a default TLS context", e);
        }
    }

    /** {@code TLSv1.3, certificate CN=mail.example.org}, or empty when no TLS session was made. */
    public Optional<String> describe() {
        SSLSocket s = last;
        if (s == null || s.getSession() == null) {
            return Optional.empty();
        }
        try {
            Certificate[] chain = s.getSession().getPeerCertificates();
            String subject = chain.length > 0 && chain[0] instanceof X509Certificate x
                    ? x.getSubjectX500Principal().getName() : "(none)";
            return Optional.of(s.getSession().getProtocol() + ", certificate " + subject);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    Socket made(Socket s) {
        if (s instanceof SSLSocket ssl) {
            last = ssl;
        }
        return s;
    }
}
