package followup.daemon;

import com.icegreen.greenmail.base.GreenMailOperations;
import com.icegreen.greenmail.user.GreenMailUser;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An SMTP server for daemon tests that answers the end of a message's data as scripted per recipient (say 451 once,
 * then 250; or 550 always) and hands every message it accepts with 250 to GreenMail, so the recipients' GreenMail
 * inboxes show exactly what the daemon got delivered. Speaks just enough SMTP for Jakarta Mail: greeting, EHLO/HELO,
 * MAIL, RCPT, DATA, RSET, NOOP, QUIT. Listens on 127.0.0.1, port 0; one daemon thread per connection.
 */
final class FaultySmtpServer implements AutoCloseable {
    /** One message's data as it reached the end of DATA, the envelope recipients and the reply it got. */
    record Attempt(List<String> recipients, String data, String reply) {
    }

    private static final String OK = "250 2.0.0 Ok: queued";
    private final GreenMailOperations greenMail;
    private final ServerSocket listener;
    private final Map<String, List<String>> scripts = new ConcurrentHashMap<>();
    private final Map<String, List<String>> contentScripts = new ConcurrentHashMap<>();
    private final List<Attempt> attempts = new CopyOnWriteArrayList<>();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final Session session = Session.getInstance(new Properties());
    private volatile boolean closed;

    private FaultySmtpServer(GreenMailOperations greenMail) throws IOException {
        this.greenMail = greenMail;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    }

    /** @param greenMail where accepted messages are delivered, to each envelope recipient's inbox */
    static FaultySmtpServer start(GreenMailOperations greenMail) throws IOException {
        FaultySmtpServer server = new FaultySmtpServer(greenMail);
        Thread acceptor = new Thread(server::acceptLoop, "faulty-smtp-accept");
        acceptor.setDaemon(true);
        acceptor.start();
        return server;
    }

    /**
     * The replies to the end of DATA of successive messages to {@code recipient}, in order; the last one repeats.
     * Messages to anyone else get 250.
     */
    FaultySmtpServer answer(String recipient, String... replies) {
        scripts.put(recipient.toLowerCase(Locale.ROOT), new CopyOnWriteArrayList<>(List.of(replies)));
        return this;
    }

    /**
     * The replies to the end of DATA of successive messages whose data (headers and body) contains {@code text},
     * in order; the last one repeats. Checked before the scripts per recipient.
     */
    FaultySmtpServer answerMessages(String text, String... replies) {
        contentScripts.put(text, new CopyOnWriteArrayList<>(List.of(replies)));
        return this;
    }

    int port() {
        return listener.getLocalPort();
    }

    /** Every message that reached the end of DATA, with the reply it got, in order. */
    List<Attempt> attempts() {
        return List.copyOf(attempts);
    }

    /** The messages to this recipient that reached the end of DATA, whatever the reply. */
    long attemptsTo(String recipient) {
        return attempts.stream().filter(a -> a.recipients().contains(recipient.toLowerCase(Locale.ROOT))).count();
    }

    /** The messages whose data contains this text (a Message-ID, say) that reached the end of DATA. */
    long attemptsContaining(String text) {
        return attempts.stream().filter(a -> a.data().contains(text)).count();
    }

    @Override
    public void close() throws IOException {
        closed = true;
        listener.close();
        for (Socket s : sockets) {
            s.close();
        }
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket socket = listener.accept();
                sockets.add(socket);
                Thread t = new Thread(() -> converse(socket), "faulty-smtp-" + sockets.size());
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void converse(Socket socket) {
        try (socket) {
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.ISO_8859_1));
            OutputStream out = socket.getOutputStream();
            say(out, "220 faulty.test ESMTP");
            List<String> recipients = new ArrayList<>();
            for (String line; (line = in.readLine()) != null; ) {
                String verb = line.split(" ", 2)[0].toUpperCase(Locale.ROOT);
                switch (verb) {
                    case "EHLO" -> say(out, "250-faulty.test\r\n250 8BITMIME");
                    case "HELO" -> say(out, "250 faulty.test");
                    case "MAIL", "RSET" -> {
                        recipients.clear();
                        say(out, "250 2.0.0 Ok");
                    }
                    case "NOOP" -> say(out, "250 2.0.0 Ok");
                    case "RCPT" -> {
                        recipients.add(address(line));
                        say(out, "250 2.1.5 Ok");
                    }
                    case "DATA" -> {
                        say(out, "354 End data with <CR><LF>.<CR><LF>");
                        if (!receive(in, out, List.copyOf(recipients))) {
                            return;
                        }
                        recipients.clear();
                    }
                    case "QUIT" -> {
                        say(out, "221 2.0.0 Bye");
                        return;
                    }
                    default -> say(out, "502 5.5.2 Error: command not recognized");
                }
            }
        } catch (IOException e) {
            // the client or close() ended the connection
        }
    }

    /** Reads the message data up to the lone dot and answers it; false if the connection ended first. */
    private boolean receive(BufferedReader in, OutputStream out, List<String> recipients) throws IOException {
        StringBuilder data = new StringBuilder();
        String line;
        while ((line = in.readLine()) != null && !line.equals(".")) {
            data.append(line.startsWith(".") ? line.substring(1) : line).append("\r\n");
        }
        if (line == null) {
            return false;
        }
        String reply = replyFor(data.toString(), recipients);
        if (reply.startsWith("250")) {
            deliver(data.toString(), recipients);
        }
        attempts.add(new Attempt(recipients, data.toString(), reply));
        say(out, reply);
        return true;
    }

    /** The next scripted reply for the message's content, else for its first scripted recipient, else 250. */
    private String replyFor(String data, List<String> recipients) {
        for (Map.Entry<String, List<String>> e : contentScripts.entrySet()) {
            if (data.contains(e.getKey()) && !e.getValue().isEmpty()) {
                return next(e.getValue());
            }
        }
        for (String r : recipients) {
            List<String> script = scripts.get(r);
            if (script != null && !script.isEmpty()) {
                return next(script);
            }
        }
        return OK;
    }

    private static String next(List<String> script) {
        return script.size() > 1 ? script.remove(0) : script.get(0);
    }

    private void deliver(String data, List<String> recipients) throws IOException {
        try {
            for (String r : recipients) {
                GreenMailUser user = greenMail.getUserManager().getUserByEmail(r);
                if (user == null) {
                    user = greenMail.setUser(r, r, r);
                }
                user.deliver(new MimeMessage(session, new ByteArrayInputStream(
                        data.getBytes(StandardCharsets.ISO_8859_1))));
            }
        } catch (MessagingException e) {
            throw new IOException("cannot hand the message to GreenMail: " + e.getMessage(), e);
        }
    }

    private static String address(String rcptLine) {
        int open = rcptLine.indexOf('<');
        int close = rcptLine.indexOf('>', open + 1);
        String a = open >= 0 && close > open ? rcptLine.substring(open + 1, close) : rcptLine.substring(8).strip();
        return a.toLowerCase(Locale.ROOT);
    }

    private static void say(OutputStream out, String reply) throws IOException {
        out.write((reply + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }
}
