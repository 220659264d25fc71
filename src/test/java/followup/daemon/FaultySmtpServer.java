package followup.daemon;

import com.icegreen.greenmail.base.GreenMailOperations;
import followup.testing.LoopbackServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * An SMTP server for daemon tests that answers the end of a message's data as scripted per recipient (say 451 once,
 * then 250; or 550 always) and hands every message it accepts with 250 to GreenMail, so the recipients' GreenMail
 * inboxes show exactly what the daemon got delivered. Speaks just enough SMTP for Jakarta Mail: greeting, EHLO/HELO,
 * MAIL, RCPT, DATA, RSET, NOOP, QUIT. Listens on 127.0.0.1, port 0; one daemon thread per connection.
 *
 * <p>Faults in the middle of a session: {@link #on} scripts the next occurrences of the greeting, MAIL, RCPT, DATA
 * or the end of the data across all connections (a 421 reply closes the connection, as a server shutting down
 * does); {@link #hangAt} makes one point of every conversation go silent until {@link #heal}; {@link
 * #dropAfterAccepting} hands one message to GreenMail and then closes the connection before replying to its end of
 * data (the case the client cannot tell from a lost message); {@link #startNotAccepting} never takes a connection.
 *
 * <p>As a test's field, {@code @RegisterExtension final FaultySmtpServer smtp = FaultySmtpServer.perTest(greenMail);}
 * starts one server per test and closes it after the test.
 */
final class FaultySmtpServer implements AutoCloseable, AfterEachCallback {
    /** One message's data as it reached the end of DATA, the envelope recipients and the reply it got. */
    record Attempt(List<String> recipients, String data, String reply) {
    }

    /** The script key of the greeting. */
    static final String GREETING = "GREETING";
    /** The script key of the end of the message data (the lone "."). */
    static final String END_OF_DATA = ".";
    /** In a script: answer as usual this time. */
    static final String PASS = SmtpFaultScript.PASS;
    private static final String OK = "250 2.0.0 Ok: queued";
    private final GreenMailRelay relay;
    private final LoopbackServer listener;
    private final Map<String, List<String>> scripts = new ConcurrentHashMap<>();
    private final Map<String, List<String>> contentScripts = new ConcurrentHashMap<>();
    private final List<Attempt> attempts = new CopyOnWriteArrayList<>();
    private final Map<String, String> refusedRecipients = new ConcurrentHashMap<>();
    private final SmtpFaultScript faults = new SmtpFaultScript();
    private volatile String dropAfter;
    private volatile boolean dropEvery;
    /** While set, EHLO offers AUTH and every AUTH gets this reply. */
    private volatile String loginReply;
    private volatile String sentFolderOf;
    /** While set, the answer to every end of data waits until it is opened ({@link #answerLater}). */
    private volatile CountDownLatch answerGate;
    private final AtomicInteger waitingForAnswer = new AtomicInteger();

    private FaultySmtpServer(GreenMailOperations greenMail, int backlog, boolean held) throws IOException {
        this.relay = new GreenMailRelay(greenMail);
        this.listener = LoopbackServer.start("faulty-smtp", backlog, held, (socket, n) -> converse(socket));
    }

    /** @param greenMail where accepted messages are delivered, to each envelope recipient's inbox */
    static FaultySmtpServer start(GreenMailOperations greenMail) throws IOException {
        return new FaultySmtpServer(greenMail, 50, false);
    }

    /** {@link #start}, for a field registered as an extension: the server is closed after each test. */
    static FaultySmtpServer perTest(GreenMailOperations greenMail) {
        try {
            return start(greenMail);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the scripted SMTP server", e);
        }
    }

    /**
     * A server that listens with a backlog of one and accepts nothing until {@link #heal}: once its queue is full
     * ({@link #fillQueue}), the kernel drops new connection requests and a client's connect times out.
     */
    static FaultySmtpServer startNotAccepting(GreenMailOperations greenMail) throws IOException {
        return new FaultySmtpServer(greenMail, 1, true);
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

    /**
     * The replies to the next occurrences of an event ({@link #GREETING}, "MAIL", "RCPT", "DATA" or {@link
     * #END_OF_DATA}), counted across all connections; {@link #PASS} answers as usual. A 421 reply closes the
     * connection. A message whose end of data is refused is not delivered.
     */
    FaultySmtpServer on(String event, String... replies) {
        faults.on(event, replies);
        return this;
    }

    /**
     * From now on RCPT for {@code address} gets {@code reply} (say "550 5.1.1 ... User unknown"), as a server that
     * knows its local users answers; the message goes to the other recipients only.
     */
    FaultySmtpServer refuseRecipient(String address, String reply) {
        refusedRecipients.put(address.toLowerCase(Locale.ROOT), reply);
        return this;
    }

    /**
     * From now on every occurrence of this event ({@link #GREETING}, a verb, or {@link #END_OF_DATA}: the data is
     * read, not delivered) gets no answer at all; the connection stays open.
     */
    FaultySmtpServer hangAt(String event) {
        faults.hangAt(event);
        return this;
    }

    /**
     * Ends every {@link #hangAt} and starts accepting connections: the server answers again. A conversation that is
     * silent right now is cut (the server closes it), as a restarted server would.
     */
    FaultySmtpServer heal() throws IOException {
        faults.heal();
        listener.open();
        return this;
    }

    /**
     * Opens connections that wait in the queue of a server that does not accept, until one cannot connect within
     * a short while: from then on every connection request goes unanswered. Close the sockets after the test.
     */
    List<Socket> fillQueue() throws IOException {
        List<Socket> fillers = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            Socket s = new Socket();
            try {
                s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), listener.port()), 300);
                fillers.add(s);
            } catch (SocketTimeoutException full) {
                s.close();
                return fillers;
            }
        }
        throw new IllegalStateException("the connection queue never filled up (" + fillers.size() + " connected)");
    }

    /**
     * The next message whose data contains {@code text} is accepted (handed to GreenMail, and to the sent folder
     * if {@link #savesSentCopiesOf} says so) but the connection is closed before the reply to its end of data.
     */
    FaultySmtpServer dropAfterAccepting(String text) {
        dropAfter = text;
        dropEvery = false;
        return this;
    }

    /**
     * The same for every message whose data contains {@code text}, until {@link #stopDropping}: a server whose
     * answers to the end of data stay lost for a while.
     */
    FaultySmtpServer dropAfterAcceptingEvery(String text) {
        dropAfter = text;
        dropEvery = true;
        return this;
    }

    /**
     * From now on the answer to each end of data waits (the data is in, the client waits for its 250) until
     * {@link #answerNow}; then it is answered as usual. A server slow to answer, or a client that paused meanwhile.
     */
    FaultySmtpServer answerLater() {
        answerGate = new CountDownLatch(1);
        return this;
    }

    /** The answers held by {@link #answerLater} are given now, and the next ones at once. */
    FaultySmtpServer answerNow() {
        CountDownLatch gate = answerGate;
        answerGate = null;
        if (gate != null) {
            gate.countDown();
        }
        return this;
    }

    /** How many messages' data is in, their answer held by {@link #answerLater}. */
    int waitingForAnswer() {
        return waitingForAnswer.get();
    }

    FaultySmtpServer stopDropping() {
        dropAfter = null;
        dropEvery = false;
        return this;
    }

    /**
     * From now on EHLO offers AUTH and every login gets {@code reply} (say 535); null: no AUTH offered again, so the
     * client sends without logging in.
     */
    FaultySmtpServer refuseLogins(String reply) {
        loginReply = reply;
        return this;
    }

    /** Like some providers (Gmail), every accepted message from {@code sender} is also put in its "Sent" folder. */
    FaultySmtpServer savesSentCopiesOf(String sender) {
        sentFolderOf = sender.toLowerCase(Locale.ROOT);
        return this;
    }

    /** The scripted replies played so far, each as "EVENT reply". */
    List<String> played() {
        return faults.played();
    }

    /** For each conversation that went silent: how long until the client gave up and closed it. */
    List<Duration> hangs() {
        return faults.hangs();
    }

    /** How many conversations are silent right now (the client still waiting for an answer). */
    int silentNow() {
        return faults.silentNow();
    }

    int connections() {
        return listener.connections();
    }

    int port() {
        return listener.port();
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
    public void afterEach(ExtensionContext context) throws IOException {
        close();
    }

    @Override
    public void close() throws IOException {
        answerNow();
        listener.close();
    }

    private void converse(Socket socket) {
        try (socket) {
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.ISO_8859_1));
            OutputStream out = socket.getOutputStream();
            Conversation c = new Conversation(socket, in, out, new ArrayList<>());
            boolean open = goesOn(act(GREETING, "220 faulty.test ESMTP", c));
            for (String line; open && (line = in.readLine()) != null; ) {
                open = command(line, c);
            }
        } catch (IOException e) {
            // the client or close() ended the connection
        }
    }

    /** One connection: its socket and streams, and the envelope recipients of the message under way. */
    private record Conversation(Socket socket, BufferedReader in, OutputStream out, List<String> recipients) {
    }

    /** Answers one command line; false when the connection is over. */
    private boolean command(String line, Conversation c) throws IOException {
        String verb = line.split(" ", 2)[0].toUpperCase(Locale.ROOT);
        OutputStream out = c.out();
        return switch (verb) {
            case "EHLO" -> say(out, "250-faulty.test\r\n" + (loginReply != null ? "250-AUTH PLAIN LOGIN\r\n" : "")
                    + "250 8BITMIME");
            case "AUTH" -> say(out, loginReply != null ? loginReply : "503 5.5.1 Error: authentication not enabled");
            case "HELO" -> say(out, "250 faulty.test");
            case "MAIL", "RSET" -> {
                c.recipients().clear();
                yield verb.equals("RSET") ? say(out, "250 2.0.0 Ok") : goesOn(act(verb, "250 2.0.0 Ok", c));
            }
            case "NOOP" -> say(out, "250 2.0.0 Ok");
            case "RCPT" -> {
                String refusal = refusedRecipients.get(address(line).toLowerCase(Locale.ROOT));
                if (refusal != null) {
                    yield say(out, refusal);
                }
                c.recipients().add(address(line));
                yield goesOn(act(verb, "250 2.1.5 Ok", c));
            }
            case "DATA" -> {
                String said = act(verb, "354 End data with <CR><LF>.<CR><LF>", c);
                boolean open = said != null && said.startsWith("354")
                        ? receive(c, List.copyOf(c.recipients())) : goesOn(said);
                c.recipients().clear();
                yield open;
            }
            case "QUIT" -> !say(out, "221 2.0.0 Bye");
            default -> say(out, "502 5.5.2 Error: command not recognized");
        };
    }

    /**
     * Answers one scripted event: nothing while it hangs (then null, once the client gave up), else the next
     * scripted reply, else the usual one. Returns what was said.
     */
    private String act(String event, String usual, Conversation c) throws IOException {
        if (faults.hangs(event)) {
            faults.beSilent(c.socket(), c.in());
            return null;
        }
        String scripted = faults.next(event);
        String reply = scripted == null ? usual : scripted;
        say(c.out(), reply);
        return reply;
    }

    /** Whether the conversation goes on after this reply: not after silence, not after 421 (closing). */
    private static boolean goesOn(String said) {
        return said != null && !said.startsWith("421");
    }

    /** Reads the message data up to the lone dot and answers it; false if the connection ended. */
    private boolean receive(Conversation c, List<String> recipients) throws IOException {
        BufferedReader in = c.in();
        OutputStream out = c.out();
        StringBuilder data = new StringBuilder();
        String line;
        while ((line = in.readLine()) != null && !line.equals(".")) {
            data.append(line.startsWith(".") ? line.substring(1) : line).append("\r\n");
        }
        if (line == null) {
            return false;
        }
        String text = data.toString();
        String drop = dropAfter;
        if (drop != null && text.contains(drop)) {
            if (!dropEvery) {
                dropAfter = null;
            }
            deliver(text, recipients);
            attempts.add(new Attempt(recipients, text, "(accepted, then the connection was closed unanswered)"));
            return false;
        }
        if (faults.hangs(END_OF_DATA)) {            // the data is in, its answer never comes
            attempts.add(new Attempt(recipients, text, "(no answer)"));
            faults.beSilent(c.socket(), in);
            return false;
        }
        CountDownLatch gate = answerGate;
        if (gate != null) {
            waitingForAnswer.incrementAndGet();
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } finally {
                waitingForAnswer.decrementAndGet();
            }
        }
        String fault = faults.next(END_OF_DATA);
        String reply = fault == null ? replyFor(text, recipients) : fault;
        if (reply.startsWith("250")) {
            deliver(text, recipients);
        }
        attempts.add(new Attempt(recipients, text, reply));
        say(out, reply);
        return goesOn(reply);
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
        relay.deliver(data, recipients, sentFolderOf);
    }

    private static String address(String rcptLine) {
        int open = rcptLine.indexOf('<');
        int close = rcptLine.indexOf('>', open + 1);
        String a = open >= 0 && close > open ? rcptLine.substring(open + 1, close) : rcptLine.substring(8).strip();
        return a.toLowerCase(Locale.ROOT);
    }

    /** Says one reply; true, so that a command can answer and go on in one expression. */
    private static boolean say(OutputStream out, String reply) throws IOException {
        out.write((reply + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        return true;
    }
}
