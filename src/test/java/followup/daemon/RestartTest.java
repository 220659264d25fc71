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
import followup.store.StoredMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A restart on the same data sends nothing that already went out. */
class RestartTest {
    private static final List<String> MAILBOXES = List.of("jane@acme.example", "raj@acme.example", SENDER);

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @TempDir
    Path root;

    /** The harness of every test here, on an H2 file; the OnPostgres subclass runs them on PostgreSQL. */
    DaemonHarness harness() {
        return new DaemonHarness(root, greenMail);
    }

    @Test
    void a_restart_after_everything_went_out_sends_nothing_again() throws Exception {
        try (DaemonHarness h = harness()) {
            h.policyPlus("""
                    debrief { after = 1s }
                    follow-up { after = 3s }
                    second-follow-up { after = 1s }
                    call-reminder { after = 1s }
                    """);
            h.record("acme", DaemonHarness.interview(Duration.ZERO, JANE + "\n" + RAJ, ""));
            h.start();
            h.awaitState("acme/call-reminder/self", State.SENT);
            h.awaitState("acme/thank-you/raj@acme.example", State.SENT);
            Map<String, String> stored = snapshot(h);
            assertTrue(stored.values().stream().allMatch(s -> s.startsWith("sent")), stored.toString());
            Map<String, List<String>> inboxes = inboxes(h);
            // the store marks a message sent a moment before the listener hears of it
            h.awaitTrue("the listener to hear of every message sent", () -> h.sent().size() == stored.size());
            int listened = h.sent().size();

            h.stop();
            h.start();
            h.awaitPolls(2);

            assertEquals(stored, snapshot(h));
            assertEquals(inboxes, inboxes(h));
            assertEquals(listened, h.sent().size(), "messages sent after the restart: "
                    + h.sent().subList(listened, h.sent().size()));
            for (String mailbox : MAILBOXES) {
                List<String> ids = h.messageIds(mailbox);
                assertEquals(ids.size(), new HashSet<>(ids).size(), mailbox + " got a message twice: " + ids);
            }
        }
    }

    /** Each message's state and send instant. */
    private static Map<String, String> snapshot(DaemonHarness h) {
        return h.store().all().stream().collect(Collectors.toMap(StoredMessage::key,
                m -> m.state() + " " + m.sentAt() + " attempts " + m.attempts()));
    }

    private static Map<String, List<String>> inboxes(DaemonHarness h) {
        return MAILBOXES.stream().collect(Collectors.toMap(a -> a, h::messageIds));
    }
}
