package followup.daemon;

import static followup.daemon.DaemonHarness.JANE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import followup.plan.State;
import followup.store.StoredMessage;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A thank-you was skipped as missed (the laptop was closed past its latest moment, as the record said), and then the
 * user moves the interview in the record to a later time (it had been put off, and the record not yet changed): the
 * thank-you, which never went out, is planned for the new time and sent, as are the follow-ups the missed one had
 * taken with it.
 */
class MovedAfterMissedTest {
    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @TempDir
    Path root;

    @Test
    void a_missed_thank_you_is_planned_again_when_the_interview_is_moved_later() throws Exception {
        try (DaemonHarness h = new DaemonHarness(root, greenMail).policyPlus("""
                debrief { enabled = false }
                follow-up { after = 4s }
                second-follow-up { after = 1h }
                """)) {
            h.record("acme", DaemonHarness.interview(Duration.ofHours(3), JANE, ""));
            h.start();
            StoredMessage missed = h.awaitState("acme/thank-you/jane@acme.example", State.SKIPPED);
            assertTrue(missed.reason().startsWith("missed:"), missed.reason());
            h.awaitState("acme/follow-up/jane@acme.example", State.SKIPPED);

            h.record("acme", DaemonHarness.interview(Duration.ZERO, JANE, ""));

            StoredMessage sent = h.awaitState("acme/thank-you/jane@acme.example", State.SENT);
            assertEquals(1, java.util.Collections.frequency(h.messageIds("jane@acme.example"), sent.messageId()));
            h.awaitState("acme/follow-up/jane@acme.example", State.SENT);
            StoredMessage next = h.message("acme/second-follow-up/jane@acme.example").orElseThrow();
            assertEquals(State.PLANNED, next.state(), "the follow-up's successor: " + next);
        }
    }
}
