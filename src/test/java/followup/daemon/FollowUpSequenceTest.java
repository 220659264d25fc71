package followup.daemon;

import static followup.daemon.DaemonHarness.JANE;
import static followup.daemon.DaemonHarness.SENDER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import followup.plan.State;
import followup.store.StoredMessage;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The follow-up, the second follow-up threaded under it, the call reminder to self, and then silence. */
class FollowUpSequenceTest {
    private static final String THANK_YOU = "acme/thank-you/jane@acme.example";
    private static final String FOLLOW_UP = "acme/follow-up/jane@acme.example";
    private static final String SECOND = "acme/second-follow-up/jane@acme.example";
    private static final String CALL = "acme/call-reminder/self";
    private static final Duration SECOND_AFTER = Duration.ofSeconds(4);
    private static final Duration CALL_AFTER = Duration.ofSeconds(1);

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @TempDir
    Path root;

    @RegisterExtension
    final FaultySmtpServer smtp = FaultySmtpServer.perTest(greenMail);

    /**
     * The follow-up is refused twice with 451 (retry after 1s, then 2s), so it goes out about 3s after its planned
     * instant: the second follow-up's delay must count from then, not from the plan.
     */
    @Test
    void second_follow_up_threads_under_the_follow_up_after_it_actually_went_out_then_self_gets_the_call_reminder()
            throws Exception {
        smtp.answerMessages("Subject: Following up", "451 4.7.1 Greylisted, try again", "451 4.7.1 Greylisted",
                "250 2.0.0 Ok: queued");
        try (DaemonHarness h = new DaemonHarness(root, greenMail)) {
            h.via(smtp);
            h.policyPlus("""
                    follow-up { after = 3s }
                    second-follow-up { after = %ds }
                    call-reminder { after = %ds }
                    """.formatted(SECOND_AFTER.toSeconds(), CALL_AFTER.toSeconds()));
            h.record("acme", DaemonHarness.interview(Duration.ZERO, JANE, ""));
            h.start();

            StoredMessage call = h.awaitState(CALL, State.SENT);
            StoredMessage followUp = h.message(FOLLOW_UP).orElseThrow();
            StoredMessage second = h.message(SECOND).orElseThrow();
            assertEquals(State.SENT, followUp.state());
            assertEquals(State.SENT, second.state());

            MimeMessage followUpMail = h.delivered("jane@acme.example", followUp.messageId());
            MimeMessage secondMail = h.delivered("jane@acme.example", second.messageId());
            assertEquals(followUp.messageId(), secondMail.getHeader("In-Reply-To", null));
            assertEquals(followUp.messageId(), secondMail.getHeader("References", null));
            assertEquals("Re: " + followUpMail.getSubject(), secondMail.getSubject());

            assertEquals(3, followUp.attempts());
            assertEquals(3, smtp.attemptsContaining("Message-ID: " + followUp.messageId()));
            assertTrue(followUp.sentAt().isAfter(followUp.due().plusSeconds(2)), "the follow-up was due at "
                    + followUp.due() + " and went out at " + followUp.sentAt());
            Duration gap = Duration.between(followUp.sentAt(), second.sentAt());
            assertTrue(gap.compareTo(SECOND_AFTER) >= 0, "second follow-up went out " + gap + " after the"
                    + " follow-up, less than second-follow-up.after = " + SECOND_AFTER);
            Duration callGap = Duration.between(second.sentAt(), call.sentAt());
            assertTrue(callGap.compareTo(CALL_AFTER) >= 0, "call reminder went out " + callGap + " after the"
                    + " second follow-up, less than call-reminder.after = " + CALL_AFTER);

            MimeMessage callMail = h.delivered(SENDER, call.messageId());
            assertEquals(SENDER, ((InternetAddress) callMail.getRecipients(Message.RecipientType.TO)[0])
                    .getAddress());
            String body = callMail.getContent().toString();
            assertTrue(body.contains("Jane Doe"), body);
            assertTrue(body.contains("+1 555 0199"), body);

            assertEquals(List.of(h.message(THANK_YOU).orElseThrow().messageId(), followUp.messageId(),
                    second.messageId()), h.messageIds("jane@acme.example"));
            assertNothingMoreIsSent(h);
        }
    }

    /** Every message has ended, and a few more polls later nothing else went out. */
    private static void assertNothingMoreIsSent(DaemonHarness h) {
        Map<String, State> before = states(h);
        assertTrue(before.values().stream().allMatch(State::isFinal), "unfinished messages: " + before);
        // the daemon tells its listener of a send just after the store has it: wait for every one the store has
        long sentInStore = before.values().stream().filter(s -> s == State.SENT).count();
        h.awaitTrue("the listener told of all " + sentInStore + " sends", () -> h.sent().size() >= sentInStore);
        int sent = h.sent().size();
        List<String> jane = h.messageIds("jane@acme.example");
        List<String> self = h.messageIds(SENDER);

        h.awaitPolls(2);

        assertEquals(before, states(h));
        assertEquals(sent, h.sent().size());
        assertEquals(jane, h.messageIds("jane@acme.example"));
        assertEquals(self, h.messageIds(SENDER));
        assertNotNull(h.daemon());
    }

    private static Map<String, State> states(DaemonHarness h) {
        return h.store().all().stream().collect(Collectors.toMap(StoredMessage::key, StoredMessage::state));
    }
}
