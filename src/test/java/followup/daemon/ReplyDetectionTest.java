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
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reply from the company, delivered into the INBOX the daemon polls, holds what is still pending for the
 * interview (PRODUCT.md section 4): one test per matching rule, and one for a reply that lands a second before the
 * follow-up is due, which only the check right before the send can see.
 */
class ReplyDetectionTest {
    private static final String CONTACT = "jane@acme.example";
    private static final String THANK_YOU = "acme/thank-you/jane@acme.example";
    private static final String FOLLOW_UP = "acme/follow-up/jane@acme.example";
    private static final String SECOND = "acme/second-follow-up/jane@acme.example";
    private static final String CALL = "acme/call-reminder/self";
    private static final String NOTICE = "acme/notice/reply";
    private static final List<String> PENDING = List.of(FOLLOW_UP, SECOND, CALL);
    private static final Pattern HELD = Pattern.compile("reply from (\\S+) at (.+)");
    /** An interviewer on a public webmail domain: only the interviewer rule can match mail from him. */
    private static final String PAT = "{ name = \"Pat Lee\", email = \"pat.lee@gmail.com\", topics = [\"hiring\"] }";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @TempDir
    Path root;

    private DaemonHarness harness() {
        return harness(8);   // the reply is seen before the follow-up falls due, also on a busy machine
    }

    private DaemonHarness harness(int followUpAfterSeconds) {
        return new DaemonHarness(root, greenMail).policyPlus("""
                thank-you { after = 1s }
                follow-up { after = %ds }
                second-follow-up { after = 1s }
                call-reminder { after = 1s }
                """.formatted(followUpAfterSeconds));
    }

    @Test
    void a_reply_in_reply_to_the_thank_you_from_an_unrelated_address_holds_the_follow_ups() throws Exception {
        try (DaemonHarness h = harness()) {
            h.record("acme", DaemonHarness.interview(Duration.ZERO, JANE, ""));
            h.start();
            String thankYou = h.awaitState(THANK_YOU, State.SENT).messageId();

            IncomingMail.from("coordinator@talent-partners.example", "Re: Thank you").inReplyTo(thankYou)
                    .deliverTo(h);

            assertHeldByReply(h, "coordinator@talent-partners.example", "references " + thankYou);
            assertNothingMoreGoesToTheCompany(h, List.of(thankYou), true);
        }
    }

    /** A mail server on the way wrote the domain part of our Message-ID in capitals, as some do. */
    @Test
    void a_reply_naming_the_thank_you_with_its_domain_in_another_case_holds_the_follow_ups() throws Exception {
        try (DaemonHarness h = harness()) {
            h.record("acme", DaemonHarness.interview(Duration.ZERO, JANE, ""));
            h.start();
            String thankYou = h.awaitState(THANK_YOU, State.SENT).messageId();
            int at = thankYou.lastIndexOf('@');
            String rewritten = thankYou.substring(0, at) + thankYou.substring(at).toUpperCase(java.util.Locale.ROOT);

            IncomingMail.from("coordinator@talent-partners.example", "Re: Thank you").inReplyTo(rewritten)
                    .references("<CAF=x1@mail.talent-partners.example> " + rewritten).deliverTo(h);

            assertHeldByReply(h, "coordinator@talent-partners.example", "references " + rewritten);
            assertNothingMoreGoesToTheCompany(h, List.of(thankYou), true);
        }
    }

    @Test
    void a_reply_referencing_the_thank_you_among_other_ids_from_an_unrelated_address_holds_the_follow_ups()
            throws Exception {
        try (DaemonHarness h = harness()) {
            h.record("acme", DaemonHarness.interview(Duration.ZERO, JANE, ""));
            h.start();
            String thankYou = h.awaitState(THANK_YOU, State.SENT).messageId();

            IncomingMail.from("assistant@staffing.example", "Fwd: Thank you")
                    .references("<first.1@staffing.example>", "<fwd.2@acme-mail.example>", thankYou,
                            "<note.3@staffing.example>", "<note.4@staffing.example>")
                    .deliverTo(h);

            assertHeldByReply(h, "assistant@staffing.example", "references " + thankYou);
            assertNothingMoreGoesToTheCompany(h, List.of(thankYou), true);
        }
    }

