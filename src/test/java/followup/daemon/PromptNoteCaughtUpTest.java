package followup.daemon;

import static followup.daemon.DaemonHarness.JANE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import followup.plan.State;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Friday afternoon interview's prompt thank-you (17:00; Monday's opening is past the 48-hour bound) whose daemon
 * was not running at 17:00, the laptop closed on the way home: started again at 17:40 that evening, it sends it.
 */
class PromptNoteCaughtUpTest {
    private static final String THANK_YOU = "acme/thank-you/jane@acme.example";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @TempDir
    Path root;

    @Test
    void the_prompt_friday_note_goes_out_when_the_daemon_starts_later_that_evening() throws Exception {
        Instant fridayEvening = LocalDateTime.parse("2026-11-20T17:40").atZone(DaemonHarness.ZONE).toInstant();
        Clock clock = Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), fridayEvening));
        try (DaemonHarness h = new DaemonHarness(root, greenMail).clock(clock).policy("""
                thank-you { after = 3h, latest = 48h }
                send-window { enabled = true }
                self-window { enabled = false }
                """)) {
            h.record("acme", DaemonHarness.interviewAt(LocalDateTime.parse("2026-11-20T14:00"), JANE, ""));
            h.start();

            h.awaitState(THANK_YOU, State.SENT);
            assertEquals(1, h.inbox("jane@acme.example").size());
        }
    }
}
