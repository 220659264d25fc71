package followup.daemon;

import static followup.daemon.DaemonHarness.JANE;
import static followup.daemon.DaemonHarness.RAJ;
import static followup.daemon.DaemonHarness.SENDER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import followup.plan.Cause;
import followup.plan.State;
import followup.store.MailLog;
import followup.store.StoredMessage;
import jakarta.mail.Flags;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the daemon does with what it learns outside the plain reply: a call the user logged, a bounce sent by the
 * company's own postmaster, a bounce of an alias the company rewrote our address into, a report that a server gave up on a message, a public holiday on the day a follow-up is due, and a folder the server renumbered.
 */
class ActingOnMailTest {
    private static final String THANK_YOU = "acme/thank-you/jane@acme.example";
    private static final String FOLLOW_UP = "acme/follow-up/jane@acme.example";
    private static final String SECOND = "acme/second-follow-up/jane@acme.example";
    private static final String CALL = "acme/call-reminder/self";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    // What these tests do between the thank-you and the follow-up (a command, a report read from the mailbox) must be
    // done before the follow-up is due: 20 s and more leave room for a loaded machine, where 5 s to 12 s did not.
    @TempDir
    Path root;

    @Test
    void followup_log_holds_what_is_pending_like_a_reply_while_the_daemon_runs() throws Exception {
        try (DaemonHarness h = new DaemonHarness(root, greenMail).policyPlus("""
                thank-you { after = 1s }
                follow-up { after = 20s }
                second-follow-up { after = 60s }
                """)) {
            h.record("acme", DaemonHarness.interview(Duration.ZERO, JANE, ""));
            h.start();
            String thankYou = h.awaitState(THANK_YOU, State.SENT).messageId();

            DaemonHarness.CliResult log = h.cli("log", "acme", "--call", "Jane called: a second round next week");
            assertEquals(0, log.code(), log.toString());
            assertTrue(log.out().contains("3 pending messages are held"), log.toString());   // the call reminder too
            for (String key : List.of(FOLLOW_UP, SECOND)) {
                StoredMessage m = h.message(key).orElseThrow();
                assertEquals(State.HELD, m.state(), key);
                assertEquals(Cause.HANDLED_ELSEWHERE, m.cause(), key);
                assertTrue(m.reason().matches("handled elsewhere: call logged \\w{3} \\d{1,2} \\w{3} \\d{4} \\d{2}:\\d{2}"
                        + " \\S+: Jane called: a second round next week"), m.reason());
            }
            assertEquals(State.HELD, h.awaitState(CALL, State.HELD).state());

            h.awaitInstant("the follow-up's due instant", h.message(FOLLOW_UP).orElseThrow().due().plusSeconds(1));
            h.awaitPolls(2);
            assertEquals(List.of(thankYou), h.messageIds("jane@acme.example"));
            assertEquals("handled-elsewhere", causes(h, "acme").get(FOLLOW_UP));
            DaemonHarness.CliResult table = h.cli("plan", "acme");
            assertTrue(table.out().lines().anyMatch(l -> l.contains("follow-up") && l.contains(
                    "held (you spoke with the company)  handled elsewhere: call logged ")), table.toString());
            assertTrue(h.message("acme/notice/reply").isEmpty(), "a logged call is no reply to tell the user about");

            assertEquals(2, h.cli("log", "acme", "Jane called").code(), "no --call, --met or --email");
            assertEquals(2, h.cli("log", "nosuch", "--met", "coffee").code(), "an unknown interview");
            DaemonHarness.CliResult resume = h.cli("resume", "acme");
            assertEquals(0, resume.code(), resume.toString());
            assertEquals(State.SENT, h.awaitState(FOLLOW_UP, State.SENT).state());
        }
    }

