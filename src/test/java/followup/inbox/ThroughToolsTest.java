package followup.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The company answering through a tool: an applicant tracking system or a scheduler writes from its own address (a
 * {@code no-reply@}, or one of its domain), and only the {@code Reply-To} names the recruiter, or only the display
 * name the company. Delivered into the
 * polled INBOX and read by the real poller over IMAP, as the daemon reads them.
 */
class ThroughToolsTest {
    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    private final FakeCorrelation correlation = new FakeCorrelation()
            .interview("acme-platform", Instant.parse("2026-11-20T13:00:00Z"))
            .message(Fixtures.THANK_YOU_JANE, "acme-platform")
            .person("jane@acme.test", "acme-platform").domain("acme.test", "acme-platform")
            .company("Acme Corp", "acme-platform").recipient("jane@acme.test");
    private final Classifier classifier = new Classifier(Set.of(GreenMailAccounts.EMAIL), correlation);
    private GreenMailUser alex;

    @BeforeEach
    void mailbox() {
        alex = GreenMailAccounts.alex(greenMail);
    }

    /** A message of a tracking system, written as Greenhouse, Lever or Ashby write theirs to candidates. */
    private static String tool(String from, String replyTo, String extraHeaders, String subject, String body) {
        return "Return-Path: <bounces+8812@em.ats-mail.example>\n"
                + "From: " + from + "\n"
                + (replyTo == null ? "" : "Reply-To: " + replyTo + "\n")
                + "To: Alex Example <" + GreenMailAccounts.EMAIL + ">\n"
                + "Subject: " + subject + "\n"
                + "Date: Tue, 24 Nov 2026 15:02:11 +0000\n"
                + "Message-ID: <" + Integer.toHexString((from + subject).hashCode()) + ".ats@em.ats-mail.example>\n"
                + extraHeaders
                + "MIME-Version: 1.0\n"
                + "Content-Type: text/plain; charset=UTF-8\n"
                + "Content-Transfer-Encoding: 7bit\n\n"
                + body + "\n";
    }

    private List<Verdict> deliverAndPoll(String... raw) throws Exception {
        for (String r : raw) {
            alex.deliver(Fixtures.parse(r));
        }
        List<InboxMessage> polled = GreenMailAccounts.pollOnce(greenMail, classifier);
        assertEquals(raw.length, polled.size());
        return polled.stream().map(classifier::classify).toList();
    }

    @Test
    void a_recruiters_answer_from_the_systems_no_reply_address_is_the_recruiters_reply() throws Exception {
        List<Verdict> v = deliverAndPoll(
                tool("Sam Rivera <no-reply@greenhouse-mail.example>", "Sam Rivera <sam.rivera@acme.test>", "",
                        "Acme - Platform Engineer: next steps",
                        "Hi Alex,\n\nThanks again for your time on Friday. Could you send me your availability for a"
                                + " final round next week?\n\nSam"),
                tool("\"Sam Rivera (Acme)\" <sam.rivera@hire.ats-mail.example>", "sam.rivera@acme.test", "",
                        "Platform Engineer at Acme", "Hi Alex, a quick update: the team is meeting on Thursday."),
                tool("Acme Recruiting <no-reply@acme.test>", "Sam Rivera <sam.rivera@acme.test>", "",
                        "Scheduling your final round", "Hi Alex, please pick a time that suits you."));

        for (Verdict verdict : v) {
            Verdict.Reply reply = assertInstanceOf(Verdict.Reply.class, verdict);
            assertEquals(Set.of("acme-platform"), reply.interviews());
            assertEquals("sam.rivera@acme.test", reply.from());
        }
        assertEquals("from sam.rivera@acme.test (sent through no-reply@greenhouse-mail.example)",
                ((Verdict.Reply) v.get(0)).why());
    }

