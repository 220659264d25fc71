package followup.daemon;

import static followup.daemon.DaemonHarness.JANE;
import static followup.daemon.DaemonHarness.RAJ;
import static followup.daemon.DaemonHarness.SENDER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import followup.plan.State;
import followup.reliability.Figures;
import followup.store.StoredMessage;
import followup.testing.QuietLog;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live uncertain case: the server accepts the thank-you (it reaches Jane) but the connection drops right after
 * the end of the data, before its 250 reaches the daemon. The daemon cannot tell this from a message that was lost,
 * so it looks the Message-ID up in the IMAP sent folder and then follows {@code policy.on-uncertain}.
 */
class SmtpDroppedAfterDataTest {
    static final Figures.Tally TALLY = new Figures.Tally("SMTP connection dropped after DATA (uncertain)",
            SmtpDroppedAfterDataTest.class);
    /** With {@code resend} the recipient gets the accepted copy and the resent one: counted apart, as designed. */
    static final Figures.Tally RESEND = new Figures.Tally("SMTP connection dropped after DATA, on-uncertain = resend"
            + " (second copy by design)", SmtpDroppedAfterDataTest.class);
    private static final String THANK_YOU = "acme/thank-you/jane@acme.example";
    private static final String NOTICE = "acme/notice/uncertain:" + THANK_YOU;
    private static final String LATER = "follow-up { after = 10m }\ndebrief { after = 10m }\n";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @TempDir
    Path root;

    /** The warnings about the uncertain sends provoked here, asserted and kept off the test console. */
    @RegisterExtension
    final QuietLog log = QuietLog.of(Mailbox.class);

    @RegisterExtension
    final FaultySmtpServer smtp = FaultySmtpServer.perTest(greenMail).dropAfterAccepting("To: Jane Doe <jane@acme.example>");

    @AfterAll
    static void record() {
        TALLY.record();
        RESEND.record();
    }

    private DaemonHarness harness(String policy) {
        return new DaemonHarness(root, greenMail).via(smtp)
                .policyPlus(LATER + policy);
    }

    /**
     * After one uncertain send the next message would most likely end uncertain too (the same server, the same
     * fault): it waits until the server answers a message again or a pause is over, instead of becoming a second
     * message the job seeker must check by hand.
     */
    @Test
    void after_an_uncertain_send_the_next_message_to_a_company_waits_and_goes_once_the_server_answers_again()
            throws Exception {
        smtp.dropAfterAcceptingEvery("Message-ID:");
        try (DaemonHarness h = harness("").mail("retry { first = 4s, max = 1m }")) {
            h.record("acme", DaemonHarness.interview(Duration.ZERO, JANE + "\n" + RAJ, ""));
            h.start();

            String raj = "acme/thank-you/raj@acme.example";
            h.awaitTrue("one thank-you uncertain and the other waiting", () -> {
                List<StoredMessage> both = List.of(h.message(THANK_YOU).orElseThrow(), h.message(raj).orElseThrow());
                return both.stream().filter(m -> m.state() == State.FAILED).count() == 1
                        && both.stream().anyMatch(m -> m.state() == State.PLANNED && m.reason() != null
                        && m.reason().startsWith("waiting: the server's answer to the last message never came"));
            });
            StoredMessage uncertain = h.message(THANK_YOU).orElseThrow().state() == State.FAILED
                    ? h.message(THANK_YOU).orElseThrow() : h.message(raj).orElseThrow();
            String other = uncertain.key().equals(THANK_YOU) ? raj : THANK_YOU;
            assertTrue(uncertain.reason().startsWith("uncertain: "), uncertain.reason());
            long triedBefore = smtp.attemptsContaining("To: ");

            smtp.stopDropping();
            StoredMessage sent = h.awaitState(other, State.SENT);
            assertEquals(1, smtp.attemptsContaining("Message-ID: " + sent.messageId()),
                    "the waiting message was tried while the server still dropped it, or twice");
            assertEquals(State.FAILED, h.message(uncertain.key()).orElseThrow().state());
            assertTrue(triedBefore >= 1, "nothing went to the server");
            // the uncertain thank-you, then (its notice going through the same server) perhaps its notice
            List<String> warnings = log.warnings();
            assertTrue(!warnings.isEmpty() && warnings.get(0).startsWith("Uncertain " + uncertain.key()
                    + ": uncertain: SMTP 127.0.0.1:" + smtp.port() + ": the connection failed after the message data"
                    + " was sent"), warnings.toString());
            assertTrue(warnings.stream().skip(1).allMatch(w -> w.startsWith("Uncertain acme/notice/uncertain:")),
                    warnings.toString());
        }
    }

