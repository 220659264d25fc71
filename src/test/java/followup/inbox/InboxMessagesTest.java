package followup.inbox;

import static followup.inbox.Fixtures.FOLLOW_UP_JANE;
import static followup.inbox.Fixtures.THANK_YOU_JANE;
import static followup.inbox.Fixtures.THANK_YOU_PAT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.spi.ILoggingEvent;
import followup.testing.QuietLog;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the header extraction reads from the real fixtures and from awkward messages. */
class InboxMessagesTest {
    /** The warnings the awkward messages provoke, asserted here and kept off the test console. */
    @RegisterExtension
    final QuietLog log = QuietLog.of(InboxMessages.class);

    @Test
    void bounce_yields_the_failed_recipient_the_unfolded_diagnostic_and_the_original_message_id()
            throws Exception {
        InboxMessage m = Fixtures.read(Fixtures.BOUNCE);
        assertEquals("<20261122142010.1798920C136@mail.realmail.test>", m.messageId());
        assertEquals("mailer-daemon@realmail.test", m.from());
        assertEquals("Undelivered Mail Returned to Sender", m.subject());
        assertEquals(List.of(), m.referencedIds());
        assertEquals(new DeliveryReport(List.of(new RecipientStatus("someone@bounce.test", "failed", "5.1.1",
                        "smtp; 550 5.1.1 <someone@bounce.test> User doesn't exist: someone@bounce.test")),
                List.of(THANK_YOU_JANE)), m.report().orElseThrow());
        assertTrue(log.events().isEmpty(), "no warning for a well-formed report");
    }

    @Test
    void delay_warning_takes_the_original_message_id_from_the_attached_headers() throws Exception {
        InboxMessage m = Fixtures.read(Fixtures.DELAY);
        assertEquals(new DeliveryReport(List.of(new RecipientStatus("pat@slow.test", "delayed", "4.4.1",
                        "X-Postfix; connect to 127.0.0.1[127.0.0.1]:11029: Connection refused")),
                List.of(THANK_YOU_PAT)), m.report().orElseThrow());
    }

    @Test
    void vacation_reply_has_one_reference_and_the_auto_submitted_signal() throws Exception {
        InboxMessage m = Fixtures.read(Fixtures.VACATION);
        assertEquals("jane@acme.test", m.from());
        assertEquals(List.of(FOLLOW_UP_JANE), m.referencedIds());
        assertEquals(Optional.of("Auto-Submitted: auto-replied (vacation)"), m.autoReplySignal());
        assertEquals(Optional.empty(), m.report());
    }

    @Test
    void human_reply_has_no_auto_reply_signal_and_no_report() throws Exception {
        InboxMessage m = Fixtures.read(Fixtures.HUMAN_REPLY);
        assertEquals("<179535721885.11691.3100757343631384163@acme.test>", m.messageId());
        assertEquals("Re: Thank you for the conversation", m.subject());
        assertEquals(List.of(THANK_YOU_JANE), m.referencedIds());
        assertEquals(Optional.empty(), m.autoReplySignal());
        assertEquals(Optional.empty(), m.report());
    }

    @Test
    void in_reply_to_comes_first_and_references_are_deduplicated() throws Exception {
        InboxMessage m = Fixtures.readRaw("""
                From: Raj <RAJ@Acme.Example>
                Subject: Re: hello
                In-Reply-To: <c@x>
                References: <a@x>
                 <b@x> <c@x>

                body
                """);
        assertEquals("raj@acme.example", m.from());
        assertEquals(List.of("<c@x>", "<a@x>", "<b@x>"), m.referencedIds());
    }

    @Test
    void a_long_references_header_keeps_every_id() throws Exception {
        String refs = IntStream.rangeClosed(1, 300).mapToObj(i -> "<r" + i + "@x>").collect(Collectors.joining(" "));
        InboxMessage m = Fixtures.readRaw("From: a@b.example\nReferences: " + refs + "\n\nbody\n");
        assertEquals(300, m.referencedIds().size());
        assertEquals("<r150@x>", m.referencedIds().get(149));
    }

