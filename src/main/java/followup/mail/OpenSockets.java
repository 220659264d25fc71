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
 *
 * <p>For IMAP every socket also sends each write at once ({@code TCP_NODELAY}): an APPEND sends the message as a
 * literal and then the line's end in a second small write. With Nagle's algorithm on, that second write waits until
 * the server acknowledges the first, and a server that has nothing to say yet delays its acknowledgement (40 ms on
 * Linux): every copy to the sent folder took about 47 ms on loopback, 3.6 ms with {@code TCP_NODELAY}. Mail clients
 * set it for the same reason.
 */
public final class OpenSockets {
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final boolean noDelay;
    /** Set by {@link #cutOff}: a socket made now is closed as soon as it is made, until {@link #allowAgain}. */
    private volatile boolean refusing;

    /** Sockets as the JDK makes them (SMTP). */
    OpenSockets() {
        this(false);
    }

    /** @param noDelay whether every socket sends its writes at once ({@code TCP_NODELAY}; IMAP) */
    public OpenSockets(boolean noDelay) {
        this.noDelay = noDelay;
    }

    /** Makes plain sockets (no TLS, or the one STARTTLS turns into TLS) and keeps each. */
    public SocketFactory plain() {
        return new Plain();
    }

    /** {@code tls}, or the JDK's default TLS factory, keeping each socket it makes. */
    public SSLSocketFactory tls(Optional<SSLSocketFactory> tls) {
        try {
            return new Tls(tls.isPresent() ? tls.get() : SSLContext.getDefault().getSocketFactory());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has a default TLS context", e);
        }
    }

    /** Closes every socket still open; a thread blocked on one of them gets a {@link java.net.SocketException}. */
    public void closeAll() {
        for (Socket s : open) {
            try {
                s.close();
            } catch (IOException e) {
                // closing is all that is asked; a socket that cannot even be closed is gone anyway
            }
            open.remove(s);
        }
    }

    /**
     * Closes every socket still open, and every one made until {@link #allowAgain}: a connect under way when the cut
     * comes makes its socket a moment later, which {@link #closeAll} alone would miss, and the conversation would
     * then wait for a server that does not answer up to its timeout.
     */
    public void cutOff() {
        refusing = true;
        closeAll();
    }

    /** Sockets made from now on are kept open again (see {@link #cutOff}). */
    public void allowAgain() {
        refusing = false;
    }

    private Socket keep(Socket s) throws IOException {
        if (noDelay) {
            s.setTcpNoDelay(true);
        }
        open.removeIf(Socket::isClosed);
        open.add(s);
        if (refusing) {              // after the add: either this or the cut's closeAll sees the socket
            s.close();
            open.remove(s);
        }
        return s;
    }

    private final class Plain extends WrappingPlainFactory {
        @Override
        Socket made(Socket s) throws IOException {
            return keep(s);
        }
    }

    private final class Tls extends WrappingSslFactory {
        Tls(SSLSocketFactory delegate) {
            super(delegate);
        }

        @Override
        Socket made(Socket s) throws IOException {
            return keep(s);
        }
    }
}