    @Test
    void by_default_the_accepted_but_unanswered_message_is_failed_as_uncertain_with_a_notice_and_not_sent_again()
            throws Exception {
        try (DaemonHarness h = harness("")) {
            h.record("acme", DaemonHarness.interview(Duration.ZERO, JANE, ""));
            h.start();

            StoredMessage failed = h.awaitState(THANK_YOU, State.FAILED);
            StoredMessage notice = h.awaitState(NOTICE, State.SENT);
            boolean polling = FaultCounts.keepsPolling(h) && FaultCounts.keepsPolling(h);
            FaultCounts.count(TALLY, h, List.of(failed, notice));
            TALLY.crashes(polling ? 0 : 1);

            assertTrue(polling, "the daemon stopped polling");
            assertTrue(failed.reason().startsWith("uncertain: SMTP 127.0.0.1:" + smtp.port() + ": the connection"
                    + " failed after the message data was sent"), failed.reason());
            assertTrue(failed.reason().endsWith("not found in the sent folder"), failed.reason());
            assertEquals(List.of(failed.messageId()), h.messageIds("jane@acme.example"), "the accepted copy, once");
            assertEquals(1, smtp.attemptsContaining("Message-ID: " + failed.messageId()));
            assertEquals(1, h.message(THANK_YOU).orElseThrow().attempts());
            assertEquals(State.FAILED, h.message(THANK_YOU).orElseThrow().state());
            String body = h.delivered(SENDER, notice.messageId()).getContent().toString();
            assertTrue(body.contains(failed.messageId()) && body.contains("not sent again"), body);
            assertTrue(h.sent().stream().noneMatch(m -> m.key().equals(THANK_YOU)), "reported as sent: " + h.sent());
            List<String> warnings = log.warnings();
            assertEquals(1, warnings.size(), warnings.toString());
            assertTrue(warnings.get(0).startsWith("Uncertain " + THANK_YOU + ": uncertain: SMTP 127.0.0.1:"
                    + smtp.port() + ": the connection failed after the message data was sent"), warnings.get(0));
        }
    }

    /**
     * What {@code resend} costs: the server had accepted the first copy, the sent folder does not have it (the
     * daemon saves its copy only after a 250), so the message goes out again and Jane has it twice, with one
     * Message-ID. This is why {@code hold} is the default.
     */
    @Test
    void with_resend_the_message_is_sent_again_and_the_recipient_gets_the_accepted_copy_and_the_resent_one()
            throws Exception {
        try (DaemonHarness h = harness("on-uncertain = resend\n")) {
            h.record("acme", DaemonHarness.interview(Duration.ZERO, JANE, ""));
            h.start();

            StoredMessage sent = h.awaitState(THANK_YOU, State.SENT);
            boolean polling = FaultCounts.keepsPolling(h);
            FaultCounts.count(RESEND, h, List.of(sent));
            RESEND.crashes(polling ? 0 : 1);

            assertTrue(polling, "the daemon stopped polling");
            assertEquals(2, sent.attempts());
            assertEquals(Collections.nCopies(2, sent.messageId()), h.messageIds("jane@acme.example"));
            assertEquals(2, smtp.attemptsContaining("Message-ID: " + sent.messageId()));
            assertTrue(h.message(NOTICE).isEmpty(), "no notice: the message was resent");
        }
    }

    /**
     * A provider that files what it accepts in the sender's sent folder (as Gmail does; the daemon's own copy is
     * off): the look-up finds the message, so it is marked sent, with no notice and no second copy.
     */
    @Test
    void an_accepted_message_the_server_filed_in_the_sent_folder_is_marked_sent_without_a_resend() throws Exception {
        smtp.savesSentCopiesOf(SENDER);
        try (DaemonHarness h = harness("on-uncertain = resend\n").mail("imap { save-sent = false }")) {
            h.record("acme", DaemonHarness.interview(Duration.ZERO, JANE, ""));
            h.start();

            StoredMessage sent = h.awaitState(THANK_YOU, State.SENT);
            boolean polling = FaultCounts.keepsPolling(h) && FaultCounts.keepsPolling(h);
            FaultCounts.count(TALLY, h, List.of(sent));
            TALLY.crashes(polling ? 0 : 1);

            assertTrue(polling, "the daemon stopped polling");
            assertTrue(sent.lastReply().startsWith("found in the sent folder after: SMTP 127.0.0.1:"), sent.lastReply());
            assertEquals(1, sent.attempts());
            assertEquals(List.of(sent.messageId()), h.messageIds("jane@acme.example"));
            assertEquals(1, smtp.attemptsContaining("Message-ID: " + sent.messageId()));
            assertEquals(State.SENT, h.message(THANK_YOU).orElseThrow().state());
            assertTrue(h.message(NOTICE).isEmpty(), "no notice: the message is known to have gone out");
        }
    }
}
