package followup.daemon;

import static followup.daemon.DaemonHarness.JANE;
import static followup.daemon.DaemonHarness.RAJ;
import static followup.daemon.DaemonHarness.SENDER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import followup.plan.State;
import followup.reliability.Figures;
import followup.store.MailLog;
import followup.store.StoredMessage;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the daemon makes of mail in its INBOX that is not a reply (PRODUCT.md section 4): an auto-reply changes
 * nothing, a delivery failure report marks the message bounced and holds its address, and the daemon's own mail
 * (reminders and notices to self, a copy of our follow-up) never stops the sequence.
 */
class MailboxSignalsTest {
    static final Figures.Tally OWN_MAIL = new Figures.Tally("the daemon's own mail in the polled INBOX (reminders,"
            + " notices, copies of our follow-up)", MailboxSignalsTest.class);

    private static final String CONTACT = "jane@acme.example";
    private static final String THANK_YOU = "acme/thank-you/jane@acme.example";
    private static final String FOLLOW_UP = "acme/follow-up/jane@acme.example";
    private static final String SECOND = "acme/second-follow-up/jane@acme.example";
    private static final String CALL = "acme/call-reminder/self";
    private static final String REPLY_NOTICE = "acme/notice/reply";
    private static final String UNKNOWN_USER = "550 5.1.1 <jane@acme.example> User doesn't exist: jane@acme.example";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @TempDir
    Path root;

    @AfterAll
    static void recordFigures() {
        OWN_MAIL.record();
    }

    @Test
    void an_auto_reply_from_the_contact_to_the_thank_you_holds_nothing_and_shows_in_status() throws Exception {
        try (DaemonHarness h = new DaemonHarness(root, greenMail).policyPlus("""
                thank-you { after = 1s }
                follow-up { after = 4s }
                second-follow-up { after = 60s }
                """)) {
            h.record("acme", DaemonHarness.interview(Duration.ZERO, JANE, ""));
            h.start();
            String thankYou = h.awaitState(THANK_YOU, State.SENT).messageId();

            IncomingMail.from(CONTACT, "Re: Thank you for today's conversation").inReplyTo(thankYou)
                    .references(thankYou).header("Auto-Submitted", "auto-replied").deliverTo(h);
            h.awaitTrue("the auto-reply to be seen", () -> verdicts(h).contains("autoreply"));
            assertEquals(State.PLANNED, h.message(FOLLOW_UP).orElseThrow().state());

            StoredMessage followUp = h.awaitState(FOLLOW_UP, State.SENT);
            h.awaitPolls(1);

            assertEquals(List.of(thankYou, followUp.messageId()), h.messageIds(CONTACT));
            assertEquals(State.PLANNED, h.message(SECOND).orElseThrow().state());
            assertTrue(new MailLog(h.database()).replyTo("acme").isEmpty(), "an auto-reply was taken for a reply");
            assertTrue(h.message(REPLY_NOTICE).isEmpty(), "a reply notice was queued for an auto-reply");
            assertFalse(verdicts(h).contains("reply"), verdicts(h).toString());
            DaemonHarness.CliResult status = h.cli("status");
            assertEquals(0, status.code(), status.toString());
            assertTrue(status.out().contains("autoreply  " + CONTACT + ": Re: Thank you for today's conversation"
                    + " (Auto-Submitted: auto-replied)"), status.toString());
            // each time says its zone: a deployment's candidates may live in several
            assertTrue(java.util.regex.Pattern.compile("(?m)^  \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}"
                    + " [A-Z][A-Za-z+0-9:-]+  autoreply  ").matcher(status.out()).find(), status.toString());
        }
    }

    @Test
    void a_delivery_failure_report_marks_the_thank_you_bounced_and_holds_what_was_pending_for_that_address()
            throws Exception {
        try (DaemonHarness h = new DaemonHarness(root, greenMail).policyPlus("""
                thank-you { after = 1s }
                follow-up { after = 10s }
                second-follow-up { after = 1s }
                """)) {
            h.record("acme", DaemonHarness.interview(Duration.ZERO, JANE, ""));
            h.start();
            String thankYou = h.awaitState(THANK_YOU, State.SENT).messageId();

            // the follow-up is due 9 s later: the bounce has that long to be polled, also on a busy machine
            IncomingMail.deliveryFailure(thankYou, CONTACT).deliverTo(h);

            StoredMessage bounced = h.awaitState(THANK_YOU, State.BOUNCED);
            assertTrue(bounced.reason().contains(UNKNOWN_USER), bounced.reason());
            for (String key : List.of(FOLLOW_UP, SECOND)) {
                assertEquals("address bounced", h.awaitState(key, State.HELD).reason(), key);
            }
            assertEquals("waiting: the second-follow-up is held (address bounced)",
                    h.awaitState(CALL, State.HELD).reason(), "the call reminder after a bounced contact");
            Map<String, PlanOutput.Line> plan = PlanOutput.of(h, "acme");
            assertEquals("bounced", plan.get(THANK_YOU).state(), plan.toString());
            assertEquals(new PlanOutput.Line("held", "address bounced"), plan.get(FOLLOW_UP), plan.toString());
            assertEquals(new PlanOutput.Line("held", "address bounced"), plan.get(SECOND), plan.toString());

            StoredMessage notice = h.awaitState("acme/notice/bounce:" + CONTACT, State.SENT);
            assertEquals(SENDER, notice.recipient());
            String body = h.delivered(SENDER, notice.messageId()).getContent().toString();
            assertTrue(body.contains(CONTACT) && body.contains(UNKNOWN_USER), body);

            h.awaitInstant("the follow-up's due instant", h.message(FOLLOW_UP).orElseThrow().due().plusSeconds(1));
            h.awaitPolls(1);
            assertEquals(List.of(thankYou), h.messageIds(CONTACT));
            assertEquals(State.HELD, h.message(FOLLOW_UP).orElseThrow().state());
            assertEquals(List.of(notice.key()), h.store().all().stream().filter(StoredMessage::isNotice)
                    .map(StoredMessage::key).toList());
            assertTrue(new MailLog(h.database()).replyTo("acme").isEmpty(), "a bounce was taken for a reply");
        }
    }

