package followup.daemon;

import static followup.daemon.DaemonHarness.JANE;
import static followup.daemon.DaemonHarness.SENDER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import followup.plan.Cause;
import followup.plan.State;
import followup.store.StoredMessage;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The company's answers as they arrive in the INBOX on GreenMail, read and acted on by the running daemon: an
 * out-of-office with a return date moves the follow-up and {@code plan} says so; an invitation holds the follow-ups
 * and its notice carries the next round's record; a rejection holds everything and the drafted answer reaches the
 * notice and the Drafts folder.
 */
class AnswersInTheMailboxTest {
    private static final String CONTACT = "jane@acme.example";
    private static final String THANK_YOU = "acme/thank-you/jane@acme.example";
    private static final String FOLLOW_UP = "acme/follow-up/jane@acme.example";
    private static final Session SESSION = Session.getInstance(new Properties());
    private static final String POLICY = """
            thank-you { after = 1s }
            follow-up { after = 25s }
            second-follow-up { after = 60s }
            """;

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @TempDir
    Path root;

    /** A message from the contact answering our thank-you, with this body (a text, or a multipart). */
    private static MimeMessage answer(String subject, String thankYou, Object body) throws MessagingException {
        MimeMessage m = new MimeMessage(SESSION);
        m.setFrom(new InternetAddress("Jane Doe <" + CONTACT + ">"));
        m.setRecipient(Message.RecipientType.TO, new InternetAddress(SENDER));
        m.setSubject(subject, "UTF-8");
        m.setSentDate(new Date());
        m.setHeader("In-Reply-To", thankYou);
        m.setHeader("References", thankYou);
        if (body instanceof MimeMultipart multipart) {
            m.setContent(multipart);
        } else {
            m.setText(body.toString(), "UTF-8");
        }
        m.saveChanges();
        m.setHeader("Message-ID", "<" + UUID.randomUUID() + "@acme.example>");
        return m;
    }

    private static String body(DaemonHarness h, StoredMessage notice) throws Exception {
        return h.delivered(SENDER, notice.messageId()).getContent().toString();
    }

    private static StoredMessage awaitNotice(DaemonHarness h, String prefix) {
        h.awaitTrue("a notice " + prefix, () -> h.store().all().stream().anyMatch(s -> s.isNotice()
                && s.key().startsWith("acme/notice/" + prefix) && s.state() == State.SENT));
        return h.store().all().stream().filter(s -> s.isNotice() && s.key().startsWith("acme/notice/" + prefix))
                .findFirst().orElseThrow();
    }

    @Test
    void an_out_of_office_with_a_return_date_moves_the_follow_up_and_plan_shows_it() throws Exception {
        LocalDate back = ZonedDateTime.now(DaemonHarness.ZONE).toLocalDate().plusDays(3);
        try (DaemonHarness h = new DaemonHarness(root, greenMail).policyPlus(POLICY)) {
            h.record("acme", DaemonHarness.interview(Duration.ZERO, JANE, ""));
            h.start();
            String thankYou = h.awaitState(THANK_YOU, State.SENT).messageId();
            MimeMessage away = answer("Automatic reply: Thank you for today's conversation", thankYou,
                    "Thank you for your email. I am out of the office with limited access to email and will be back on "
                            + DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", Locale.ENGLISH).format(back)
                            + ".\n\nFor urgent matters please contact talent@acme.example.\n");
            away.setHeader("Auto-Submitted", "auto-replied");
            IncomingMail.copyOf(away).deliverTo(h);

            String expected = "moved: out of office until " + back + " (" + CONTACT + ")";
            h.awaitTrue("the follow-up to move", () -> expected.equals(h.message(FOLLOW_UP).orElseThrow().reason()));
            StoredMessage followUp = h.message(FOLLOW_UP).orElseThrow();
            assertEquals(State.PLANNED, followUp.state());
            assertEquals(back.plusDays(1).atStartOfDay(DaemonHarness.ZONE).toInstant(), followUp.due(),
                    "the send window is off in this test: the start of the day after the return");
            Map<String, PlanOutput.Line> plan = PlanOutput.of(h, "acme");
            assertEquals(new PlanOutput.Line("planned", expected), plan.get(FOLLOW_UP), plan.toString());
            assertEquals("out-of-office", ActingOnMailTest.causes(h, "acme").get(FOLLOW_UP));
            assertTrue(body(h, awaitNotice(h, "away:")).contains("now goes out"));
            h.awaitPolls(2);
            assertEquals(List.of(thankYou), h.messageIds(CONTACT), "the follow-up went out while she is away");
        }
    }

