package followup.inbox;

import followup.testing.LoopbackServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP proxy on a loopback port in front of a server (here GreenMail's IMAP). It counts the bytes the server sends
 * to the client and, when told to, cuts each new connection after exactly N of them: it forwards the first N bytes,
 * then closes both sides (with a reset instead of a FIN when {@link #cutAfter(long, boolean)} says so). It can also
 * keep a copy of what the server sent, to find where in a session a command's answer starts.
 */
final class CuttingProxy implements AutoCloseable {
    private final int target;
    private final LoopbackServer listener;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicLong toClient = new AtomicLong();
    private final AtomicInteger cuts = new AtomicInteger();
    private volatile long cutAfter = Long.MAX_VALUE;
    private volatile boolean reset;
    private volatile ByteArrayOutputStream transcript;
    private volatile java.util.regex.Pattern cutOnCommand;

    private CuttingProxy(int target) throws IOException {
        this.target = target;
        this.listener = LoopbackServer.start("cutting-proxy", (client, n) -> forward(client));
    }

    static CuttingProxy start(int targetPort) throws IOException {
        return new CuttingProxy(targetPort);
    }

    int port() {
        return listener.port();
    }

    /** Connections opened from now on are cut after {@code bytes} bytes from the server, with a reset if asked. */
    void cutAfter(long bytes, boolean withReset) {
        this.reset = withReset;
        this.cutAfter = bytes;
    }

    /** Connections opened from now on are forwarded whole. */
    void healthy() {
        this.cutAfter = Long.MAX_VALUE;
        this.cutOnCommand = null;
    }

    /**
     * From now on a connection is cut (both sides closed, before the server sees it) when the client sends a command
     * that {@code command} finds: a server whose parser gives up on one message and drops the client.
     */
    void cutOnCommand(java.util.regex.Pattern command) {
        this.cutOnCommand = command;
    }

    /** Bytes sent by the server to clients so far, over all connections. */
    long bytesToClient() {
        return toClient.get();
    }

    /** Cuts every open connection, as a server does that drops idle clients; new ones are forwarded as before. */
    void dropAll() {
        for (Socket s : open) {
            closeQuietly(s);
        }
    }

    /** How many connections clients opened. */
    int connections() {
        return listener.connections();
    }

    /** How many connections were cut. */
    int cuts() {
        return cuts.get();
    }

    /** From now on, keeps a copy of every byte the server sends (until {@link #transcript()}). */
    void record() {
        transcript = new ByteArrayOutputStream();
    }

    /** What the server sent since {@link #record()}, and stops recording. */
    byte[] transcript() {
        ByteArrayOutputStream t = transcript;
        transcript = null;
        synchronized (t) {
            return t.toByteArray();
        }
    }

    private void forward(Socket client) {
        long limit = cutAfter;
        boolean rst = reset;
        try {
            Socket server = new Socket(InetAddress.getLoopbackAddress(), target);
            client.setTcpNoDelay(true); // forward each write at once, as the server wrote it
            server.setTcpNoDelay(true);
            open.add(client);
            open.add(server);
            listener.spawn("down", () -> pump(server, client, limit, rst, true));
            listener.spawn("up", () -> pump(client, server, Long.MAX_VALUE, false, false));
        } catch (IOException e) {
            throw new IllegalStateException("the proxy cannot reach 127.0.0.1:" + target, e);
        }
    }

    /** Copies {@code from} to {@code to}; after {@code limit} bytes closes both. {@code down}: server to client. */
    private void pump(Socket from, Socket to, long limit, boolean rst, boolean down) {
        byte[] buffer = new byte[8192];
        long sent = 0;
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                java.util.regex.Pattern command = cutOnCommand;
                if (!down && command != null && command.matcher(
                        new String(buffer, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1)).find()) {
                    cuts.incrementAndGet();
                    break;
                }
                int pass = (int) Math.min(n, limit - sent);
                out.write(buffer, 0, pass);
                out.flush();
                sent += pass;
                if (down) {
                    toClient.addAndGet(pass);
                    ByteArrayOutputStream t = transcript;
                    if (t != null) {
                        synchronized (t) {
                            t.write(buffer, 0, pass);
                        }
                    }
                }
                if (sent >= limit) {
                    cuts.incrementAndGet();
                    if (rst) {
                        to.setSoLinger(true, 0);
                    }
                    break;
                }
            }
        } catch (SocketException e) {
            // the other side is gone: close both
        } catch (IOException e) {
            // the same
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private void closeQuietly(Socket s) {
        open.remove(s);
        try {
            s.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        for (Socket s : open) {
            closeQuietly(s);
        }
    }
}
