package followup.daemon;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A server on loopback that takes every connection and never says a word: a hung server, a broken firewall. */
final class Tarpit implements AutoCloseable {
    private final java.net.ServerSocket socket = new java.net.ServerSocket(0, 50,
            java.net.InetAddress.getLoopbackAddress());
    private final List<java.net.Socket> held = new CopyOnWriteArrayList<>();

    Tarpit() throws IOException {
        Thread taker = new Thread(() -> {
            while (!socket.isClosed()) {
                try {
                    held.add(socket.accept());      // taken, never greeted
                } catch (IOException e) {
                    return;
                }
            }
        }, "tarpit");
        taker.setDaemon(true);
        taker.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    boolean wasTried() {
        return !held.isEmpty();
    }

    /** How many connections it has taken so far. */
    int connections() {
        return held.size();
    }

    @Override
    public void close() throws IOException {
        socket.close();
        for (java.net.Socket s : held) {
            s.close();
        }
    }
}
