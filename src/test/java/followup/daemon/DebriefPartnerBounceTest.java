package followup.daemon;

import static followup.daemon.DaemonHarness.JANE;
import static followup.daemon.DaemonHarness.SENDER;
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
 * The debrief goes to the user and, in copy, to the friend of {@code sender.debrief-with}. A bounce for the friend's
 * address (a typo in the config) is about the copy: the user got the debrief, so it is not bounced, and the user's
 * own address is not the one that bounced: the reminders to the user go on. The user is told once to fix
 * {@code debrief-with}.
 */
class DebriefPartnerBounceTest {
    private static final String FRIEND = "sam@frend.example";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @RegisterExtension
    final FaultySmtpServer smtp = FaultySmtpServer.perTest(greenMail);

    @TempDir
    Path root;

    @Test
    void a_bounce_of_the_debrief_copy_to_the_friend_leaves_the_debrief_sent_and_the_reminders_to_the_user_going()
            throws Exception {
        try (DaemonHarness h = new DaemonHarness(root, greenMail).policyPlus("""
                debrief { after = 1s }
                promise-reminder { after = 12s }
                handwritten-note { after = 60s }
                thank-you { after = 60s }
                """).settingsPlus("followup.sender.debrief-with = \"" + FRIEND + "\"")) {
            h.record("acme", DaemonHarness.interview(Duration.ZERO, JANE,
                    "promised-by-me = [\"two writing samples\"]"));
            h.start();
            StoredMessage debrief = h.awaitState("acme/debrief/self", State.SENT);
            assertEquals(1, h.messageIds(FRIEND).size(), "the friend's copy");

            IncomingMail.deliveryFailure(debrief.messageId(), FRIEND).deliverTo(h);

            StoredMessage notice = h.awaitState("acme/notice/bounce:" + FRIEND, State.SENT);
            String text = (String) h.delivered(SENDER, notice.messageId()).getContent();
            assertTrue(text.contains(FRIEND) && text.contains("debrief-with"), text);
            assertEquals(State.SENT, h.message("acme/debrief/self").orElseThrow().state(),
                    "the debrief reached the user; only the friend's copy bounced");
            StoredMessage reminder = h.awaitState("acme/promise-reminder/self", State.SENT);
            assertEquals(SENDER, reminder.recipient());
            assertTrue(h.message("acme/notice/bounce:" + SENDER).isEmpty(), "told the user's own address bounced");

            // the next debrief goes to the user alone: the friend's address bounced
            h.record("globex", DaemonHarness.interview(Duration.ZERO, JANE.replace("acme", "globex"),
                    "company = \"Globex\""));
            StoredMessage next = h.awaitState("globex/debrief/self", State.SENT);
            assertEquals(1, h.messageIds(FRIEND).size(), "a copy went to the address that bounced");
            assertTrue(h.delivered(SENDER, next.messageId()).getHeader("Cc") == null, "a Cc header");
        }
    }

    @Test
    void a_friend_refused_at_rcpt_still_lets_the_debrief_reach_the_user_and_is_left_out_afterwards() throws Exception {
        smtp.refuseRecipient(FRIEND, "550 5.1.1 <" + FRIEND + ">: Recipient address rejected: User unknown in"
                + " local recipient table");
        try (DaemonHarness h = new DaemonHarness(root, greenMail).via(smtp).policyPlus("""
                debrief { after = 1s }
                handwritten-note { after = 60s }
                thank-you { after = 60s }
                """).settingsPlus("followup.sender.debrief-with = \"" + FRIEND + "\"")) {
            h.record("acme", DaemonHarness.interview(Duration.ZERO, JANE, ""));
            h.start();

            StoredMessage debrief = h.awaitState("acme/debrief/self", State.SENT);
            assertTrue(h.delivered(SENDER, debrief.messageId()) != null, "the user got the debrief");
            assertTrue(h.messageIds(FRIEND).isEmpty(), "the friend's server address was refused");
            StoredMessage notice = h.awaitState("acme/notice/bounce:" + FRIEND, State.SENT);
            String text = (String) h.delivered(SENDER, notice.messageId()).getContent();
            assertTrue(text.contains("refused by your mail server") && text.contains("User unknown")
                    && text.contains("debrief-with") && text.contains("You got it yourself"), text);
            assertEquals(1, smtp.attempts().stream().filter(a -> a.data().contains(debrief.messageId())).count(),
                    "the debrief was sent once, not tried again");

            h.record("globex", DaemonHarness.interview(Duration.ZERO, JANE.replace("acme", "globex"),
                    "company = \"Globex\""));
            StoredMessage next = h.awaitState("globex/debrief/self", State.SENT);
            assertTrue(h.delivered(SENDER, next.messageId()).getHeader("Cc") == null,
                    "the next debrief still named the refused friend");
        }
    }
}
