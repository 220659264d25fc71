package followup.daemon;

import followup.testing.LoopbackServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy on 127.0.0.1 (port 0) in front of one loopback port, for a server that goes away and comes back.
 * Switched off, it cuts every open connection and closes each new one as soon as it is accepted, before a byte is
 * exchanged; switched on, it forwards again. One daemon thread per direction per connection.
 */
final class SwitchableProxy implements AutoCloseable {
    private final int target;
    private final LoopbackServer listener;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger cut = new AtomicInteger();
    private final java.io.ByteArrayOutputStream fromClients = new java.io.ByteArrayOutputStream();
    private boolean on = true;

    private SwitchableProxy(int target) throws IOException {
        this.target = target;
        this.listener = LoopbackServer.start("proxy-" + target, (client, n) -> {
            try {
                connect(client);
            } catch (IOException e) {
                closeQuietly(client);
            }
        });
    }

    /** A proxy, switched on, forwarding to {@code 127.0.0.1:targetPort}. */
    static SwitchableProxy start(int targetPort) throws IOException {
        return new SwitchableProxy(targetPort);
    }

    int port() {
        return listener.port();
    }

    /** Cuts every open connection; new ones are closed at once until {@link #on()}. */
    synchronized void off() {
        on = false;
        open.forEach(SwitchableProxy::closeQuietly);
        open.clear();
    }

    synchronized void on() {
        on = true;
    }

    /** How many connections clients opened (forwarded or refused). */
    int connections() {
        return listener.connections();
    }

    /** Everything the clients sent so far, over all connections (ISO-8859-1). */
    String fromClients() {
        synchronized (fromClients) {
            return fromClients.toString(java.nio.charset.StandardCharsets.ISO_8859_1);
        }
    }

    /** How many connections were refused (closed on accept) while switched off. */
    int refused() {
        return cut.get();
    }

    @Override
    public void close() throws IOException {
        listener.close();
        off();
    }

    private synchronized void connect(Socket client) throws IOException {
        if (!on) {
            cut.incrementAndGet();
            client.close();
            return;
        }
        Socket upstream = new Socket();
        upstream.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), target), 5_000);
        open.add(client);
        open.add(upstream);
        pump(client, upstream, true);
        pump(upstream, client, false);
    }

    private void pump(Socket from, Socket to, boolean record) throws IOException {
        InputStream in = from.getInputStream();
        OutputStream out = to.getOutputStream();
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    if (record) {
                        synchronized (fromClients) {
                            fromClients.write(buffer, 0, n);
                        }
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // cut, or the other side went away
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
            }
        }, "proxy-pump-" + from.getLocalPort() + "-" + to.getLocalPort());
        t.setDaemon(true);
        t.start();
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