    /**
     * A call logged before the daemon planned the interview (a new record, the daemon not started): the daemon holds
     * each message to the company when it falls due, and the command says so instead of "0 pending messages are held".
     */
    @Test
    void followup_log_before_the_daemon_planned_the_interview_says_its_messages_will_not_be_sent_and_they_are_not()
            throws Exception {
        try (DaemonHarness h = new DaemonHarness(root, greenMail).policyPlus("""
                thank-you { after = 1s }
                follow-up { after = 4s }
                """)) {
            h.record("acme", DaemonHarness.interview(Duration.ZERO, JANE, ""));
            DaemonHarness.CliResult log = h.cli("log", "acme", "--call", "Jane called: a second round next week");
            assertEquals(0, log.code(), log.toString());
            assertTrue(log.out().contains("Logged the call for acme: no message of it to the company, nor the call"
                    + " reminder, will be sent, like after a reply; `followup resume acme` sends them after all."),
                    log.toString());

            h.start();
            assertEquals(Cause.HANDLED_ELSEWHERE, h.awaitState(THANK_YOU, State.HELD).cause());
            assertEquals(Cause.HANDLED_ELSEWHERE, h.awaitState(FOLLOW_UP, State.HELD).cause());
            assertEquals(List.of(), h.messageIds("jane@acme.example"));
        }
    }

    @Test
    void a_bounce_from_the_company_postmaster_holds_only_that_address_and_sends_no_reply_notice() throws Exception {
        try (DaemonHarness h = new DaemonHarness(root, greenMail).policyPlus("""
                thank-you { after = 1s }
                follow-up { after = 20s }
                second-follow-up { after = 60s }
                """)) {
            h.record("acme", DaemonHarness.interview(Duration.ZERO, JANE + "\n" + RAJ,
                    "contact = \"raj@acme.example\""));
            h.start();
            String janeThanks = h.awaitState(THANK_YOU, State.SENT).messageId();
            h.awaitState("acme/thank-you/raj@acme.example", State.SENT);

            IncomingMail.deliveryFailure(janeThanks, "jane@acme.example")
                    .header("From", "Mail Delivery Subsystem <postmaster@acme.example>").deliverTo(h);

            StoredMessage bounced = h.awaitState(THANK_YOU, State.BOUNCED);
            assertEquals(Cause.BOUNCE, bounced.cause());
            StoredMessage toRaj = h.awaitState("acme/follow-up/raj@acme.example", State.SENT);
            assertEquals("raj@acme.example", toRaj.recipient());
            h.awaitPolls(1);
            assertTrue(new MailLog(h.database()).replyTo("acme").isEmpty(), "the postmaster's bounce was a reply");
            assertTrue(h.message("acme/notice/reply").isEmpty(), "a reply notice for a bounce");
            h.awaitState("acme/notice/bounce:jane@acme.example", State.SENT);
            assertEquals("bounce", causes(h, "acme").get(THANK_YOU));
        }
    }

