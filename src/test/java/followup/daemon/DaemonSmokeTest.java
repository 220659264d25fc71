package followup.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import followup.plan.State;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class DaemonSmokeTest {
    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @TempDir
    Path root;

    /** The harness of every test here, on an H2 file; the OnPostgres subclass runs them on PostgreSQL. */
    DaemonHarness harness() {
        return new DaemonHarness(root, greenMail);
    }

    @Test
    void sends_one_thank_you_per_interviewer_over_smtp() throws Exception {
        try (DaemonHarness h = harness()) {
            h.record("acme", DaemonHarness.interview(Duration.ZERO, DaemonHarness.JANE + "\n" + DaemonHarness.RAJ,
                    ""));
            h.start();
            h.awaitState("acme/thank-you/jane@acme.example", State.SENT);
            h.awaitState("acme/thank-you/raj@acme.example", State.SENT);
            assertEquals(1, h.inbox("jane@acme.example").size());
            assertEquals(1, h.inbox("raj@acme.example").size());
        }
    }
}