    @Test
    void a_message_from_an_interviewers_address_without_threading_headers_holds_the_follow_ups() throws Exception {
        try (DaemonHarness h = harness()) {
            h.record("acme", DaemonHarness.interview(Duration.ZERO, JANE + "\n" + PAT, ""));
            h.start();
            String thankYou = h.awaitState(THANK_YOU, State.SENT).messageId();
            h.awaitState("acme/thank-you/pat.lee@gmail.com", State.SENT);

            IncomingMail.from("pat.lee@gmail.com", "Coffee next week?").deliverTo(h);

            assertHeldByReply(h, "pat.lee@gmail.com", "from pat.lee@gmail.com");
            assertNothingMoreGoesToTheCompany(h, List.of(thankYou), true);
        }
    }

    @Test
    void a_message_from_a_subdomain_of_the_companys_domain_holds_the_follow_ups() throws Exception {
        try (DaemonHarness h = harness()) {
            h.record("acme", DaemonHarness.interview(Duration.ZERO, JANE, ""));
            h.start();
            String thankYou = h.awaitState(THANK_YOU, State.SENT).messageId();

            IncomingMail.from("sam@careers.acme.example", "Second round").deliverTo(h);

            assertHeldByReply(h, "sam@careers.acme.example", "from sam@careers.acme.example");
            assertNothingMoreGoesToTheCompany(h, List.of(thankYou), true);
        }
    }

    @Test
    void a_message_from_someone_else_at_the_companys_domain_holds_the_follow_ups() throws Exception {
        try (DaemonHarness h = harness()) {
            h.record("acme", DaemonHarness.interview(Duration.ZERO, JANE, ""));
            h.start();
            String thankYou = h.awaitState(THANK_YOU, State.SENT).messageId();

            IncomingMail.from("talent@acme.example", "Next steps").deliverTo(h);

            assertHeldByReply(h, "talent@acme.example", "from talent@acme.example");
            assertNothingMoreGoesToTheCompany(h, List.of(thankYou), true);
        }
    }

    /**
     * A recruiter answering through an applicant tracking system: the message comes from the system's
     * {@code no-reply@} address, with the recruiter's display name, and only its Reply-To is the company's.
     */
    @Test
    void a_message_from_a_tracking_systems_no_reply_address_with_reply_to_at_the_company_holds_the_follow_ups()
            throws Exception {
        try (DaemonHarness h = harness(15)) {  // time to deliver it after the thank-you, on a busy machine too
            h.record("acme", DaemonHarness.interview(Duration.ZERO, JANE, ""));
            h.start();
            String thankYou = h.awaitState(THANK_YOU, State.SENT).messageId();

            IncomingMail.from("no-reply@us.greenhouse-mail.example", "Next steps with Acme")
                    .header("From", "Sam Rivera <no-reply@us.greenhouse-mail.example>")
                    .header("Reply-To", "Sam Rivera <sam.rivera@acme.example>")
                    .deliverTo(h);

            assertHeldByReply(h, "sam.rivera@acme.example", "from sam.rivera@acme.example");
            String notice = h.delivered(SENDER, h.message(NOTICE).orElseThrow().messageId()).getContent().toString();
            assertTrue(notice.contains("Sam Rivera (sam.rivera@acme.example) via no-reply@us.greenhouse-mail.example"
                    + " wrote"), notice);
            assertNothingMoreGoesToTheCompany(h, List.of(thankYou), true);
        }
    }

    /** A tracking system writing in the company's name alone, from its own address (Workday, Greenhouse). */
    @Test
    void a_message_in_the_companys_name_from_a_tracking_system_holds_the_follow_ups() throws Exception {
        try (DaemonHarness h = harness(15)) {  // time to deliver it after the thank-you, on a busy machine too
            h.record("acme", DaemonHarness.interview(Duration.ZERO, JANE, ""));
            h.start();
            String thankYou = h.awaitState(THANK_YOU, State.SENT).messageId();

            IncomingMail.from("acmecorp@myworkday-mail.example", "Action required: schedule your final round")
                    .header("From", "Acme Careers <acmecorp@myworkday-mail.example>")
                    .deliverTo(h);

            assertHeldByReply(h, "acmecorp@myworkday-mail.example", "from acmecorp@myworkday-mail.example");
            assertNothingMoreGoesToTheCompany(h, List.of(thankYou), true);
        }
    }

