package followup.mail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;

/**
 * An implicit-TLS server on 127.0.0.1 (port 0) that presents the certificate of a given keystore, writes one
 * greeting line after the handshake and then only reads until the client hangs up. Enough to show what a client
 * does with the certificate: a client that refuses it never gets the greeting. Counts completed handshakes.
 */
public final class TlsGreeter implements AutoCloseable {
    private final SSLServerSocket listener;
    private final String greeting;
    private final AtomicInteger handshakes = new AtomicInteger();
    private volatile boolean closed;

    /** @param greeting {@code "220 greeter ESMTP"} for SMTP, {@code "* OK greeter ready"} for IMAP */
    public TlsGreeter(Path keystore, char[] password, String greeting) throws IOException, GeneralSecurityException {
        this.listener = (SSLServerSocket) TestPki.serverContext(keystore, password).getServerSocketFactory()
                .createServerSocket(0, 16, InetAddress.getLoopbackAddress());
        this.greeting = greeting;
        Thread acceptor = new Thread(this::acceptLoop, "tls-greeter");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** How many clients completed the handshake (accepted the certificate and name). */
    public int handshakes() {
        return handshakes.get();
    }

    @Override
    public void close() throws IOException {
        closed = true;
        listener.close();
    }

    private void acceptLoop() {
        while (!closed) {
            try (SSLSocket socket = (SSLSocket) listener.accept()) {
                socket.setSoTimeout(10_000);
                greet(socket);
            } catch (IOException e) {
                // the client refused the handshake or hung up; close() ends the loop
            }
        }
    }

    private void greet(Socket socket) throws IOException {
        ((SSLSocket) socket).startHandshake();
        socket.getOutputStream().write((greeting + "\r\n").getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        handshakes.incrementAndGet();
        byte[] buffer = new byte[1024];
        while (socket.getInputStream().read(buffer) >= 0) {
            // drain until the client closes
        }
    }
}