    @Test
    void a_references_header_beyond_the_bound_keeps_the_first_and_the_last_ids() throws Exception {
        int n = InboxMessage.MAX_REFERENCES + 2;
        String refs = IntStream.rangeClosed(1, n).mapToObj(i -> "<r" + i + "@x>").collect(Collectors.joining(" "));
        InboxMessage m = Fixtures.readRaw("From: a@b.example\nReferences: " + refs + "\n\nbody\n");
        int half = InboxMessage.MAX_REFERENCES / 2;
        assertEquals(InboxMessage.MAX_REFERENCES, m.referencedIds().size());
        assertEquals("<r1@x>", m.referencedIds().get(0));
        assertEquals("<r" + half + "@x>", m.referencedIds().get(half - 1));
        assertEquals("<r" + (half + 3) + "@x>", m.referencedIds().get(half));
        assertEquals("<r" + n + "@x>", m.referencedIds().get(InboxMessage.MAX_REFERENCES - 1));
    }

    @Test
    void an_encoded_subject_is_decoded_before_looking_for_out_of_office() throws Exception {
        InboxMessage m = Fixtures.readRaw("""
                From: jane@acme.test
                Subject: =?UTF-8?Q?R=C3=A9ponse_automatique_:_absente?=

                body
                """);
        assertEquals("Réponse automatique : absente", m.subject());
        assertEquals(Optional.of("subject: Réponse automatique : absente"), m.autoReplySignal());
    }

    @Test
    void an_unparseable_from_still_yields_the_address_it_contains() throws Exception {
        InboxMessage m = Fixtures.readRaw("""
                From: Jane "Doe <jane@acme.test>
                Subject: hi

                body
                """);
        assertEquals("jane@acme.test", m.from());
    }

    @Test
    void a_from_without_angle_brackets_still_yields_its_domain() throws Exception {
        InboxMessage m = Fixtures.readRaw("From: Jane Doe jane@acme.test\nSubject: hi\n\nbody\n");
        assertTrue(m.from().endsWith("@acme.test"), m.from());
        assertTrue(log.events().isEmpty());
    }

    @Test
    void a_from_with_a_nul_in_the_address_is_no_address_and_one_warning() throws Exception {
        InboxMessage m = Fixtures.readRaw("From: Jane <ja\u0000ne@acme.test>\nSubject: hi\n\nbody\n");
        assertNull(m.from());
        assertEquals(1, log.warnings().size(), log.toString());
        String warning = log.warnings().get(0);
        assertTrue(warning.contains("read only in part: From: ") && !warning.contains("\u0000"), warning);
    }

    @Test
    void a_broken_delivery_report_keeps_what_could_be_read_and_logs_one_warning() throws Exception {
        InboxMessage m = InboxMessages.from(Fixtures.parse("""
                From: MAILER-DAEMON@acme.example
                Message-ID: <broken@acme.example>
                Subject: Undelivered
                Content-Type: multipart/report; report-type=delivery-status

                no boundary parameter, so no parts
                """), "INBOX", 42, Fixtures.RECEIVED);
        assertEquals("<broken@acme.example>", m.messageId());
        assertEquals("mailer-daemon@acme.example", m.from());
        assertEquals(new DeliveryReport(List.of(), List.of()), m.report().orElseThrow());
        assertEquals(1, log.events().size(), log.toString());
        ILoggingEvent warning = log.events().get(0);
        assertEquals("WARN", warning.getLevel().toString());
        assertTrue(warning.getFormattedMessage().contains("UID 42 in folder INBOX"), warning.getFormattedMessage());
    }

    @Test
    void a_message_without_any_header_we_read_is_empty_but_valid() throws Exception {
        InboxMessage m = Fixtures.readRaw("X-Other: 1\n\nbody\n");
        assertNull(m.messageId());
        assertNull(m.from());
        assertNull(m.subject());
        assertTrue(m.referencedIds().isEmpty());
        assertFalse(m.autoReplySignal().isPresent());
        assertTrue(log.events().isEmpty());
    }
}