    /**
     * The poll runs once an hour here, so only the look at the mailbox right before the follow-up's send can see a
     * reply that arrives a second before it is due.
     */
    @Test
    void a_reply_a_second_before_the_follow_up_is_due_still_holds_it() throws Exception {
        try (DaemonHarness h = harness(5).mail("imap { poll-interval = 1h }")) {
            h.record("acme", DaemonHarness.interview(Duration.ZERO, JANE, ""));
            h.start();
            String thankYou = h.awaitState(THANK_YOU, State.SENT).messageId();
            Instant due = h.message(FOLLOW_UP).orElseThrow().due();
            h.awaitInstant("a second before the follow-up is due", due.minusSeconds(1));
            long polls = h.pollsFired();
            assertEquals(State.PLANNED, h.message(FOLLOW_UP).orElseThrow().state());

            IncomingMail.from(CONTACT, "Re: Thank you").inReplyTo(thankYou).deliverTo(h);

            assertHeldByReply(h, CONTACT, "references " + thankYou);
            assertEquals(polls, h.pollsFired(), "a periodic poll ran; only the check before the send should have");
            assertTrue(Instant.now().isAfter(due), "held before the follow-up was due, so not by the check before its"
                    + " send");
            assertNothingMoreGoesToTheCompany(h, List.of(thankYou), false);
        }
    }

    /**
     * The follow-up, the second follow-up and the call reminder are held with the reply's sender and arrival, in the
     * store and in {@code plan}, and one notice saying why goes to self.
     */
    private static void assertHeldByReply(DaemonHarness h, String from, String why) throws IOException,
            MessagingException {
        for (String key : PENDING) {
            StoredMessage held = h.awaitState(key, State.HELD);
            Matcher m = HELD.matcher(held.reason());
            assertTrue(m.matches(), key + ": " + held.reason());
            assertEquals(from, m.group(1), key + ": " + held.reason());
            // when the reply came, in the sender's zone as plan writes times: a minute after the thank-you went
            Instant sent = h.message(THANK_YOU).orElseThrow().sentAt().truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
            java.util.Set<String> since = new java.util.HashSet<>();
            for (Instant t = sent; !t.isAfter(Instant.now()); t = t.plusSeconds(60)) {
                since.add(Answers.RECEIVED.format(t.atZone(DaemonHarness.ZONE)));
            }
            assertTrue(since.contains(m.group(2)), key + ": " + held.reason() + " (expected one of " + since + ")");
        }
        Map<String, PlanOutput.Line> plan = PlanOutput.of(h, "acme");
        for (String key : PENDING) {
            assertEquals(new PlanOutput.Line("held", h.message(key).orElseThrow().reason()), plan.get(key),
                    key + " in " + plan);
        }

        StoredMessage notice = h.awaitState(NOTICE, State.SENT);
        assertEquals(SENDER, notice.recipient());
        MimeMessage mail = h.delivered(SENDER, notice.messageId());
        String body = mail.getContent().toString();
        // the notice names who wrote and, for an answer to one of ours, which message it answers
        assertTrue(body.contains(from) && (!why.startsWith("references ")
                || body.contains("in answer to your thank-you to ")), body);
        assertTrue(body.contains("3 pending messages are held back"), body);
    }

    /**
     * Every held message's due instant passes (and the daemon polls again, unless it polls once an hour), and still
     * the company got only what went out before the reply, and one reply notice went to self.
     */
    private static void assertNothingMoreGoesToTheCompany(DaemonHarness h, List<String> before, boolean pollAgain)
            throws MessagingException {
        Instant last = PENDING.stream().map(k -> h.message(k).orElseThrow().due()).max(Instant::compareTo)
                .orElseThrow();
        h.awaitInstant("the due instant of every held message", last.plusSeconds(1));
        if (pollAgain) {
            h.awaitPolls(1);
        }
        assertEquals(before, h.messageIds(CONTACT));
        for (String key : PENDING) {
            assertEquals(State.HELD, h.message(key).orElseThrow().state(), key);
        }
        assertEquals(List.of(NOTICE), h.store().all().stream().filter(StoredMessage::isNotice)
                .map(StoredMessage::key).toList());
        long replyNotices = 0;
        for (MimeMessage m : h.inbox(SENDER)) {
            if (m.getSubject().startsWith("Reply from")) {
                replyNotices++;
            }
        }
        assertEquals(1, replyNotices, "reply notices in the sender's inbox");
    }
}