    @Test
    void a_decision_sent_through_the_system_is_a_rejection_from_the_recruiter() throws Exception {
        Verdict v = deliverAndPoll(tool("Acme Talent <no-reply@greenhouse-mail.example>", "sam.rivera@acme.test", "",
                "Your application to Acme", "Dear Alex,\n\nThank you for taking the time to meet the team. After"
                        + " careful consideration, we have decided to move forward with other candidates whose"
                        + " experience more closely matches our needs.\n\nBest,\nSam")).get(0);

        Verdict.Rejection rejection = assertInstanceOf(Verdict.Rejection.class, v);
        assertEquals("sam.rivera@acme.test", rejection.from());
    }

    @Test
    void a_reply_to_that_names_nobody_of_the_company_or_nobody_at_all_changes_nothing() throws Exception {
        List<Verdict> v = deliverAndPoll(
                tool("Jobs Digest <no-reply@jobboard.example>", "support@jobboard.example", "",
                        "New jobs for you", "12 new platform engineering roles"),
                tool("Talent Team <no-reply@greenhouse-mail.example>", "careers-noreply@acme.test", "",
                        "Acme - Platform Engineer", "Hi Alex, please pick a time."),
                tool("Meetup <info@events.example>", GreenMailAccounts.EMAIL, "", "Your RSVP", "See you there"));

        assertEquals(Set.of(), assertInstanceOf(Verdict.AutoReply.class, v.get(0)).interviews());
        assertEquals(Set.of(), assertInstanceOf(Verdict.AutoReply.class, v.get(1)).interviews());
        assertInstanceOf(Verdict.Unrelated.class, v.get(2));
    }

    /** Workday and Greenhouse send a company's decisions in its name alone, from their own address. */
    @Test
    void a_message_in_the_companys_name_alone_from_a_tracking_system_is_the_companys_answer() throws Exception {
        List<Verdict> v = deliverAndPoll(
                tool("Acme <acme@myworkday.example>", null, "", "Your application for Platform Engineer",
                        "Dear Alex,\n\nThank you for your interest in Acme. Unfortunately, we have decided not to"
                                + " move forward with your application at this time.\n\nAcme Talent Acquisition"),
                tool("Acme Corp Careers <no-reply@greenhouse-mail.example>", null, "",
                        "Action required: schedule your final round",
                        "Hi Alex, please use the link below to choose a time for your final round."));

        Verdict.Rejection rejection = assertInstanceOf(Verdict.Rejection.class, v.get(0));
        assertEquals(Set.of("acme-platform"), rejection.interviews());
        assertEquals("acme@myworkday.example", rejection.from());
        Verdict.Reply reply = assertInstanceOf(Verdict.Reply.class, v.get(1));
        assertEquals(Set.of("acme-platform"), reply.interviews());
        assertEquals("from no-reply@greenhouse-mail.example (named Acme Corp Careers)", reply.why());
    }

    @Test
    void a_name_that_only_contains_the_companys_or_a_job_alert_about_it_is_no_answer() throws Exception {
        List<Verdict> v = deliverAndPoll(
                tool("Acmedia Weekly <news@acmedia.example>", null, "", "This week in media", "Stories"),
                tool("Job Alerts <jobs-noreply@jobboard.example>", null, "", "Acme Corp is hiring: Platform Engineer",
                        "Acme Corp posted 3 new jobs that match your search."));

        assertInstanceOf(Verdict.Unrelated.class, v.get(0));
        assertEquals(Set.of(), assertInstanceOf(Verdict.AutoReply.class, v.get(1)).interviews());
    }

    @Test
    void an_automatic_mark_stays_automatic_whoever_the_reply_to_names() throws Exception {
        Verdict v = deliverAndPoll(tool("Acme Talent <no-reply@greenhouse-mail.example>", "sam.rivera@acme.test",
                "Auto-Submitted: auto-generated\n", "We received your documents",
                "Hi Alex, this confirms we received your writing samples.")).get(0);

        Verdict.AutoReply auto = assertInstanceOf(Verdict.AutoReply.class, v);
        assertEquals("Auto-Submitted: auto-generated", auto.signal());
    }

