package followup.daemon;

import static followup.daemon.DaemonHarness.JANE;
import static followup.daemon.DaemonHarness.SENDER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import followup.plan.State;
import followup.store.StoredMessage;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Steps whose due instant passed while the daemon was not running: sent if still inside their bound, else skipped. */
class MissedWhileDownTest {
    private static final String THANK_YOU = "acme/thank-you/jane@acme.example";
    private static final String DEBRIEF = "acme/debrief/self";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @TempDir
    Path root;

    /**
     * A first run plans the interview (still ahead) and stops before anything is due. While the daemon is down the
     * thank-you's bound (at + 4s) passes, the debrief's (due + 120s) does not.
     */
    @Test
    void a_step_past_its_bound_is_skipped_with_one_notice_and_a_step_inside_it_is_sent_at_start_up()
            throws Exception {
        try (DaemonHarness h = new DaemonHarness(root, greenMail)) {
            h.policyPlus("""
                    thank-you { after = 2s, latest = 4s }
                    debrief { after = 3s }
                    follow-up { after = 10m }
                    """);
            // the first run must start and stop before the thank-you is due (at + 2s): 20 seconds leave room for a
            // start-up slowed by a loaded machine, where 4 seconds did not
            LocalDateTime at = LocalDateTime.now(DaemonHarness.ZONE).plusSeconds(20).truncatedTo(ChronoUnit.SECONDS);
            h.record("acme", DaemonHarness.interviewAt(at, JANE, ""));
            h.start();
            h.stop();
            StoredMessage planned = h.message(THANK_YOU).orElseThrow();
            assertEquals(State.PLANNED, planned.state(), "the first run was too slow to stop before the thank-you");
            h.awaitInstant("the thank-you's latest bound", planned.latest().plusMillis(500));

            Instant restarted = Instant.now();
            h.start();

            StoredMessage debrief = h.awaitState(DEBRIEF, State.SENT);
            assertTrue(debrief.sentAt().isBefore(restarted.plusSeconds(10)), "debrief sent at " + debrief.sentAt()
                    + ", not at start-up (" + restarted + ")");
            StoredMessage skipped = h.message(THANK_YOU).orElseThrow();
            assertEquals(State.SKIPPED, skipped.state());
            assertTrue(skipped.reason().startsWith("missed"), skipped.reason());
            h.awaitTrue("the notice about the missed step to go out",
                    () -> missedNotices(h).stream().anyMatch(m -> m.state() == State.SENT));
            h.awaitPolls(1);

            List<StoredMessage> notices = missedNotices(h);
            assertEquals(1, notices.size(), notices.toString());
            StoredMessage notice = notices.get(0);
            assertEquals(State.SENT, notice.state());
            String body = h.delivered(SENDER, notice.messageId()).getContent().toString();
            assertTrue(body.contains("thank-you to Jane Doe"), body);
            assertFalse(body.contains("debrief"), body);
            assertEquals(List.of(), h.inbox("jane@acme.example"));
            assertEquals(State.SKIPPED, h.message(THANK_YOU).orElseThrow().state());
            h.delivered(SENDER, debrief.messageId());
            assertEquals(State.SENT, h.message(DEBRIEF).orElseThrow().state());
        }
    }

    private static List<StoredMessage> missedNotices(DaemonHarness h) {
        return h.store().ofInterview("acme").stream()
                .filter(m -> m.isNotice() && m.key().startsWith("acme/notice/missed")).toList();
    }
}
