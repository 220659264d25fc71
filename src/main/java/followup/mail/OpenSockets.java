package followup.mail;

import java.io.IOException;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.SocketFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;

/**
 * The sockets one mail session opened and has not closed, so that another thread can cut a conversation short
 * ({@link #closeAll}): a read or a connect blocked on a server that does not answer then fails at once, instead of
 * at its timeout. The session is given {@link #plain} and {@link #tls} as its socket factories.
 */
final class OpenSockets {
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();

    /** Makes plain sockets (no TLS, or the one STARTTLS turns into TLS) and keeps each. */
    SocketFactory plain() {
        return new Plain();
    }

    /** {@code tls}, or the JDK's default TLS factory, keeping each socket it makes. */
    SSLSocketFactory tls(Optional<SSLSocketFactory> tls) {
        try {
            return new Tls(tls.isPresent() ? tls.get() : SSLContext.getDefault().getSocketFactory());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has a default TLS context", e);
        }
    }

    /** Closes every socket still open; a thread blocked on one of them gets a {@link java.net.SocketException}. */
    void closeAll() {
        for (Socket s : open) {
            try {
                s.close();
            } catch (IOException e) {
                // closing is all that is asked; a socket that cannot even be closed is gone anyway
            }
            open.remove(s);
        }
    }

    private Socket keep(Socket s) {
        open.removeIf(Socket::isClosed);
        open.add(s);
        return s;
    }

    private final class Plain extends WrappingPlainFactory {
        @Override
        Socket made(Socket s) {
            return keep(s);
        }
    }

    private final class Tls extends WrappingSslFactory {
        Tls(SSLSocketFactory delegate) {
            super(delegate);
        }

        @Override
        Socket made(Socket s) {
            return keep(s);
        }
    }
}
