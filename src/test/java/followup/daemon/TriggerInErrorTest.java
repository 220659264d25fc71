package followup.daemon;

import static followup.daemon.DaemonHarness.JANE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import followup.plan.State;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quartz sets a trigger aside in its ERROR state when it cannot read the trigger's job as it fires (a database
 * lost in the middle of it, a damaged row), and never fires it again: the message would have waited, with nothing
 * said, until the daemon's next start.
 */
class TriggerInErrorTest {
    private static final String THANK_YOU = "acme/thank-you/jane@acme.example";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @TempDir
    Path root;

    @Test
    void a_send_trigger_the_scheduler_set_aside_after_an_error_fires_again() throws Exception {
        try (Listened log = Listened.to(Daemon.class);
             DaemonHarness h = new DaemonHarness(root, greenMail).policyPlus("""
                thank-you { after = 20s }
                follow-up { after = 7d }
                """)) {
            h.record("acme", DaemonHarness.interview(Duration.ZERO, JANE, ""));
            h.start();
            Instant due = h.message(THANK_YOU).orElseThrow().due();
            try (Connection c = h.database().connection();
                 PreparedStatement ps = c.prepareStatement("UPDATE qrtz_triggers SET trigger_state = 'ERROR'"
                         + " WHERE trigger_name = ? AND trigger_state = 'WAITING'")) {
                ps.setString(1, THANK_YOU);
                assertEquals(1, ps.executeUpdate(), "the thank-you's trigger, waiting");
            }
            assertTrue(Instant.now().isBefore(due), "the machine was too slow: the thank-you fell due already");

            // looked after every 30 s; then the scheduler's own look at its store, at most 30 s more
            h.awaitTrue("the thank-you to go out", () -> h.message(THANK_YOU).orElseThrow().state() == State.SENT,
                    Duration.ofSeconds(90));
            h.delivered("jane@acme.example", h.message(THANK_YOU).orElseThrow().messageId());
            assertTrue(log.events().stream().anyMatch(e -> e.getFormattedMessage().equals("The scheduler had set "
                    + THANK_YOU + " aside after an error (it never fires again so); it is set to fire again")),
                    log.events().toString());
        }
    }
}
