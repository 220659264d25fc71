package followup.daemon;

import static followup.daemon.DaemonHarness.JANE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import followup.plan.State;
import followup.store.StoredMessage;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Answers to what followup sent the user, not the company: the friend of {@code sender.debrief-with} answering the
 * debrief, someone the user forwarded a reminder to answering it. They reference one of our Message-IDs, but the
 * company did not write: nothing is held and no notice says it answered.
 */
class AnswersToOurselvesTest {
    private static final String FRIEND = "sam@friends.example";
    private static final String FOLLOW_UP = "acme/follow-up/jane@acme.example";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @TempDir
    Path root;

    @Test
    void the_friends_answer_to_the_debrief_holds_nothing() throws Exception {
        try (DaemonHarness h = new DaemonHarness(root, greenMail).policyPlus("""
                debrief { after = 1s }
                follow-up { after = 20s }
                """).settingsPlus("followup.sender.debrief-with = \"" + FRIEND + "\"")) {
            h.record("acme", DaemonHarness.interview(Duration.ZERO, JANE, ""));
            h.start();
            StoredMessage debrief = h.awaitState("acme/debrief/self", State.SENT);

            IncomingMail.from(FRIEND, "Re: Debrief: Acme Corp").inReplyTo(debrief.messageId())
                    .references(debrief.messageId()).deliverTo(h);
            h.awaitPolls(2);

            assertFollowUpSent(h);
        }
    }

    @Test
    void an_answer_to_a_forwarded_reminder_holds_nothing() throws Exception {
        try (DaemonHarness h = new DaemonHarness(root, greenMail).policyPlus("""
                promise-reminder { after = 1s }
                follow-up { after = 20s }
                """)) {
            h.record("acme", DaemonHarness.interview(Duration.ZERO, JANE,
                    "promised-by-me = [\"two writing samples\"]"));
            h.start();
            StoredMessage reminder = h.awaitState("acme/promise-reminder/self", State.SENT);

            IncomingMail.from("pat@family.example", "Re: Fwd: Promised to Acme Corp")
                    .references("<fwd.1@family.example>", reminder.messageId()).deliverTo(h);
            h.awaitPolls(2);

            assertFollowUpSent(h);
        }
    }

    private static void assertFollowUpSent(DaemonHarness h) {
        h.awaitTrue("the follow-up sent or held", () -> h.message(FOLLOW_UP)
                .filter(m -> m.state() == State.SENT || m.state() == State.HELD).isPresent());
        StoredMessage followUp = h.message(FOLLOW_UP).orElseThrow();
        assertEquals(State.SENT, followUp.state(), followUp.reason());
        assertTrue(h.message("acme/notice/reply").isEmpty(), "a notice that the company answered");
    }
}
