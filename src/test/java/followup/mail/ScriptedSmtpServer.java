package followup.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small SMTP server for tests that plays a script: for each event (the greeting, a command verb, the end of the
 * message data) the next scripted {@link Action} is used, then the default reply once the script runs out. It
 * records every command line and message it receives and counts connections.
 *
 * <p>Listens on 127.0.0.1, port 0; one daemon thread per connection, at most {@value #MAX_CONNECTIONS} connections
 * (later ones are closed at once). {@link #close()} closes every socket and waits for the threads.
 */
final class ScriptedSmtpServer implements AutoCloseable {
    static final int MAX_CONNECTIONS = 16;
    /** The script key of the greeting. */
    static final String GREETING = "GREETING";
    /** The script key of the end of the message data (the lone "."). */
    static final String END_OF_DATA = ".";

    /** What the server does at one point of the conversation. */
    sealed interface Action permits Reply, Drop, Silence {
    }

    /** Answer with this line (several lines joined with CRLF). A 421 reply also closes the connection. */
    record Reply(String line) implements Action {
    }

    /** Close the connection without answering. */
    record Drop() implements Action {
    }

    /** Never answer, keep the connection open. */
    record Silence() implements Action {
    }

    static Action reply(String line) {
        return new Reply(line);
    }

    static Action drop() {
        return new Drop();
    }

    static Action silence() {
        return new Silence();
    }

    private final ServerSocket listener;
    private final Thread acceptor;
    private final Map<String, Deque<Action>> script = new ConcurrentHashMap<>();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final List<Thread> threads = new CopyOnWriteArrayList<>();
    private final List<String> commands = new CopyOnWriteArrayList<>();
    private final List<String> messages = new CopyOnWriteArrayList<>();
    private final List<String> accepted = new CopyOnWriteArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();
    private volatile boolean closed;

    private ScriptedSmtpServer() throws IOException {
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::acceptLoop, "scripted-smtp-accept");
        acceptor.setDaemon(true);
    }

    static ScriptedSmtpServer start() throws IOException {
        ScriptedSmtpServer server = new ScriptedSmtpServer();
        server.acceptor.start();
        return server;
    }

    /** Scripts the next occurrences of an event: a verb ("RCPT"), {@link #GREETING} or {@link #END_OF_DATA}. */
    ScriptedSmtpServer on(String event, Action... actions) {
        script.computeIfAbsent(event.toUpperCase(Locale.ROOT), k -> new ArrayDeque<>()).addAll(List.of(actions));
        return this;
    }

    int port() {
        return listener.getLocalPort();
    }

    int connections() {
        return connections.get();
    }

    /** Every command line received, in order, prefixed with the connection number ("1 MAIL FROM:&lt;a@b&gt;"). */
    List<String> commands() {
        return List.copyOf(commands);
    }

    /** The verbs received, in order ("EHLO", "MAIL", ...). */
    List<String> verbs() {
        List<String> out = new ArrayList<>();
        for (String c : commands) {
            String[] parts = c.split(" ", 3);
            out.add(parts.length > 1 ? parts[1].toUpperCase(Locale.ROOT) : "");
        }
        return out;
    }

    /** The data of every message received completely (up to the lone "."), whatever the reply. */
    List<String> messages() {
        return List.copyOf(messages);
    }

    /** The data of the messages answered with 250. */
    List<String> accepted() {
        return List.copyOf(accepted);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        closed = true;
        listener.close();
        for (Socket s : sockets) {
            s.close();
        }
        acceptor.join(5_000);
        for (Thread t : threads) {
            t.join(5_000);
        }
    }

    private void acceptLoop() {
        while (!closed) {
            Socket socket;
            try {
                socket = listener.accept();
            } catch (IOException e) {
                return;                               // closed
            }
            int n = connections.incrementAndGet();
            sockets.add(socket);
            if (n > MAX_CONNECTIONS || closed) {
                closeQuietly(socket);
                continue;
            }
            Thread t = new Thread(() -> converse(socket, n), "scripted-smtp-" + n);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
    }

    private void converse(Socket socket, int connection) {
        try (socket) {
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.ISO_8859_1));
            OutputStream out = socket.getOutputStream();
            if (!act(next(GREETING, "220 scripted.test ESMTP"), in, out)) {
                return;
            }
            String line;
            while ((line = in.readLine()) != null) {
                commands.add(connection + " " + line);
                if (!answer(line, in, out)) {
                    return;
                }
            }
        } catch (IOException e) {
            // the client or close() ended the connection
        }
    }

    /** Answers one command; false when the connection is over. */
    private boolean answer(String line, BufferedReader in, OutputStream out) throws IOException {
        String verb = line.split(" ", 2)[0].toUpperCase(Locale.ROOT);
        return switch (verb) {
            case "EHLO" -> act(next(verb, "250-scripted.test\r\n250-AUTH PLAIN\r\n250 8BITMIME"), in, out);
            case "HELO" -> act(next(verb, "250 scripted.test"), in, out);
            case "AUTH" -> act(next(verb, "235 2.7.0 Authentication successful"), in, out);
            case "MAIL", "RSET", "NOOP" -> act(next(verb, "250 2.0.0 Ok"), in, out);
            case "RCPT" -> act(next(verb, "250 2.1.5 Ok"), in, out);
            case "DATA" -> data(in, out);
            case "QUIT" -> {
                act(next(verb, "221 2.0.0 Bye"), in, out);
                yield false;
            }
            default -> act(next(verb, "502 5.5.2 Error: command not recognized"), in, out);
        };
    }

    private boolean data(BufferedReader in, OutputStream out) throws IOException {
        Action action = next("DATA", "354 End data with <CR><LF>.<CR><LF>");
        boolean open = act(action, in, out);
        if (!open || !(action instanceof Reply r && r.line().startsWith("354"))) {
            return open;
        }
        StringBuilder data = new StringBuilder();
        String line;
        while ((line = in.readLine()) != null && !line.equals(".")) {
            data.append(line.startsWith(".") ? line.substring(1) : line).append("\r\n");
        }
        if (line == null) {
            return false;
        }
        messages.add(data.toString());
        Action end = next(END_OF_DATA, "250 2.0.0 Ok: queued as Q" + messages.size());
        if (end instanceof Reply ok && ok.line().startsWith("250")) {
            accepted.add(data.toString());
        }
        return act(end, in, out);
    }

    /** Performs an action; false when the connection is over. */
    private boolean act(Action action, BufferedReader in, OutputStream out) throws IOException {
        if (action instanceof Reply r) {
            out.write((r.line() + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return !r.line().startsWith("421");
        }
        if (action instanceof Silence) {
            while (in.readLine() != null) {
                // swallow everything, answer nothing, until the client gives up or close() is called
            }
        }
        return false;                                  // Drop, or Silence ended
    }

    private Action next(String event, String defaultReply) {
        Deque<Action> queue = script.get(event);
        Action scripted = queue == null ? null : queue.pollFirst();
        return scripted != null ? scripted : new Reply(defaultReply);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // nothing to do
        }
    }
}
