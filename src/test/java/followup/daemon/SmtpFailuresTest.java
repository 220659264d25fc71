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
import followup.testing.QuietLog;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** What the daemon does with the SMTP server's temporary (4xx) and permanent (5xx) refusals. */
class SmtpFailuresTest {
    private static final String THANK_YOU = "acme/thank-you/jane@acme.example";
    private static final String REJECTED = "550 5.1.1 <jane@acme.example>: Recipient address rejected: User unknown";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @TempDir
    Path root;

    @RegisterExtension
    final FaultySmtpServer smtp = FaultySmtpServer.perTest(greenMail);

    /** The refusals' warnings and errors, asserted by each test and kept off the test console. */
    @RegisterExtension
    final QuietLog log = QuietLog.of(Settlements.class);

    private static final String RETRY_451 = "Temporary failure sending " + THANK_YOU + ": 451 4.3.0 Try again later;"
            + " retrying at ";

    /** What the settlements said, warnings and errors, each starting with the given text, in order; no password. */
    private void said(String... starts) {
        List<String> lines = log.messages();
        assertEquals(starts.length, lines.size(), lines.toString());
        for (int i = 0; i < starts.length; i++) {
            assertTrue(lines.get(i).startsWith(starts[i]), lines.get(i));
            assertFalse(lines.get(i).contains(DaemonHarness.PASSWORD), lines.get(i));
        }
    }

    private DaemonHarness harness() {
        return new DaemonHarness(root, greenMail).via(smtp)
                .policyPlus("follow-up { after = 60s }");
    }

    @Test
    void a_message_refused_with_451_then_accepted_with_250_is_delivered_exactly_once() throws Exception {
        smtp.answer("jane@acme.example", "451 4.3.0 Try again later", "250 2.0.0 Ok: queued as A1");
        try (DaemonHarness h = harness()) {
            h.record("acme", DaemonHarness.interview(Duration.ZERO, JANE, ""));
            h.start();

            StoredMessage sent = h.awaitState(THANK_YOU, State.SENT);
            h.awaitPolls(1);

            assertEquals(2, sent.attempts());
            assertEquals(2, smtp.attemptsTo("jane@acme.example"));
            assertEquals(List.of(sent.messageId()), h.messageIds("jane@acme.example"));
            assertEquals("250 2.0.0 Ok: queued as A1", h.message(THANK_YOU).orElseThrow().lastReply());
        }
        said(RETRY_451);
    }

    @Test
    void a_message_waiting_to_be_tried_again_says_when_in_the_senders_zone_and_why() throws Exception {
        smtp.answer("jane@acme.example", "451 4.3.0 Try again later", "250 2.0.0 Ok: queued as A2");
        try (DaemonHarness h = new DaemonHarness(root, greenMail).via(smtp).policyPlus("follow-up { after = 1d }")
                .mail("retry { first = 1h, max = 2h }")) {
            h.record("acme", DaemonHarness.interview(Duration.ZERO, JANE, ""));
            h.start();

            h.awaitTrue("the thank-you to wait for its retry", () -> h.message(THANK_YOU)
                    .filter(m -> m.state() == State.PLANNED && m.attempts() == 1).isPresent());
            StoredMessage waiting = h.message(THANK_YOU).orElseThrow();
            // plan shows this reason beside times in the sender's zone: the retry's time is written the same way
            assertEquals("retrying at " + Settlements.RETRY_AT.format(waiting.retryAt().atZone(DaemonHarness.ZONE))
                    + " after: 451 4.3.0 Try again later", waiting.reason());
            assertTrue(waiting.reason().matches("retrying at \\w{3} \\d{1,2} \\w{3} \\d{4} \\d\\d:\\d\\d:\\d\\d \\S+ after: .*"),
                    waiting.reason());
        }
        said(RETRY_451);
    }

    @Test
    void a_retry_whose_back_off_would_pass_the_latest_moment_is_made_once_more_just_before_it() throws Exception {
        // the thank-you's latest moment is 120 s after the interview, which was 100 s ago: 20 s are left. Tries at
        // about 0, 4 and 12 s are refused; the next back-off (16 s) would pass the latest moment, so the last try
        // comes at its first wait (4 s) before it, instead of the message being given up with 8 s still left.
        smtp.answer("jane@acme.example", "451 4.3.0 Try again later", "451 4.3.0 Try again later",
                "451 4.3.0 Try again later", "250 2.0.0 Ok: queued as A4");
        try (DaemonHarness h = new DaemonHarness(root, greenMail).via(smtp).policyPlus("follow-up { after = 1h }")
                .mail("retry { first = 4s, max = 60s }")) {
            h.record("acme", DaemonHarness.interview(Duration.ofSeconds(100), JANE, ""));
            h.start();

            StoredMessage sent = h.awaitState(THANK_YOU, State.SENT);
            assertEquals(4, sent.attempts());
            assertTrue(sent.sentAt().isBefore(sent.latest()), sent.toString());
            assertEquals(4, smtp.attemptsTo("jane@acme.example"));
            assertEquals(List.of(sent.messageId()), h.messageIds("jane@acme.example"));
        }
        said(RETRY_451, RETRY_451, RETRY_451);
    }