    @Test
    void an_invitation_holds_the_follow_ups_and_the_notice_carries_the_next_round_record() throws Exception {
        try (DaemonHarness h = new DaemonHarness(root, greenMail).policyPlus(POLICY)) {
            h.record("acme", DaemonHarness.interview(Duration.ZERO, JANE, ""));
            h.start();
            String thankYou = h.awaitState(THANK_YOU, State.SENT).messageId();
            MimeMultipart alternative = new MimeMultipart("alternative");
            MimeBodyPart text = new MimeBodyPart();
            text.setText("You have been invited to: Onsite with the platform team\nTue Jan 19, 2027 10am - 1pm\n",
                    "UTF-8");
            MimeBodyPart calendar = new MimeBodyPart();
            calendar.setContent(String.join("\r\n", "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
                    "VERSION:2.0", "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT",
                    "DTSTART;TZID=America/New_York:20270119T100000", "DTEND;TZID=America/New_York:20270119T130000",
                    "DTSTAMP:20261204T120000Z", "ORGANIZER;CN=Jane Doe:mailto:jane@acme.example",
                    "UID:7kukuqrfedlm2f9t0vr42q2ikc@google.com",
                    "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jane Doe:mailto:jane@acme.example",
                    "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=alex@example.com:mailto:alex@example.com",
                    "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=Sam Ortiz:mailto:sam@acme.example",
                    "SUMMARY:Onsite with the platform team", "LOCATION:Acme Corp\\, 100 Harbor Street", "SEQUENCE:0",
                    "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR", ""), "text/calendar; charset=UTF-8; method=REQUEST");
            alternative.addBodyPart(text);
            alternative.addBodyPart(calendar);
            IncomingMail.copyOf(answer("Invitation: Onsite with the platform team @ Tue Jan 19, 2027 10am - 1pm (EST)",
                    thankYou, alternative)).deliverTo(h);

            StoredMessage followUp = h.awaitState(FOLLOW_UP, State.HELD);
            assertEquals(Cause.INVITATION, followUp.cause());
            StoredMessage notice = awaitNotice(h, "invitation:");
            assertEquals("Acme Corp invited you to 'Onsite with the platform team' on Tue 19 Jan 10:00 EST",
                    notice.subject());
            String body = body(h, notice);
            assertTrue(body.contains("conf/interviews/acme-2027-01-19.conf"), body);
            assertTrue(body.contains("at       = \"2027-01-19T10:00\"") && body.contains("previous = \"acme\"")
                    && body.contains("sam@acme.example") && !body.contains("email = \"alex@example.com\""), body);
            assertEquals("invitation", ActingOnMailTest.causes(h, "acme").get(FOLLOW_UP));
        }
    }

    @Test
    void a_rejection_holds_everything_and_the_drafted_answer_reaches_the_notice_and_the_drafts_folder()
            throws Exception {
        try (DaemonHarness h = new DaemonHarness(root, greenMail).policyPlus(POLICY + "debrief { after = 30s }\n")) {
            MailFolder drafts = greenMail.getManagers().getImapHostManager().createMailbox(
                    greenMail.getUserManager().getUserByEmail(SENDER), "Drafts");
            h.record("acme", DaemonHarness.interview(Duration.ZERO, JANE, ""));
            h.start();
            String thankYou = h.awaitState(THANK_YOU, State.SENT).messageId();
            MimeMessage no = answer("Re: Thank you for today's conversation", thankYou, "Dear Alex,\n\nThank you"
                    + " for taking the time to speak with us about the Platform Engineer role. After careful"
                    + " consideration, we have decided to move forward with other candidates whose experience more"
                    + " closely matches our current needs.\n\nWe wish you every success.\n\nBest regards,\nJane\n");
            IncomingMail.copyOf(no).deliverTo(h);

            StoredMessage debrief = h.awaitState("acme/debrief/self", State.HELD);
            assertEquals(Cause.REJECTION, debrief.cause());
            assertEquals(Cause.REJECTION, h.awaitState(FOLLOW_UP, State.HELD).cause());
            String body = body(h, awaitNotice(h, "rejection:"));
            assertTrue(body.contains("decided to move forward with other candidates"), body);
            assertTrue(body.contains("Dear Jane,") && body.contains("feedback"), body);
            assertTrue(body.contains("saved in your Drafts folder"), body);
            h.awaitTrue("the draft in Drafts", () -> drafts.getMessageCount() == 1);
            MimeMessage draft = drafts.getMessages().get(0).getMimeMessage();
            assertEquals(no.getMessageID(), draft.getHeader("In-Reply-To", null));
            assertEquals("Re: Thank you for today's conversation", draft.getSubject());
            h.awaitPolls(2);
            assertEquals(List.of(thankYou), h.messageIds(CONTACT));
        }
    }
}