    /**
     * The company's server rewrote the address we wrote to (an alias) and reports the failure of the rewritten one,
     * without the original message attached: only {@code Original-Recipient} names the address of ours.
     */
    @Test
    void a_bounce_whose_final_recipient_is_an_alias_of_the_address_we_wrote_to_holds_that_address() throws Exception {
        try (DaemonHarness h = new DaemonHarness(root, greenMail).policyPlus("""
                thank-you { after = 1s }
                follow-up { after = 60s }
                second-follow-up { after = 60s }
                """)) {
            h.record("acme", DaemonHarness.interview(Duration.ZERO, JANE, ""));
            h.start();
            h.awaitState(THANK_YOU, State.SENT);

            IncomingMail.raw("""
                    From: MAILER-DAEMON@mx1.acme.example (Mail Delivery System)
                    To: %s
                    Subject: Undelivered Mail Returned to Sender
                    Date: %s
                    Message-ID: <20261124150211.4F2A1C0042@mx1.acme.example>
                    Auto-Submitted: auto-replied
                    MIME-Version: 1.0
                    Content-Type: multipart/report; report-type=delivery-status;
                    \tboundary="4F2A1C0042.1795964531/mx1.acme.example"

                    --4F2A1C0042.1795964531/mx1.acme.example
                    Content-Description: Notification
                    Content-Type: text/plain; charset=us-ascii

                    This is the mail system at host mx1.acme.example.

                    I'm sorry to have to inform you that your message could not
                    be delivered to one or more recipients.

                    <j.doe@corp.acme.example> (expanded from <jane@acme.example>): user unknown

                    --4F2A1C0042.1795964531/mx1.acme.example
                    Content-Description: Delivery report
                    Content-Type: message/delivery-status

                    Reporting-MTA: dns; mx1.acme.example
                    X-Postfix-Queue-ID: 4F2A1C0042
                    Arrival-Date: Tue, 24 Nov 2026 15:02:10 +0000

                    Final-Recipient: rfc822; j.doe@corp.acme.example
                    Original-Recipient: rfc822;jane@acme.example
                    Action: failed
                    Status: 5.1.1
                    Remote-MTA: dns; mbox.corp.acme.example
                    Diagnostic-Code: smtp; 550 5.1.1 <j.doe@corp.acme.example>: Recipient address
                        rejected: User unknown in virtual mailbox table

                    --4F2A1C0042.1795964531/mx1.acme.example--
                    """.formatted(SENDER, new jakarta.mail.internet.MailDateFormat().format(new Date())))
                    .deliverTo(h);

            StoredMessage held = h.awaitState(FOLLOW_UP, State.HELD);
            assertEquals(Cause.BOUNCE, held.cause());
            assertEquals("address bounced", held.reason());
            StoredMessage notice = h.awaitState("acme/notice/bounce:jane@acme.example", State.SENT);
            String text = (String) h.delivered(SENDER, notice.messageId()).getContent();
            assertTrue(text.contains("A message to jane@acme.example came back undelivered")
                    && text.contains("User unknown in virtual mailbox table"), text);
            // the notice says the address that failed is not the one written to, and how to go on if ours is right
            assertTrue(text.contains("passed it on to j.doe@corp.acme.example")
                    && text.contains("may have got it") && text.contains("followup resume acme"), text);
            assertTrue(new MailLog(h.database()).replyTo("acme").isEmpty(), "the bounce was taken for a reply");
        }
    }

    /**
     * A full mailbox (5.2.2, over quota) is no wrong address: the person exists and will empty it. What is planned is
     * held until resume, as for a server that gave up, and the user is not told to look for a typo.
     */
    @Test
    void a_mailbox_full_report_holds_until_resume_and_does_not_call_the_address_wrong() throws Exception {
        try (DaemonHarness h = new DaemonHarness(root, greenMail).policyPlus("""
                thank-you { after = 1s }
                follow-up { after = 40s }
                second-follow-up { after = 60s }
                """)) {
            h.record("acme", DaemonHarness.interview(Duration.ZERO, JANE, ""));
            h.start();
            StoredMessage thanks = h.awaitState(THANK_YOU, State.SENT);

            IncomingMail.mailboxFull(thanks.messageId(), "jane@acme.example").deliverTo(h);

            StoredMessage held = h.awaitState(FOLLOW_UP, State.HELD);
            assertEquals(MailLog.NOT_REACHED, held.reason());
            StoredMessage notice = h.awaitState("acme/notice/undelivered:jane@acme.example", State.SENT);
            String text = (String) h.delivered(SENDER, notice.messageId()).getContent();
            assertTrue(text.contains("Mailbox full") && text.contains("followup resume acme")
                    && !text.contains("typo"), text);
            assertTrue(text.contains("The person's mailbox is full") && !text.contains("after trying for some time"),
                    text);
            assertTrue(h.message("acme/notice/bounce:jane@acme.example").isEmpty(), "told the address is bad");
        }
    }

