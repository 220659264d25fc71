package followup.mail;

import followup.testing.LoopbackServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * STARTTLS in front of GreenMail's plain SMTP or IMAP (GreenMail itself has no STARTTLS): the proxy greets,
 * advertises STARTTLS, upgrades the connection with the certificate of a given keystore, then connects to
 * GreenMail, drops its greeting and relays both ways, so the client goes on (EHLO or CAPABILITY again, login,
 * mail) with GreenMail over TLS. Listens on 127.0.0.1, port 0; counts completed handshakes.
 */
public final class StartTlsProxy implements AutoCloseable {
    /** The protocol spoken before the upgrade. */
    public enum Protocol { SMTP, IMAP }

    private final Protocol protocol;
    private final int backendPort;
    private final SSLSocketFactory tls;
    private final LoopbackServer listener;
    private final AtomicInteger handshakes = new AtomicInteger();

    /** @param backendPort GreenMail's plain port for {@code protocol} on 127.0.0.1 */
    public StartTlsProxy(Protocol protocol, int backendPort, Path keystore, char[] password)
            throws IOException, GeneralSecurityException {
        this.protocol = protocol;
        this.backendPort = backendPort;
        this.tls = TestPki.serverContext(keystore, password).getSocketFactory();
        this.listener = LoopbackServer.start("starttls-proxy", 16, false, (client, n) -> serve(client));
    }

    public int port() {
        return listener.port();
    }

    /** How many clients completed the TLS handshake (accepted the certificate and name). */
    public int handshakes() {
        return handshakes.get();
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }

    private void serve(Socket client) {
        try (client) {
            client.setSoTimeout(10_000);
            if (!plainUntilStartTls(client.getInputStream(), client.getOutputStream())) {
                return;
            }
            SSLSocket secured = (SSLSocket) tls.createSocket(client, null, client.getPort(), true);
            secured.setUseClientMode(false);
            secured.startHandshake();
            handshakes.incrementAndGet();
            try (secured; Socket backend = new Socket(InetAddress.getLoopbackAddress(), backendPort)) {
                listener.track(backend);
                line(backend.getInputStream());               // GreenMail's greeting: the client had the proxy's
                listener.spawn("pump", () -> pump(backend, secured));
                pump(secured, backend);
            }
        } catch (IOException e) {
            // the client refused the certificate, hung up, or close() ended the connection
        }
    }

    /** The conversation before the upgrade; true once the client asked for STARTTLS and was told to go ahead. */
    private boolean plainUntilStartTls(InputStream in, OutputStream out) throws IOException {
        say(out, protocol == Protocol.SMTP ? "220 proxy.test ESMTP" : "* OK proxy.test IMAP4rev1 ready");
        for (String line; (line = line(in)) != null; ) {
            String[] words = line.split(" ");
            if (protocol == Protocol.SMTP) {
                switch (words[0].toUpperCase(Locale.ROOT)) {
                    case "EHLO" -> say(out, "250-proxy.test\r\n250 STARTTLS");
                    case "STARTTLS" -> {
                        say(out, "220 2.0.0 Ready to start TLS");
                        return true;
                    }
                    case "QUIT" -> {
                        say(out, "221 2.0.0 Bye");
                        return false;
                    }
                    default -> say(out, "530 5.7.0 Must issue a STARTTLS command first");
                }
            } else {
                String tag = words[0];
                switch (words.length > 1 ? words[1].toUpperCase(Locale.ROOT) : "") {
                    case "CAPABILITY" -> say(out, "* CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED\r\n" + tag + " OK done");
                    case "STARTTLS" -> {
                        say(out, tag + " OK Begin TLS negotiation now");
                        return true;
                    }
                    case "LOGOUT" -> {
                        say(out, "* BYE\r\n" + tag + " OK done");
                        return false;
                    }
                    default -> say(out, tag + " BAD STARTTLS first");
                }
            }
        }
        return false;
    }

    private static void pump(Socket from, Socket to) {
        try {
            from.getInputStream().transferTo(to.getOutputStream());
        } catch (IOException e) {
            // one side closed
        } finally {
            try {
                to.close();
                from.close();
            } catch (IOException e) {
                // already closed
            }
        }
    }

    /** One line without its CRLF, read byte by byte (nothing past it may be consumed before the upgrade). */
    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int c; (c = in.read()) >= 0; ) {
            if (c == '\n') {
                String s = b.toString(StandardCharsets.ISO_8859_1);
                return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
            }
            b.write(c);
        }
        return null;
    }

    private static void say(OutputStream out, String reply) throws IOException {
        out.write((reply + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }
}