    /**
     * Everything the daemon sends to self lands in the INBOX it polls, From the sender: the promise reminder, the
     * handwritten-note draft, the debrief, a notice (Raj's thank-you is refused with 550), and then a copy of our
     * follow-up and a message of the sender's threaded under it. None of them is a reply.
     */
    @Test
    void reminders_notices_and_copies_of_our_follow_up_in_the_inbox_never_stop_the_sequence() throws Exception {
        String lee = "{ name = \"Lee Chan\", email = \"lee@acme.example\", handwritten = true }";
        try (FaultySmtpServer smtp = FaultySmtpServer.start(greenMail);
             DaemonHarness h = new DaemonHarness(root, greenMail).policyPlus("""
                     follow-up { after = 5s }
                     second-follow-up { after = 3s }
                     call-reminder { after = 1s }
                     """)) {
            smtp.answer("raj@acme.example", "550 5.1.1 <raj@acme.example>: Recipient address rejected");
            h.via(smtp);
            h.record("acme", DaemonHarness.interview(Duration.ZERO, JANE + "\n" + RAJ + "\n" + lee,
                    "promised-by-me = [\"two writing samples\"]"));
            h.start();

            StoredMessage followUp = h.awaitState(FOLLOW_UP, State.SENT);
            MimeMessage sentToJane = h.delivered(CONTACT, followUp.messageId());
            IncomingMail.copyOf(sentToJane).deliverTo(h);
            IncomingMail.from(SENDER, "Re: " + sentToJane.getSubject()).inReplyTo(followUp.messageId())
                    .references(followUp.messageId()).deliverTo(h);

            h.awaitState(CALL, State.SENT);
            h.awaitPolls(1);

            List<String> sequence = List.of(THANK_YOU, FOLLOW_UP, SECOND, CALL);
            long notSent = sequence.stream().filter(k -> h.message(k).orElseThrow().state() != State.SENT).count();
            List<String> toJane = h.messageIds(CONTACT);
            Map<String, String> verdicts = verdictsById(h);
            List<String> ownMail = messageIds(h.inbox(SENDER));
            OWN_MAIL.cases(ownMail.size()).lost(notSent).duplicates(toJane.size() - toJane.stream().distinct().count());

            assertEquals(0, notSent, "the sequence stopped: " + h.store().all());
            assertEquals(List.of(h.message(THANK_YOU).orElseThrow().messageId(), followUp.messageId(),
                    h.message(SECOND).orElseThrow().messageId()), toJane);
            assertEquals(State.FAILED, h.message("acme/thank-you/raj@acme.example").orElseThrow().state());
            for (String self : List.of("acme/promise-reminder/self", "acme/handwritten-note/self",
                    "acme/debrief/self", "acme/notice/failed:acme/thank-you/raj@acme.example")) {
                assertTrue(ownMail.contains(h.awaitState(self, State.SENT).messageId()), self);
            }
            assertTrue(ownMail.contains(followUp.messageId()), "the copy of the follow-up is in the inbox");
            assertTrue(ownMail.size() >= 7, ownMail.toString());
            for (String id : ownMail) {
                assertEquals("own", verdicts.get(id), id + " in the sender's inbox; seen: " + verdicts);
            }
            assertTrue(new MailLog(h.database()).replyTo("acme").isEmpty(), "our own mail was taken for a reply");
            assertTrue(h.message(REPLY_NOTICE).isEmpty(), "a reply notice was queued for our own mail");
        }
    }

    private static List<String> verdicts(DaemonHarness h) {
        return new MailLog(h.database()).recentSeen(50).stream().map(MailLog.Seen::verdict).toList();
    }

    /** Message-ID to the verdict the poller recorded for it. */
    private static Map<String, String> verdictsById(DaemonHarness h) throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (Connection c = h.database().connection();
             PreparedStatement ps = c.prepareStatement("SELECT message_id, verdict FROM fu_mail_seen");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
            }
        }
        return out;
    }

    private static List<String> messageIds(List<MimeMessage> messages) throws MessagingException {
        List<String> ids = new ArrayList<>();
        for (MimeMessage m : messages) {
            ids.add(m.getMessageID());
        }
        return ids;
    }
}
