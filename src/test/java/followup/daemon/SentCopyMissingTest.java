package followup.daemon;

import static followup.daemon.DaemonHarness.JANE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import followup.plan.State;
import followup.store.StoredMessage;
import followup.testing.QuietLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A message that went out but whose copy could not be filed in the sent folder (here the IMAP server cannot be
 * reached) stays sent, and {@code status} says which message has no copy and what to set.
 */
class SentCopyMissingTest {
    private static final String DEBRIEF = "acme/debrief/self";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @TempDir
    Path root;

    /** The warnings of the unreachable mailbox provoked here, asserted and kept off the test console. */
    @RegisterExtension
    final QuietLog log = QuietLog.of(Mailbox.class, Settlements.class);

    @Test
    void a_copy_that_cannot_be_filed_is_named_in_status_with_what_to_set() throws Exception {
        // the mailbox cannot be reached: nothing goes to the company, but the debrief to the user goes out, and its
        // copy cannot be filed
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        DaemonHarness harness = new DaemonHarness(root, greenMail);
        try (DaemonHarness h = harness.ports(greenMail.getSmtp().getPort(), closed)
                .mail("imap { connect-timeout = 2s, timeout = 2s }")) {
            h.record("acme", DaemonHarness.interview(Duration.ZERO, JANE, ""));
            h.start();
            StoredMessage sent = h.awaitState(DEBRIEF, State.SENT);
            assertEquals(List.of(sent.messageId()), h.messageIds(DaemonHarness.SENDER));

            h.awaitTrue("the missing copy to be among the events", () -> status(h).contains("no-sent-copy"));
            String status = status(h);
            assertTrue(status.contains(DEBRIEF + ": sent, but no copy is in the sent folder"), status);
            assertTrue(status.contains("followup.mail.imap.sent-folder"), status);
            assertEquals(State.SENT, h.message(DEBRIEF).orElseThrow().state());
        }
        // the log says it too: the copy not filed, with what to set; besides, only the mailbox down and the
        // thank-you put off
        List<String> warnings = log.warnings();
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith(DEBRIEF + ": sent, but no copy is in the sent folder:")
                && w.contains("followup.mail.imap.sent-folder")), warnings.toString());
        assertTrue(warnings.stream().allMatch(w -> w.startsWith(DEBRIEF + ": sent, but no copy")
                || w.startsWith("Mailbox unreachable") || w.startsWith("Not sending acme/thank-you/jane@acme.example"
                + " yet: reply check unavailable: ")), warnings.toString());
        assertEquals(List.of(), log.errors());
    }

    private static String status(DaemonHarness h) {
        try {
            return h.cli("status").out();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
