package followup.daemon;

import static followup.daemon.DaemonHarness.JANE;
import static followup.daemon.DaemonHarness.SENDER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.spi.ILoggingEvent;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import followup.plan.State;
import followup.store.StoredMessage;
import followup.testing.QuietLog;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The servers refuse the password in {@code password-file} (the user changed it at the provider, or typed it
 * wrong): the thank-you waits, unsent, for a reply check the mailbox refuses. The user writes the right password into
 * the file, and the daemon, which reads the file again after a refused sign-in, checks the mailbox and sends the
 * thank-you, without a restart.
 */
class PasswordFileFixedTest {
    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    /** The refused sign-in's warnings, asserted here and kept off the test console. */
    @RegisterExtension
    final QuietLog log = QuietLog.of(Mailbox.class, Settlements.class);

    @TempDir
    Path root;

    @Test
    void a_password_fixed_in_its_file_while_the_daemon_runs_is_used_from_the_next_sign_in_on() throws Exception {
        Path file = LiveConfig.secretFile(root.resolve("password"), "the password before the change");
        try (DaemonHarness h = new DaemonHarness(root, greenMail).policyPlus("debrief { enabled = false }")) {
            h.record("acme", DaemonHarness.interview(Duration.ofMinutes(1), JANE, ""));
            h.start();
            h.awaitPolls(2);
            StoredMessage waiting = h.message("acme/thank-you/jane@acme.example").orElseThrow();
            assertEquals(State.PLANNED, waiting.state(), "sent without a reply check: " + waiting);
            assertTrue(waiting.due().isBefore(java.time.Instant.now()), "not due yet: " + waiting);
            assertTrue(h.inbox("jane@acme.example").isEmpty());

            LiveConfig.secretFile(file, DaemonHarness.PASSWORD);

            StoredMessage sent = h.awaitState("acme/thank-you/jane@acme.example", State.SENT);
            assertEquals(1, java.util.Collections.frequency(h.messageIds("jane@acme.example"), sent.messageId()),
                    h.messageIds("jane@acme.example").toString());
            assertTrue(h.inbox(SENDER).stream().noneMatch(m -> {
                try {
                    return String.valueOf(m.getSubject()).contains("could not");
                } catch (jakarta.mail.MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }), "a notice of a failure went out");
        }
        List<String> mailbox = log.events().stream().filter(e -> e.getLoggerName().equals(Mailbox.class.getName()))
                .map(ILoggingEvent::getFormattedMessage).toList();
        assertEquals(2, mailbox.size(), "unreachable once, then reachable again: " + mailbox);
        assertTrue(mailbox.get(0).startsWith("Mailbox unreachable") && mailbox.get(0).contains("refused the login of"
                + " alex@example.com"), mailbox.get(0));
        assertEquals("Mailbox reachable again", mailbox.get(1));
        assertTrue(log.warnings().stream().anyMatch(w -> w.startsWith("Not sending acme/thank-you/jane@acme.example"
                + " yet: reply check unavailable")), log.toString());
        for (String w : log.messages()) {
            assertFalse(w.contains("the password before the change") || w.contains(DaemonHarness.PASSWORD), w);
        }
    }
}