    /** The same from Exim, in plain text with X-Failed-Recipients, as its "permanent error" wording has it. */
    @Test
    void a_plain_text_mailbox_full_bounce_holds_until_resume() throws Exception {
        try (DaemonHarness h = new DaemonHarness(root, greenMail).policyPlus("""
                thank-you { after = 1s }
                follow-up { after = 40s }
                second-follow-up { after = 60s }
                """)) {
            h.record("acme", DaemonHarness.interview(Duration.ZERO, JANE, ""));
            h.start();
            StoredMessage thanks = h.awaitState(THANK_YOU, State.SENT);

            IncomingMail.raw("""
                    Return-path: <>
                    From: Mail Delivery System <Mailer-Daemon@mail.example.com>
                    To: %s
                    Subject: Mail delivery failed: returning message to sender
                    Message-Id: <E1vQx7R-0004Kp-2J@mail.example.com>
                    Date: Mon, 07 Dec 2026 14:02:11 +0000
                    X-Failed-Recipients: jane@acme.example
                    Auto-Submitted: auto-replied
                    Content-Type: text/plain; charset=us-ascii

                    This message was created automatically by mail delivery software.

                    A message that you sent could not be delivered to one or more of its
                    recipients. This is a permanent error. The following address(es) failed:

                      jane@acme.example
                        host mx.acme.example [203.0.113.7]
                        SMTP error from remote mail server after RCPT TO:<jane@acme.example>:
                        552 5.2.2 <jane@acme.example>: Recipient address rejected: Mailbox full

                    ------ This is a copy of the message's headers. ------

                    Message-ID: %s
                    From: %s
                    To: jane@acme.example
                    Subject: %s
                    """.formatted(SENDER, thanks.messageId(), SENDER, thanks.subject())).deliverTo(h);

            StoredMessage held = h.awaitState(FOLLOW_UP, State.HELD);
            assertEquals(MailLog.NOT_REACHED, held.reason());
            h.awaitState("acme/notice/undelivered:jane@acme.example", State.SENT);
            assertTrue(h.message("acme/notice/bounce:jane@acme.example").isEmpty(), "told the address is bad");
        }
    }

