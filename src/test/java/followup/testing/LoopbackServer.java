package followup.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The listening half of the scripted test servers and proxies: a socket on 127.0.0.1 (port 0) whose connections
 * are each handed to a {@link Handler} on a daemon thread of their own. {@link #close()} closes the listener and
 * every socket accepted or {@link #track tracked}, which ends the conversations.
 */
public final class LoopbackServer implements AutoCloseable {
    /** Serves one accepted connection; the connections are numbered from 1 in the order they were accepted. */
    public interface Handler {
        void serve(Socket socket, int connection);
    }

    private final String name;
    private final Handler handler;
    private final ServerSocket listener;
    private final CountDownLatch gate;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();
    private volatile boolean closed;

    private LoopbackServer(String name, int backlog, boolean held, Handler handler) throws IOException {
        this.name = name;
        this.handler = handler;
        this.listener = new ServerSocket(0, backlog, InetAddress.getLoopbackAddress());
        this.gate = new CountDownLatch(held ? 1 : 0);
    }

    /** Listens and accepts at once; {@code name} names the threads. */
    public static LoopbackServer start(String name, Handler handler) throws IOException {
        return start(name, 50, false, handler);
    }

    /**
     * @param backlog how many connection requests the kernel queues while none is accepted
     * @param held    listen, but accept nothing until {@link #open()}: once the queue is full, a client's connect
     *                times out
     */
    public static LoopbackServer start(String name, int backlog, boolean held, Handler handler) throws IOException {
        LoopbackServer server = new LoopbackServer(name, backlog, held, handler);
        Thread acceptor = new Thread(server::acceptLoop, name + "-accept");
        acceptor.setDaemon(true);
        acceptor.start();
        return server;
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** How many connections were accepted. */
    public int connections() {
        return connections.get();
    }

    /** Starts accepting, if the server was started held. */
    public void open() {
        gate.countDown();
    }

    /** Closes this socket too on {@link #close()} (the other end of a proxied connection, say). */
    public void track(Socket socket) {
        sockets.add(socket);
    }

    /** Runs {@code task} on a new daemon thread named after this server. */
    public void spawn(String what, Runnable task) {
        Thread t = new Thread(task, name + "-" + what);
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void close() throws IOException {
        closed = true;
        gate.countDown();
        listener.close();
        for (Socket s : sockets) {
            s.close();
        }
    }

    private void acceptLoop() {
        try {
            gate.await();
        } catch (InterruptedException e) {
            return;
        }
        while (!closed) {
            Socket socket;
            try {
                socket = listener.accept();
            } catch (IOException e) {
                return; // closed
            }
            sockets.add(socket);
            int n = connections.incrementAndGet();
            spawn(String.valueOf(n), () -> handler.serve(socket, n));
        }
    }
}
