package followup.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import followup.config.Settings;
import followup.reliability.Figures;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The IMAP connection dropped in the middle of a poll: a proxy in front of GreenMail forwards the first N bytes of
 * the server's answers and then closes the connection (a FIN or a reset), for N swept over a whole poll of two
 * folders. The poll must fail as {@link InboxUnavailableException}, never keep a message it read only in part, and
 * never save a position past a message it did not hand over; the next poll through a healthy connection then hands
 * over every message exactly once.
 */
class DroppedImapConnectionTest {
    static final Figures.Tally TALLY = new Figures.Tally("IMAP connection dropped mid-fetch",
            DroppedImapConnectionTest.class);
    private static final List<String> FOLDERS = List.of("INBOX", "Replies");

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    /** Before the fixtures' dates (appended messages keep theirs as INTERNALDATE) and today's messages. */
    private final Instant since = Fixtures.RECEIVED.minus(Duration.ofDays(7));

    @AfterAll
    static void recordFigures() {
        TALLY.record();
    }

    /** Ten threaded messages and the two delivery reports in INBOX, five messages and an auto-reply in Replies. */
    private void fillMailbox() throws Exception {
        GreenMailAccounts.alex(greenMail);
        try (Store store = GreenMailAccounts.connector(greenMail).connect()) {
            Folder replies = store.getFolder("Replies");
            replies.create(Folder.HOLDS_MESSAGES);
            List<MimeMessage> inbox = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                inbox.add(message("inbox", i));
            }
            inbox.add(Fixtures.load(Fixtures.BOUNCE));
            inbox.add(Fixtures.load(Fixtures.DELAY));
            store.getFolder("INBOX").appendMessages(inbox.toArray(Message[]::new));
            List<MimeMessage> other = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                other.add(message("replies", i));
            }
            other.add(Fixtures.load(Fixtures.VACATION));
            replies.appendMessages(other.toArray(Message[]::new));
        }
    }

    private static MimeMessage message(String folder, int i) {
        String refs = java.util.stream.IntStream.range(0, 30).mapToObj(r -> "<t" + r + "." + folder + i + "@acme.test>")
                .collect(Collectors.joining(" "));
        return Fixtures.parse("From: Jane <jane@acme.test>\nSubject: Message " + i + " in " + folder
                + "\nMessage-ID: <" + folder + "." + i + "@acme.test>\nReferences: " + refs
                + "\nContent-Type: text/plain\n\n" + "Body line.\n".repeat(200));
    }

    private ImapPoller poller(int port, SyncStateStore sync) {
        return new ImapPoller(new ImapConnector(GreenMailAccounts.server(port, Settings.Security.PLAIN,
                GreenMailAccounts.PASSWORD)), FOLDERS, sync);
    }

    private static String key(InboxMessage m) {
        return m.folder() + ":" + m.uid();
    }

    @Test
    void a_connection_cut_anywhere_in_a_poll_fails_it_cleanly_and_the_next_poll_sees_every_message_once()
            throws Exception {
        fillMailbox();
        Map<String, InboxMessage> expected;
        try (ImapPoller direct = poller(greenMail.getImap().getPort(), new MemorySyncStateStore())) {
            expected = direct.rescan(since).stream().collect(Collectors.toMap(DroppedImapConnectionTest::key,
                    Function.identity()));
        }
        assertEquals(10, expected.size());

        String session;
        try (CuttingProxy proxy = CuttingProxy.start(greenMail.getImap().getPort())) {
            proxy.record();
            try (ImapPoller once = poller(proxy.port(), new MemorySyncStateStore())) {
                assertEquals(expected.size(), once.poll(since).size());
            }
            session = new String(proxy.transcript(), StandardCharsets.ISO_8859_1);
            assertEquals(1, proxy.connections(), "one poll, one connection");
        }
        // Until the first folder's CLOSE is answered, every cut must fail the poll.
        int mustFailBefore = session.indexOf("OK CLOSE completed");
        assertTrue(mustFailBefore > 0, session);

        // Each round has its own proxy, so rounds run side by side (they mostly wait on the network).
        List<Callable<Void>> rounds = new ArrayList<>();
        int n = 0;
        for (long cut : cutPoints(session)) {
            boolean reset = n++ % 2 == 1;
            rounds.add(() -> {
                round(cut, reset, cut < mustFailBefore, expected);
                return null;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (Future<Void> done : pool.invokeAll(rounds)) {
                try {
                    done.get();
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof Error error ? error : new AssertionError(e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * A few bytes into every FETCH answer (the header fields of each message, a report's BODYSTRUCTURE, its status
     * part and its attached headers), plus points spread evenly over the whole session (more with the scale).
     */
    private static TreeSet<Long> cutPoints(String session) {
        TreeSet<Long> cuts = new TreeSet<>();
        for (int at = session.indexOf(" FETCH ("); at >= 0; at = session.indexOf(" FETCH (", at + 1)) {
            cuts.add((long) at + 20);
        }
        int spread = 12 * Figures.scale();
        for (int i = 0; i < spread; i++) {
            cuts.add(1 + (long) i * (session.length() - 2) / spread);
        }
        return cuts;
    }

    private void round(long cut, boolean reset, boolean mustFail, Map<String, InboxMessage> expected)
            throws IOException {
        TALLY.cases(1);
        MemorySyncStateStore sync = new MemorySyncStateStore();
        Map<String, Integer> times = new HashMap<>();
        List<InboxMessage> handedOver = new ArrayList<>();
        String where = "cut after " + cut + " bytes" + (reset ? " (reset)" : "");
        try (CuttingProxy proxy = CuttingProxy.start(greenMail.getImap().getPort())) {
            proxy.cutAfter(cut, reset);
            boolean failed = false;
            try (ImapPoller poller = poller(proxy.port(), sync)) {
                poller.poll(since, batch -> handedOver.addAll(batch));
            } catch (InboxUnavailableException e) {
                failed = true;
            } catch (RuntimeException e) {
                TALLY.crashes(1);
                throw new AssertionError(where + ": the poll crashed instead of failing cleanly", e);
            }
            if (mustFail && !failed) {
                fail(where + ": the poll succeeded on a connection cut before its end");
            }
            assertEquals(1, proxy.cuts(), where + ": the connection was cut");
            for (InboxMessage m : handedOver) {
                assertEquals(expected.get(key(m)), m, where + ": a message read over a dying connection");
            }
            for (String folder : FOLDERS) {
                sync.load(folder).ifPresent(saved -> expected.values().stream()
                        .filter(m -> m.folder().equals(folder) && m.uid() <= saved.lastUid())
                        .filter(m -> handedOver.stream().noneMatch(h -> key(h).equals(key(m))))
                        .findFirst().ifPresent(m -> {
                            TALLY.lost(1);
                            fail(where + ": " + folder + " saved at UID " + saved.lastUid() + " but UID " + m.uid()
                                    + " was never handed over");
                        }));
            }

            proxy.healthy();
            try (ImapPoller next = poller(proxy.port(), sync)) {
                next.poll(since, batch -> handedOver.addAll(batch));
            } catch (RuntimeException e) {
                TALLY.crashes(1);
                throw new AssertionError(where + ": the poll through a healthy connection failed", e);
            }
        }
        handedOver.forEach(m -> times.merge(key(m), 1, Integer::sum));
        long lost = expected.keySet().stream().filter(k -> !times.containsKey(k)).count();
        long duplicates = times.values().stream().mapToLong(n -> n - 1).sum();
        TALLY.lost(lost).duplicates(duplicates);
        assertEquals(0, lost, where + ": messages never handed over");
        assertEquals(0, duplicates, where + ": messages handed over twice: " + times);
    }
}
