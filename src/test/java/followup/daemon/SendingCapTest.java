package followup.daemon;

import static followup.daemon.DaemonHarness.JANE;
import static followup.daemon.DaemonHarness.RAJ;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import followup.plan.State;
import followup.store.StoredMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code mail.max-per-hour}: what is due beyond the cap waits instead of going out. */
class SendingCapTest {
    private static final List<String> RECIPIENTS = List.of("jane@acme.example", "raj@acme.example",
            "kim@acme.example", "sam@acme.example");
    private static final String KIM = "{ name = \"Kim Lee\", email = \"kim@acme.example\", topics = [\"testing\"] }";
    private static final String SAM = "{ name = \"Sam Roe\", email = \"sam@acme.example\", topics = [\"latency\"] }";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @TempDir
    Path root;

    @Test
    void with_a_cap_of_two_per_hour_two_of_four_due_thank_yous_go_out_and_two_are_postponed() throws Exception {
        try (DaemonHarness h = new DaemonHarness(root, greenMail)) {
            h.mail("max-per-hour = 2");
            h.policyPlus("""
                    debrief { enabled = false }
                    follow-up { after = 10m }
                    """);
            h.record("acme", DaemonHarness.interview(Duration.ZERO, String.join("\n", JANE, RAJ, KIM, SAM), ""));
            h.start();

            h.awaitTrue("two thank-yous sent and two postponed", () -> thankYous(h, State.SENT).size() == 2
                    && thankYous(h, State.PLANNED).stream().filter(m -> m.retryAt() != null).count() == 2);
            h.awaitPolls(1);

            assertEquals(2, thankYous(h, State.SENT).size());
            List<StoredMessage> postponed = thankYous(h, State.PLANNED);
            assertEquals(2, postponed.size());
            Instant now = Instant.now();
            for (StoredMessage m : postponed) {
                assertNotNull(m.retryAt(), m.key());
                assertTrue(m.retryAt().isAfter(now), m.key() + " retry at " + m.retryAt());
                assertTrue(m.reason().contains("cap"), m.reason());
            }
            int delivered = RECIPIENTS.stream().mapToInt(r -> h.inbox(r).size()).sum();
            assertEquals(2, delivered);
            assertEquals(2, h.sent().size());
        }
    }

    private static List<StoredMessage> thankYous(DaemonHarness h, State state) {
        return h.store().ofInterview("acme").stream()
                .filter(m -> m.step().equals("thank-you") && m.state() == state).toList();
    }
}
