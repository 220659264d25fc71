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
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * An invitation to the next round that arrives in the INBOX on GreenMail is read as {@code followup add} reads it: a
 * recurring invitation whose first date is taken out is the first date still on the calendar, and an attendee whose
 * name a mail client wrote as an unquoted RFC 2047 encoded word is kept, named.
 */
class InvitationsInTheMailboxTest {
    private static final String CONTACT = "jane@acme.example";
    private static final String THANK_YOU = "acme/thank-you/jane@acme.example";
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

    /** The body of the invitation notice the daemon sends once this calendar arrives in answer to the thank-you. */
    private String notice(String subject, String text, List<String> calendar, StoredMessage[] sent) throws Exception {
        try (DaemonHarness h = new DaemonHarness(root, greenMail).policyPlus(POLICY)) {
            h.record("acme", DaemonHarness.interview(Duration.ZERO, JANE, ""));
            h.start();
            String thankYou = h.awaitState(THANK_YOU, State.SENT).messageId();
            MimeMultipart alternative = new MimeMultipart("alternative");
            MimeBodyPart plain = new MimeBodyPart();
            plain.setText(text, "UTF-8");
            MimeBodyPart ics = new MimeBodyPart();
            ics.setContent(String.join("\r\n", calendar) + "\r\n", "text/calendar; charset=UTF-8; method=REQUEST");
            alternative.addBodyPart(plain);
            alternative.addBodyPart(ics);
            MimeMessage m = new MimeMessage(SESSION);
            m.setFrom(new InternetAddress("Jane Doe <" + CONTACT + ">"));
            m.setRecipient(Message.RecipientType.TO, new InternetAddress(SENDER));
            m.setSubject(subject, "UTF-8");
            m.setSentDate(new Date());
            m.setHeader("In-Reply-To", thankYou);
            m.setHeader("References", thankYou);
            m.setContent(alternative);
            m.saveChanges();
            m.setHeader("Message-ID", "<" + UUID.randomUUID() + "@acme.example>");
            IncomingMail.copyOf(m).deliverTo(h);
            h.awaitTrue("the invitation notice", () -> h.store().all().stream().anyMatch(s -> s.isNotice()
                    && s.key().startsWith("acme/notice/invitation:") && s.state() == State.SENT));
            sent[0] = h.store().all().stream().filter(s -> s.isNotice()
                    && s.key().startsWith("acme/notice/invitation:")).findFirst().orElseThrow();
            return h.delivered(SENDER, sent[0].messageId()).getContent().toString();
        }
    }

    @Test
    void a_series_whose_first_date_is_taken_out_is_noticed_at_the_first_date_left() throws Exception {
        StoredMessage[] sent = new StoredMessage[1];
        String body = notice("Updated invitation: Onsite with the platform team @ Weekly from 10am to 1pm on Tuesday"
                        + " (EST)", "This event has been changed.\nOnsite with the platform team\n",
                List.of("BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
                        "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT",
                        "DTSTART;TZID=America/New_York:20270119T100000", "DTEND;TZID=America/New_York:20270119T130000",
                        "RRULE:FREQ=WEEKLY;COUNT=3;BYDAY=TU", "EXDATE;TZID=America/New_York:20270119T100000",
                        "DTSTAMP:20261204T120000Z", "ORGANIZER;CN=Jane Doe:mailto:jane@acme.example",
                        "UID:3q8c1r0ofk2m4lvsd0ga7kh5bq@google.com",
                        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jane Doe:mailto:jane@acme.example",
                        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=Sam Ortiz:mailto:sam@acme.example",
                        "SUMMARY:Onsite with the platform team", "SEQUENCE:1", "STATUS:CONFIRMED", "END:VEVENT",
                        "END:VCALENDAR"), sent);
        assertEquals("Acme Corp invited you to 'Onsite with the platform team' on Tue 26 Jan 10:00 EST",
                sent[0].subject());
        assertTrue(body.contains("conf/interviews/acme-2027-01-26.conf")
                && body.contains("at       = \"2027-01-26T10:00\""), body);
    }

    @Test
    void an_attendee_named_by_an_unquoted_encoded_word_is_in_the_next_round_record() throws Exception {
        StoredMessage[] sent = new StoredMessage[1];
        String body = notice("Invitation: Onsite with the platform team", "Onsite with the platform team\n",
                List.of("BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
                        "BEGIN:VEVENT", "ORGANIZER;CN=Jane Doe:mailto:jane@acme.example",
                        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN==?UTF-8?Q?Jos=C3=A9_Garc=C3=ADa?="
                                + ":mailto:jose.garcia@acme.example",
                        "SUMMARY;LANGUAGE=en-US:Onsite with the platform team",
                        "DTSTART;TZID=America/New_York:20270119T100000", "DTEND;TZID=America/New_York:20270119T130000",
                        "UID:040000008200E00074C5B7101A82E00800000000D0A1B2C3D4E5F601000000000000000010000000",
                        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20261204T120000Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
                        "SEQUENCE:0", "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting", "END:VEVENT",
                        "END:VCALENDAR"), sent);
        assertTrue(body.contains("{ name = \"José García\", email = \"jose.garcia@acme.example\" }"), body);
    }
}
