package followup.daemon;

import static followup.daemon.DaemonHarness.JANE;
import static followup.daemon.DaemonHarness.RAJ;
import static followup.daemon.DaemonHarness.SENDER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import followup.plan.State;
import followup.reliability.Figures;
import followup.store.Event;
import followup.store.EventLog;
import followup.store.StoredMessage;
import followup.testing.QuietLog;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SMTP server shuts down in the middle of a session ({@code 421 4.3.2}, then it closes the connection) while
 * several messages are due at once: the refused ones are retried with back-off on a new connection, and every
 * message reaches its recipient exactly once.
 */
class SmtpShutdownMidSessionTest {
    static final Figures.Tally TALLY = new Figures.Tally("SMTP 421 mid-session", SmtpShutdownMidSessionTest.class);
    private static final String SHUTDOWN = "421 4.3.2 Service shutting down";
    private static final String PASS = FaultySmtpServer.PASS;
    private static final String KIM = "{ name = \"Kim Park\", email = \"kim@globex.example\", topics = [\"caching\"] }";
    private static final String LEE = "{ name = \"Lee Chen\", email = \"lee@globex.example\", topics = [\"SLOs\"] }";
    private static final String PROMISED = "promised-by-me = [\"two writing samples\"]\n";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    /** The three temporary failures' warnings, asserted and kept off the test console. */
    @RegisterExtension
    final QuietLog log = QuietLog.of(Settlements.class);

    @TempDir
    Path root;

    @RegisterExtension
    final FaultySmtpServer smtp = FaultySmtpServer.perTest(greenMail);

    @AfterAll
    static void record() {
        TALLY.record();
    }

    /**
     * Eight messages due at start-up (two interviews: a promise reminder, two thank-yous and a debrief each), sent
     * one after the other over a reused connection. The server answers 421 to the second MAIL FROM, to the third
     * RCPT TO and to the fourth end of data, closing the connection each time.
     */
    @Test
    void messages_refused_by_a_server_shutting_down_mid_session_are_retried_with_back_off_and_delivered_once()
            throws Exception {
        smtp.on("MAIL", PASS, SHUTDOWN)
                .on("RCPT", PASS, PASS, SHUTDOWN)
                .on(FaultySmtpServer.END_OF_DATA, PASS, PASS, PASS, SHUTDOWN);
        try (DaemonHarness h = new DaemonHarness(root, greenMail).via(smtp)
                .policyPlus("follow-up { after = 10m }")) {
            h.record("acme", DaemonHarness.interview(Duration.ofSeconds(5), JANE + "\n" + RAJ, PROMISED));
            h.record("globex", DaemonHarness.interview(Duration.ofSeconds(5), KIM + "\n" + LEE,
                    PROMISED + "company = \"Globex\"\n"));
            h.start();

            h.awaitTrue("eight messages sent", () -> h.store().all().stream()
                    .filter(m -> m.state() == State.SENT).count() == 8);
            boolean polling = FaultCounts.keepsPolling(h);
            Instant later = Instant.now().plus(Duration.ofMinutes(5));
            List<StoredMessage> all = h.store().all().stream().filter(m -> m.due().isBefore(later)).toList();
            FaultCounts.count(TALLY, h, all);
            TALLY.crashes(polling ? 0 : 1);

            assertTrue(polling, "the daemon stopped polling");
            assertEquals(List.of("MAIL " + SHUTDOWN, "RCPT " + SHUTDOWN, ". " + SHUTDOWN), smtp.played());
            assertEquals(8, all.size(), all.stream().map(StoredMessage::key).toList().toString());
            for (StoredMessage m : all) {
                assertEquals(State.SENT, m.state(), m.toString());
                h.delivered(m.recipient(), m.messageId());
            }
            assertEquals(4, h.inbox(SENDER).size(), "promise reminders and debriefs: " + h.messageIds(SENDER));
            assertEquals(8 + 3, all.stream().mapToInt(StoredMessage::attempts).sum(),
                    all.stream().map(m -> m.key() + " x" + m.attempts()).toList().toString());
            assertEquals(4, smtp.connections(), "one connection, then a new one after each 421");

            List<Event> retries = new EventLog(h.database()).recent(200).stream()
                    .filter(e -> e.kind().equals("retry")).toList();
            assertEquals(3, retries.size(), retries.toString());
            for (Event retry : retries) {
                assertTrue(retry.detail().contains(SHUTDOWN), retry.toString());
                StoredMessage m = h.message(retry.key()).orElseThrow();
                assertTrue(Duration.between(retry.at(), m.sentAt()).toMillis() >= 900,
                        "retried without back-off: " + retry + " then sent at " + m.sentAt());
            }
            List<String> warnings = log.warnings();
            assertEquals(3, warnings.size(), "one warning per retry: " + warnings);
            assertTrue(warnings.stream().allMatch(w -> w.startsWith("Temporary failure sending ")
                    && w.contains(": " + SHUTDOWN + "; retrying at ")), warnings.toString());
            assertEquals(List.of(), log.errors());
        }
    }
}