    /**
     * A scheduling tool's confirmation in its own name, with no Reply-To and no company in its display name, as a
     * booking page sends it: text, and the calendar invitation the recruiter's calendar made. Its organizer is the
     * company's, so it is the company's invitation; the same from a dentist's booking page is about nothing of ours.
     */
    @Test
    void a_scheduling_tools_invitation_in_its_own_name_is_the_organizers_invitation() throws Exception {
        List<Verdict> v = deliverAndPoll(
                invitation("Confirmed: Final round with Sam Rivera on Tuesday, January 19, 2027",
                        "ORGANIZER;CN=Sam Rivera:mailto:Sam.Rivera@acme.test"),
                invitation("New Event: Alex Example - Final round",
                        "ORGANIZER;CN=Bookings:mailto:bookings@scheduler.example",
                        "ATTENDEE;CN=Alex Example;PARTSTAT=ACCEPTED:mailto:" + GreenMailAccounts.EMAIL,
                        "ATTENDEE;CN=Sam Rivera;PARTSTAT=ACCEPTED:mailto:sam.rivera@acme.test"),
                invitation("Confirmed: Cleaning with Dr. Lee on Tuesday, January 19, 2027",
                        "ORGANIZER;CN=Dr. Lee:mailto:frontdesk@smile-dental.example"));

        Verdict.Invitation byOrganizer = assertInstanceOf(Verdict.Invitation.class, v.get(0));
        assertEquals(Set.of("acme-platform"), byOrganizer.interviews());
        assertEquals("sam.rivera@acme.test", byOrganizer.from());
        assertEquals("Final round", byOrganizer.invite().summary());
        Verdict.Invitation byAttendee = assertInstanceOf(Verdict.Invitation.class, v.get(1));
        assertEquals("sam.rivera@acme.test", byAttendee.from());
        assertEquals(false, v.get(2) instanceof Verdict.Invitation, v.get(2).toString());
        assertEquals(false, v.get(2) instanceof Verdict.Reply, v.get(2).toString());
    }

    /** A booking page's confirmation from its own no-reply address, with an invitation for a final round. */
    private static String invitation(String subject, String... people) {
        return "From: Scheduler <notifications@scheduler.example>\n"
                + "To: Alex Example <" + GreenMailAccounts.EMAIL + ">\n"
                + "Subject: " + subject + "\n"
                + "Date: Tue, 24 Nov 2026 15:02:11 +0000\n"
                + "Message-ID: <" + Integer.toHexString(subject.hashCode()) + "@mail.scheduler.example>\n"
                + "MIME-Version: 1.0\n"
                + "Content-Type: multipart/mixed; boundary=\"b1\"\n\n"
                + "--b1\n"
                + "Content-Type: text/plain; charset=UTF-8\n\n"
                + "Hi Alex,\n\nA new event has been scheduled.\n\nEvent: Final round\n"
                + "Date: Tuesday, January 19, 2027, 10:00am - 11:00am (Eastern Time)\n\n"
                + "--b1\n"
                + "Content-Type: text/calendar; charset=UTF-8; method=REQUEST\n"
                + "Content-Disposition: attachment; filename=\"invite.ics\"\n\n"
                + String.join("\r\n", "BEGIN:VCALENDAR", "PRODID:-//Scheduler//Booking 1.0//EN", "VERSION:2.0",
                        "METHOD:REQUEST", "BEGIN:VEVENT", "UID:" + Integer.toHexString(subject.hashCode())
                                + "@scheduler.example", "DTSTAMP:20261124T150211Z",
                        "DTSTART:20270119T150000Z", "DTEND:20270119T160000Z", "SUMMARY:Final round")
                + "\r\n" + String.join("\r\n", people) + "\r\n"
                + String.join("\r\n", "END:VEVENT", "END:VCALENDAR") + "\r\n\n"
                + "--b1--\n";
    }
}