    @Test
    void a_report_that_the_server_gave_up_after_temporary_failures_tells_the_user_and_holds_until_resume()
            throws Exception {
        try (DaemonHarness h = new DaemonHarness(root, greenMail).policyPlus("""
                thank-you { after = 1s }
                follow-up { after = 40s }
                second-follow-up { after = 60s }
                """)) {
            h.record("acme", DaemonHarness.interview(Duration.ZERO, JANE, ""));
            h.start();
            StoredMessage thanks = h.awaitState(THANK_YOU, State.SENT);

            IncomingMail.gaveUp(thanks.messageId(), "jane@acme.example").deliverTo(h);

            StoredMessage bounced = h.awaitState(THANK_YOU, State.BOUNCED);
            assertEquals(Cause.BOUNCE, bounced.cause());
            assertTrue(bounced.reason().contains("not delivered") && bounced.reason().contains("Connection timed out"),
                    bounced.reason());
            StoredMessage held = h.awaitState(FOLLOW_UP, State.HELD);
            assertEquals(Cause.BOUNCE, held.cause());
            assertTrue(held.reason().startsWith("address bounced (not reached") && held.reason().contains("resume"),
                    held.reason());
            StoredMessage notice = h.awaitState("acme/notice/undelivered:jane@acme.example", State.SENT);
            assertEquals(SENDER, notice.recipient());
            assertEquals("followup: mail to jane@acme.example was not delivered", notice.subject());
            String text = (String) h.delivered(SENDER, notice.messageId()).getContent();
            assertTrue(text.contains("\"" + thanks.subject() + "\" to jane@acme.example did not arrive")
                    && text.contains("Connection timed out") && text.contains("followup resume acme"), text);
            assertTrue(h.message("acme/notice/bounce:jane@acme.example").isEmpty(), "told the address is bad");

            // the address is not known bad: resume sends what was held, once
            DaemonHarness.CliResult resume = h.cli("resume", "acme");
            assertEquals(0, resume.code(), resume.toString());
            h.awaitInstant("the follow-up's due instant", h.message(FOLLOW_UP).orElseThrow().due());
            StoredMessage followUp = h.awaitState(FOLLOW_UP, State.SENT);
            assertEquals(List.of(thanks.messageId(), followUp.messageId()), h.messageIds("jane@acme.example"));
            assertEquals(1, h.inbox(SENDER).stream().filter(m -> {
                try {
                    return m.getSubject().contains("was not delivered");
                } catch (jakarta.mail.MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }).count(), "one notice for the address");
        }
    }

    @Test
    void a_public_holiday_moves_the_follow_up_to_the_next_working_day() throws Exception {
        LocalDate today = ZonedDateTime.now(DaemonHarness.ZONE).toLocalDate();
        try (DaemonHarness h = new DaemonHarness(root, greenMail).policyPlus("""
                thank-you { after = 1s }
                follow-up { after = 4s }
                send-window {
                  enabled = true, days = [MON, TUE, WED, THU, FRI, SAT, SUN], from = "00:00", until = "23:59"
                  holidays { extra = ["%s"] }
                }
                """.formatted(today))) {
            h.record("acme", DaemonHarness.interview(Duration.ZERO, JANE, ""));
            h.start();
            h.awaitState(THANK_YOU, State.SENT);   // a prompt note beats one a day late: it went today
            StoredMessage followUp = h.message(FOLLOW_UP).orElseThrow();
            assertEquals(today.plusDays(1).atStartOfDay(DaemonHarness.ZONE).toInstant(), followUp.due());
            assertTrue(followUp.reason().contains(
                    "in policy.send-window.holidays.extra) into the send window"),
                    followUp.reason());
            h.awaitPolls(2);
            assertEquals(State.PLANNED, h.message(FOLLOW_UP).orElseThrow().state());
            assertEquals(1, h.messageIds("jane@acme.example").size());
        }
    }

    @Test
    void a_message_seen_before_a_uidvalidity_change_is_recorded_once() throws Exception {
        try (DaemonHarness h = new DaemonHarness(root, greenMail).mail("imap.folders = [\"INBOX\", \"Replies\"]")
                .policyPlus("thank-you { after = 1s }")) {
            h.record("acme", DaemonHarness.interview(Duration.ZERO, JANE, ""));
            GreenMailUser alex = greenMail.getUserManager().getUserByEmail(SENDER);
            ImapHostManager imap = greenMail.getManagers().getImapHostManager();
            MailFolder replies = imap.createMailbox(alex, "Replies");
            h.start();
            String thankYou = h.awaitState(THANK_YOU, State.SENT).messageId();
            IncomingMail reply = IncomingMail.from("jane@acme.example", "Re: Thank you").inReplyTo(thankYou);
            replies.appendMessage(reply.mime(), new Flags(), new Date());
            h.awaitTrue("the reply to be seen", () -> seen(h, reply).size() == 1);
            long before = replies.getUidValidity();

            imap.deleteMailbox(alex, "Replies");
            MailFolder again = imap.createMailbox(alex, "Replies");
            again.appendMessage(IncomingMail.from("raj@elsewhere.example", "Lunch?").mime(), new Flags(), new Date());
            again.appendMessage(reply.mime(), new Flags(), new Date());
            assertNotEquals(before, again.getUidValidity(), "the folder was not renumbered");
            h.awaitTrue("the folder to be read again", () -> new MailLog(h.database()).sync("Replies")
                    .map(MailLog.Sync::uidValidity).orElse(0L) == again.getUidValidity());
            h.awaitPolls(2);

            assertEquals(1, seen(h, reply).size(), "the reply was recorded again: " + seen(h, reply));
            DaemonHarness.CliResult status = h.cli("status");
            assertEquals(1, status.out().lines().filter(l -> l.contains("reply  jane@acme.example: Re: Thank you"))
                    .count(), status.toString());
        }
    }

    /** The rows of the mailbox log for this message. */
    private static List<String> seen(DaemonHarness h, IncomingMail m) {
        try (Connection c = h.database().connection();
             PreparedStatement ps = c.prepareStatement("SELECT folder, uid_validity, uid FROM fu_mail_seen"
                     + " WHERE message_id = ?")) {
            ps.setString(1, m.messageId());
            try (ResultSet rs = ps.executeQuery()) {
                List<String> out = new java.util.ArrayList<>();
                while (rs.next()) {
                    out.add(rs.getString(1) + "/" + rs.getLong(2) + "/" + rs.getLong(3));
                }
                return out;
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Key to the {@code cause} field of {@code plan ID --json}. */
    static Map<String, String> causes(DaemonHarness h, String id) throws IOException {
        DaemonHarness.CliResult plan = h.cli("plan", id, "--json");
        assertEquals(0, plan.code(), plan.toString());
        Map<String, String> out = new LinkedHashMap<>();
        for (JsonNode interview : new ObjectMapper().readTree(plan.out()).get("interviews")) {
            for (JsonNode m : interview.get("messages")) {
                out.put(m.get("key").asText(), m.get("cause").isNull() ? null : m.get("cause").asText());
            }
        }
        return out;
    }
}
