package followup.daemon;

import static followup.daemon.DaemonHarness.JANE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import followup.plan.State;
import followup.store.StoredMessage;
import followup.testing.PostgresServer;
import followup.testing.QuietLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * In a cluster a daemon's start leaves alone the messages other daemons are sending, but not one that no daemon
 * sends or will recover: a daemon died in its send while its candidate was not running (a broken candidate.conf),
 * so the takeover found nobody to settle it, and it was left {@code sending} for good, with nothing said.
 */
class ClusterOrphanSendTest {
    private static final String KEY = "acme/thank-you/jane@acme.example";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @RegisterExtension
    final FaultySmtpServer smtp = FaultySmtpServer.perTest(greenMail);

    @TempDir
    Path root;

    @RegisterExtension
    final QuietLog log = QuietLog.of(Mailbox.class, CandidateRun.class, Settlements.class);


    @Test
    void a_message_left_sending_that_no_daemon_sends_is_settled_at_a_clustered_start() throws Exception {
        try (DaemonHarness h = new DaemonHarness(root, greenMail).store(PostgresServer.newDatabase()).cluster()
                .policyPlus("thank-you { after = 1h, latest = 2h }\nfollow-up { after = 1d }\ndebrief { after = 1d }")) {
            h.record("acme", DaemonHarness.interview(Duration.ZERO, JANE, ""));
            h.start();
            h.awaitState(KEY, State.PLANNED);
            h.stop();
            // what a daemon killed in the thank-you's conversation leaves when the takeover finds its candidate not
            // running: the claim, and no trigger fired for it
            try (Connection c = h.database().connection();
                 PreparedStatement ps = c.prepareStatement("UPDATE fu_messages SET state = 'SENDING' WHERE msg_key = ?")) {
                ps.setString(1, KEY);
                assertEquals(1, ps.executeUpdate());
            }

            h.start();

            h.awaitTrue("the orphaned send settled", () -> h.message(KEY).orElseThrow().state() != State.SENDING);
            StoredMessage settled = h.message(KEY).orElseThrow();
            assertEquals(State.FAILED, settled.state(), settled.toString());
            assertTrue(settled.reason().startsWith("uncertain: "), settled.reason());
            h.awaitTrue("the notice that asks to check it", () -> h.message("acme/notice/uncertain:" + KEY)
                    .isPresent());
            assertEquals(List.of(), h.messageIds("jane@acme.example"), "not sent again");
        }
    }

    @Test
    void a_send_another_clustered_daemon_is_in_is_not_settled_by_a_daemon_that_starts_meanwhile() throws Exception {
        String url = PostgresServer.newDatabase();
        smtp.answerLater();
        try (DaemonHarness one = new DaemonHarness(Files.createDirectories(root.resolve("one")), greenMail).via(smtp)
                .store(url).cluster().policyPlus("follow-up { after = 1h }\ndebrief { after = 1h }\n");
             DaemonHarness two = new DaemonHarness(Files.createDirectories(root.resolve("two")), greenMail).via(smtp)
                     .store(url).cluster().policyPlus("follow-up { after = 1h }\ndebrief { after = 1h }\n")) {
            String record = DaemonHarness.interview(Duration.ZERO, JANE, "");
            one.record("acme", record);
            two.record("acme", record);
            one.start();
            one.awaitTrue("the thank-you's data in, its answer held", () -> smtp.waitingForAnswer() == 1);
            assertEquals(State.SENDING, one.message(KEY).orElseThrow().state());

            two.start();                                         // a second daemon joins while the send is on

            smtp.answerNow();
            one.awaitTrue("the thank-you sent", () -> one.message(KEY).orElseThrow().state() == State.SENT);
            assertFalse(one.message("acme/notice/uncertain:" + KEY).isPresent(),
                    "the send in flight was not taken for an interrupted one: " + log);
            assertEquals(1, one.messageIds("jane@acme.example").size(), "the thank-you, once");
        }
    }
}