    @Test
    void messages_a_refused_login_failed_go_out_at_the_next_start_once_it_is_fixed_and_no_notice_is_attempted()
            throws Exception {
        smtp.refuseLogins("535 5.7.8 Authentication credentials invalid");
        try (DaemonHarness h = harness()) {
            h.record("acme", DaemonHarness.interview(Duration.ZERO, JANE, ""));
            h.start();
            StoredMessage failed = h.awaitState(THANK_YOU, State.FAILED);
            assertTrue(failed.reason().contains("refused the login of"), failed.reason());
            assertTrue(failed.reason().contains("at the next start of followup, or with `followup resume ID`"),
                    failed.reason());
            h.awaitPolls(1);
            assertEquals(List.of(), h.store().all().stream().filter(StoredMessage::isNotice).toList(),
                    "a notice would meet the same refused login");
            assertEquals(List.of(), h.inbox("jane@acme.example"));
            h.stop();

            smtp.refuseLogins(null);                      // the password was fixed
            h.start();
            StoredMessage sent = h.awaitState(THANK_YOU, State.SENT);
            assertEquals(1, sent.attempts());
            assertEquals(List.of(sent.messageId()), h.messageIds("jane@acme.example"));
        }
        assertEquals(2, log.errors().size(), "the thank-you's and the debrief's: " + log);
        for (String e : log.errors()) {
            assertTrue(e.startsWith("Failed acme/") && e.contains(" refused the login of alex@example.com: 535 5.7.8"
                    + " Authentication credentials invalid"), e);
        }
        said("Failed acme/", "Failed acme/");
    }

    @Test
    void resume_sends_again_what_the_server_refused_while_its_time_lasts() throws Exception {
        smtp.answer("jane@acme.example", REJECTED, "250 2.0.0 Ok: queued as R2");
        try (DaemonHarness h = harness()) {
            h.record("acme", DaemonHarness.interview(Duration.ZERO, JANE, ""));
            h.start();
            h.awaitState(THANK_YOU, State.FAILED);

            DaemonHarness.CliResult resume = h.cli("resume", "acme");
            assertEquals(0, resume.code(), resume.toString());
            assertTrue(resume.out().contains("1 message planned again"), resume.toString());
            StoredMessage sent = h.awaitState(THANK_YOU, State.SENT);
            assertEquals(List.of(sent.messageId()), h.messageIds("jane@acme.example"));
        }
        said("Failed " + THANK_YOU + ": refused by the server: " + REJECTED);
    }

    @Test
    void a_message_refused_with_550_fails_at_once_keeps_the_reply_and_tells_the_user() throws Exception {
        smtp.answer("jane@acme.example", REJECTED);
        try (DaemonHarness h = harness()) {
            h.record("acme", DaemonHarness.interview(Duration.ZERO, JANE, ""));
            h.start();

            StoredMessage failed = h.awaitState(THANK_YOU, State.FAILED);
            assertEquals(REJECTED, failed.lastReply());
            assertTrue(failed.reason().contains(REJECTED), failed.reason());
            StoredMessage notice = h.awaitState("acme/notice/failed:" + THANK_YOU, State.SENT);
            assertEquals(SENDER, notice.recipient());
            assertTrue(h.delivered(SENDER, notice.messageId()).getContent().toString().contains(REJECTED));
            h.awaitPolls(1);

            assertEquals(1, h.message(THANK_YOU).orElseThrow().attempts());
            assertEquals(1, smtp.attemptsTo("jane@acme.example"));
            assertEquals(List.of(), h.inbox("jane@acme.example"));
            DaemonHarness.CliResult status = h.cli("status");
            assertEquals(0, status.code(), status.toString());
            assertTrue(status.out().contains(REJECTED), status.toString());
        }
        said("Failed " + THANK_YOU + ": refused by the server: " + REJECTED);
    }
}
