package followup.daemon;

import java.io.BufferedReader;
import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The faults a {@link FaultySmtpServer} plays at points of its conversations (the greeting, a command, the end of
 * the data): scripted replies for the next occurrences of a point, counted across all connections, and points where
 * the server goes silent until it heals. Remembers what it played and how long each silence lasted.
 */
final class SmtpFaultScript {
    /** In a script: answer as usual this time. */
    static final String PASS = "";

    private final Map<String, Deque<String>> replies = new ConcurrentHashMap<>();
    private final List<String> played = new CopyOnWriteArrayList<>();
    private final Set<String> hanging = ConcurrentHashMap.newKeySet();
    private final List<Duration> hangs = new CopyOnWriteArrayList<>();
    private final Set<Socket> silent = ConcurrentHashMap.newKeySet();

    void on(String point, String... next) {
        replies.computeIfAbsent(point, k -> new ConcurrentLinkedDeque<>()).addAll(List.of(next));
    }

    void hangAt(String point) {
        hanging.add(point);
    }

    /** Ends every silence to come and cuts the silent conversations. */
    void heal() throws IOException {
        hanging.clear();
        for (Socket s : silent) {
            s.close();
        }
    }

    boolean hangs(String point) {
        return hanging.contains(point);
    }

    /** Answers nothing: swallows the client's lines until it gives up or the conversation is cut. */
    void beSilent(Socket socket, BufferedReader in) {
        Instant began = Instant.now();
        silent.add(socket);
        try {
            while (in.readLine() != null) {
                // answer nothing
            }
        } catch (IOException cut) {
            // heal() or the server's close() cut the connection
        } finally {
            silent.remove(socket);
        }
        hangs.add(Duration.between(began, Instant.now()));
    }

    /** The scripted reply for this occurrence of the point, or null to answer as usual. */
    String next(String point) {
        Deque<String> script = replies.get(point);
        String reply = script == null ? null : script.pollFirst();
        if (reply == null || reply.equals(PASS)) {
            return null;
        }
        played.add(point + " " + reply);
        return reply;
    }

    List<String> played() {
        return List.copyOf(played);
    }

    List<Duration> hangs() {
        return List.copyOf(hangs);
    }

    int silentNow() {
        return silent.size();
    }
}
