package followup.e2e;

import followup.testing.LoopbackServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A hostile SMTP server for the secrets test: it asks for a login (AUTH PLAIN), refuses the first few with a 535
 * that echoes the password it was given, refuses one recipient with a 550 that echoes it too (the password of the
 * last login), and accepts the
 * rest (keeping each accepted message's data). Listens on 127.0.0.1, port 0; one daemon thread per connection.
 */
final class EchoingSmtpServer implements AutoCloseable {
    private final LoopbackServer listener;
    private final String refusedRecipient;
    private final AtomicInteger loginsToRefuse;
    private final AtomicInteger loginsRefused = new AtomicInteger();
    private final AtomicInteger loginsAccepted = new AtomicInteger();
    private final AtomicInteger recipientsRefused = new AtomicInteger();
    private final List<String> accepted = new CopyOnWriteArrayList<>();
    private volatile String lastPassword = "(no login yet)";

    /**
     * @param loginsToRefuse   how many logins to answer with 535 (echoing the password) before accepting
     * @param refusedRecipient the address every RCPT for which is answered 550 (echoing the password)
     */
    EchoingSmtpServer(int loginsToRefuse, String refusedRecipient) throws IOException {
        this.loginsToRefuse = new AtomicInteger(loginsToRefuse);
        this.refusedRecipient = refusedRecipient.toLowerCase(Locale.ROOT);
        this.listener = LoopbackServer.start("echoing-smtp", (socket, n) -> converse(socket));
    }

    int port() {
        return listener.port();
    }

    int loginsRefused() {
        return loginsRefused.get();
    }

    int loginsAccepted() {
        return loginsAccepted.get();
    }

    int recipientsRefused() {
        return recipientsRefused.get();
    }

    /** The data of every message accepted with 250, in order. */
    List<String> accepted() {
        return List.copyOf(accepted);
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }

    private void converse(Socket socket) {
        try (socket) {
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.ISO_8859_1));
            OutputStream out = socket.getOutputStream();
            say(out, "220 echo.test ESMTP");
            for (String line; (line = in.readLine()) != null; ) {
                String[] words = line.split(" ");
                switch (words[0].toUpperCase(Locale.ROOT)) {
                    case "EHLO" -> say(out, "250-echo.test\r\n250-AUTH PLAIN\r\n250 8BITMIME");
                    case "HELO" -> say(out, "250 echo.test");
                    case "AUTH" -> {
                        String response = words.length > 2 ? words[2] : askFor(in, out);
                        if (response == null) {
                            return;
                        }
                        say(out, login(response));
                    }
                    case "MAIL", "RSET", "NOOP" -> say(out, "250 2.0.0 Ok");
                    case "RCPT" -> say(out, recipient(line));
                    case "DATA" -> {
                        say(out, "354 End data with <CR><LF>.<CR><LF>");
                        String data = readData(in);
                        if (data == null) {
                            return;
                        }
                        accepted.add(data);
                        say(out, "250 2.0.0 Ok: queued");
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

    /** AUTH PLAIN without an initial response: ask for it. */
    private static String askFor(BufferedReader in, OutputStream out) throws IOException {
        say(out, "334 ");
        return in.readLine();
    }

    /** 535 with the password echoed back, plain and as the client sent it, while logins are to be refused; then 235. */
    private String login(String response) {
        String[] parts = new String(Base64.getDecoder().decode(response.strip()), StandardCharsets.UTF_8)
                .split("\0", -1);
        String user = parts.length > 1 ? parts[1] : "?";
        String password = parts.length > 2 ? parts[2] : "?";
        lastPassword = password;
        if (loginsToRefuse.getAndDecrement() > 0) {
            loginsRefused.incrementAndGet();
            return "535 5.7.8 Authentication failed for " + user + " with password " + password + " (AUTH PLAIN "
                    + response.strip() + ")";
        }
        loginsAccepted.incrementAndGet();
        return "235 2.7.0 Authentication successful";
    }

    private String recipient(String rcptLine) {
        if (rcptLine.toLowerCase(Locale.ROOT).contains("<" + refusedRecipient + ">")) {
            recipientsRefused.incrementAndGet();
            return "550 5.1.1 <" + refusedRecipient + ">: Recipient address rejected: the mailbox is gone (you logged"
                    + " in with " + lastPassword + ")";
        }
        return "250 2.1.5 Ok";
    }

    private static String readData(BufferedReader in) throws IOException {
        StringBuilder data = new StringBuilder();
        String line;
        while ((line = in.readLine()) != null && !line.equals(".")) {
            data.append(line.startsWith(".") ? line.substring(1) : line).append("\r\n");
        }
        return line == null ? null : data.toString();
    }

    private static void say(OutputStream out, String reply) throws IOException {
        out.write((reply + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }
}
