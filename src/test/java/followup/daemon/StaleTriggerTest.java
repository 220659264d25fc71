package followup.daemon;

import static followup.daemon.DaemonHarness.JANE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import followup.plan.State;
import followup.store.Event;
import followup.store.EventLog;
import followup.store.StoredMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A trigger set for an instant the message has moved on from (a 4xx put its next try a second later) fires while
 * the retry is still ahead: the message waits for its retry instant, as the back-off says, instead of going out at
 * once because the trigger was within the tolerance the message's own trigger has for another daemon's clock.
 */
class StaleTriggerTest {
    private static final String SHUTDOWN = "421 4.3.2 Service shutting down";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @TempDir
    Path root;

    @RegisterExtension
    final FaultySmtpServer smtp = FaultySmtpServer.perTest(greenMail);

    @Test
    void a_trigger_set_for_an_earlier_instant_does_not_send_a_message_before_its_retry() throws Exception {
        smtp.on("MAIL", SHUTDOWN);
        try (DaemonHarness h = new DaemonHarness(root, greenMail).via(smtp)
                .policyPlus("debrief { enabled = false }")) {
            h.record("acme", DaemonHarness.interview(Duration.ofSeconds(5), JANE, ""));
            h.start();
            Event retry = awaitRetry(h);
            StoredMessage waiting = h.message(retry.key()).orElseThrow();
            assertEquals(State.PLANNED, waiting.state(), waiting.toString());
            Instant retryAt = waiting.nextFire();

            // the trigger as a sync that read the message before its 4xx would have set it: for its due instant
            h.daemon().quartz().scheduleSends(Map.of(retry.key(), waiting.due()));

            StoredMessage sent = h.awaitState(retry.key(), State.SENT);
            assertFalse(sent.sentAt().isBefore(retryAt), "sent at " + sent.sentAt() + ", before its retry at "
                    + retryAt + " (the 4xx was at " + retry.at() + ")");
            assertEquals(2, sent.attempts(), sent.toString());
        }
    }

    private static Event awaitRetry(DaemonHarness h) {
        Event[] found = new Event[1];
        h.awaitTrue("a retry after the 421", () -> {
            found[0] = new EventLog(h.database()).recent(50).stream().filter(e -> e.kind().equals("retry"))
                    .findFirst().orElse(null);
            return found[0] != null;
        });
        return found[0];
    }
}
