package followup.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Automatic answers (Microsoft 365, Gmail, Sieve), invitations and rejections, read the way the daemon reads them:
 * the header, then the content the classifier asks for.
 */
class AnswersClassifierTest {
    private static final String FOLLOW_UP = Fixtures.FOLLOW_UP_JANE;
    private final FakeCorrelation correlation = new FakeCorrelation()
            .interview("acme-platform", Instant.parse("2026-11-20T13:00:00Z"))
            .message(FOLLOW_UP, "acme-platform").message(Fixtures.THANK_YOU_JANE, "acme-platform")
            .person("jane@acme.test", "acme-platform").domain("acme.test", "acme-platform")
            .domain("acme.example", "acme-platform").recipient("jane@acme.test");
    private final Classifier classifier = new Classifier(Set.of("alex@example.test"), correlation);

    private Verdict file(String path) throws Exception {
        return classifier.classify(Fixtures.read(Fixtures.load(path), classifier));
    }

    private Verdict raw(String text) throws Exception {
        return classifier.classify(Fixtures.read(Fixtures.parse(text), classifier));
    }

    private Verdict.AutoReply autoReply(String file) throws Exception {
        return assertInstanceOf(Verdict.AutoReply.class, file("../auto-replies/" + file));
    }

    @Test
    void microsoft_365_out_of_office_from_a_postmaster_envelope_is_an_auto_reply_with_its_return_date()
            throws Exception {
        Verdict.AutoReply a = autoReply("m365-automatic-reply.eml");
        assertTrue(a.outOfOffice());
        assertEquals(Optional.of(LocalDate.parse("2027-01-11")), a.returnDate());
        assertEquals(Set.of("acme-platform"), a.interviews());
        assertEquals("jane@acme.test", a.from());
    }

    @Test
    void an_html_only_german_exchange_answer_is_read_for_its_dotted_date() throws Exception {
        Verdict.AutoReply a = autoReply("m365-automatische-antwort-html-only.eml");
        assertEquals("X-MS-Exchange-Inbox-Rules-Loop: jana@acme.test", a.signal());
        assertTrue(a.outOfOffice());
        assertEquals(Optional.of(LocalDate.parse("2027-01-08")), a.returnDate());
    }

    @Test
    void a_gmail_vacation_reply_with_an_ordinary_subject_is_an_out_of_office() throws Exception {
        Verdict.AutoReply a = autoReply("gmail-vacation-reply.eml");
        assertEquals("Auto-Submitted: auto-replied", a.signal());
        assertTrue(a.outOfOffice());
        assertEquals(Optional.of(LocalDate.parse("2027-01-08")), a.returnDate());
    }

    @Test
    void a_german_sieve_vacation_reply_gives_the_day_the_person_is_back() throws Exception {
        Verdict.AutoReply a = autoReply("sieve-vacation-german.eml");
        assertEquals(Optional.of(LocalDate.parse("2027-03-15")), a.returnDate());
    }

    @Test
    void an_acknowledgement_of_receipt_is_an_auto_reply_but_no_out_of_office() throws Exception {
        Verdict.AutoReply a = autoReply("application-received-acknowledgement.eml");
        assertFalse(a.outOfOffice());
        assertEquals(Optional.empty(), a.returnDate());
    }

    @Test
    void a_human_message_forwarded_by_a_rule_is_still_the_humans_reply() throws Exception {
        assertInstanceOf(Verdict.Reply.class, file("../auto-replies/human-reply-forwarded-by-rule.eml"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Out of Office: Thank you", "Abwesend: Danke", "Absent du bureau", "Fuera de la oficina",
        "Fuori ufficio: Grazie", "Afwezig: Bedankt", "Ausente do escritório", "Frånvarande: Tack",
        "Automatiskt svar: Tack", "Automatisk svar: Tak", "Fraværende: Tak", "Fravær: Takk", "Poza biurem",
        "Nieobecność: Dziękuję", "不在のお知らせ", "自動返信: ありがとう", "自动回复：谢谢", "不在办公室"})
    void out_of_office_subjects_in_thirteen_languages_are_out_of_office_answers(String subject) throws Exception {
        String encoded = jakarta.mail.internet.MimeUtility.encodeText(subject, "UTF-8", "B"); // as mail carries it
        Verdict v = raw("From: jane@acme.test\nSubject: " + encoded + "\nIn-Reply-To: " + FOLLOW_UP
                + "\nContent-Type: text/plain; charset=utf-8\n\nHello.");
        assertTrue(assertInstanceOf(Verdict.AutoReply.class, v).outOfOffice(), subject);
    }

    /**
     * Outlook's "Automatic reply:" as its other languages write it, with nothing else to say it is automatic (an
     * Outlook rule or a server that adds no header): the Polish one puts the noun first, "Odpowiedź automatyczna".
     */
    @ParameterizedTest
    @ValueSource(strings = {"Odpowiedź automatyczna: Dziękuję", "Răspuns automat: Mulțumesc",
        "Automatikus válasz: Köszönöm", "Automatski odgovor: Hvala", "Samodejni odgovor: Hvala",
        "Automatinis atsakymas: Ačiū", "Automātiskā atbilde: Paldies", "Αυτόματη απάντηση: Ευχαριστώ",
        "Автоматична відповідь: Дякую", "Автоматичен отговор: Благодаря", "Balasan otomatis: Terima kasih",
        "Trả lời tự động: Cảm ơn", "תשובה אוטומטית: תודה", "رد تلقائي: شكرا"})
    void outlooks_automatic_reply_in_more_languages_holds_nothing(String subject) throws Exception {
        String encoded = jakarta.mail.internet.MimeUtility.encodeText(subject, "UTF-8", "B");
        Verdict v = raw("From: jane@acme.test\nSubject: " + encoded + "\nIn-Reply-To: " + FOLLOW_UP
                + "\nContent-Type: text/plain; charset=utf-8\n\nHello.");
        assertTrue(assertInstanceOf(Verdict.AutoReply.class, v, subject).outOfOffice(), subject);
    }

    @Test
    void a_google_calendar_invitation_from_the_company_is_an_invitation() throws Exception {
        Verdict.Invitation i = assertInstanceOf(Verdict.Invitation.class,
                file("../invitations/google-calendar-invitation.eml"));
        assertEquals(Set.of("acme-platform"), i.interviews());
        assertEquals("jane@acme.example", i.from());
        assertEquals("Onsite with the platform team", i.invite().summary());
        assertEquals(ZonedDateTime.of(2027, 1, 19, 10, 0, 0, 0, ZoneId.of("Europe/Berlin")), i.invite().start());
    }

    @Test
    void an_outlook_invitation_from_the_company_is_an_invitation() throws Exception {
        Verdict.Invitation i = assertInstanceOf(Verdict.Invitation.class,
                file("../invitations/outlook-invitation.eml"));
        assertEquals(List.of("alex@example.test", "raj@acme.example", "mia@acme.example"),
                i.invite().attendees().stream().map(Invite.Attendee::email).toList());
    }

    @Test
    void an_invitation_from_a_stranger_is_no_invitation() throws Exception {
        Verdict v = classifier.classify(Fixtures.read(Fixtures.parse(new String(
                InviteParserTest.fixture("outlook-invitation.eml"), java.nio.charset.StandardCharsets.UTF_8)
                .replace("jane@acme.example>", "someone@elsewhere.test>")), classifier));
        assertEquals(new Verdict.Unrelated(), v);
    }

    @Test
    void a_rejection_from_the_company_is_a_rejection_with_its_sentence() throws Exception {
        Verdict v = raw("From: Jane <jane@acme.test>\nSubject: Re: Thank you\nIn-Reply-To: "
                + Fixtures.THANK_YOU_JANE + "\nContent-Type: text/plain; charset=utf-8\n\nHi Alex,\n\nThank you for"
                + " your time. Unfortunately, we have decided to move forward with other candidates.\n\nJane\n\n"
                + "On Mon, Alex wrote:\n> Thank you for the conversation!");
        assertEquals(new Verdict.Rejection(Set.of("acme-platform"), "jane@acme.test",
                "Unfortunately, we have decided to move forward with other candidates."), v);
    }

    @Test
    void a_rejection_sent_as_automatic_mail_by_a_tracking_system_is_a_rejection() throws Exception {
        Verdict v = raw("From: Jane <jane@acme.test>\nAuto-Submitted: auto-generated\nPrecedence: bulk\nSubject:"
                + " Your application for Platform Engineer\nContent-Type: text/plain; charset=utf-8\n\nDear Alex,\n\n"
                + "Thank you for your interest. After careful consideration, we have decided to move forward with"
                + " other candidates.\n\nThe Acme Talent Team");
        assertEquals(new Verdict.Rejection(Set.of("acme-platform"), "jane@acme.test",
                "After careful consideration, we have decided to move forward with other candidates."), v);
    }

    @Test
    void an_answer_to_ours_that_a_mail_tool_marked_as_bulk_is_a_reply() throws Exception {
        Verdict v = raw("From: Jane <jane@acme.test>\nPrecedence: bulk\nSubject: Re: Thank you\nIn-Reply-To: "
                + Fixtures.THANK_YOU_JANE + "\nContent-Type: text/plain\n\nHi Alex, we'd like to invite you to a"
                + " final round next week. Jane");
        assertEquals(new Verdict.Reply(Set.of("acme-platform"), "jane@acme.test",
                "references " + Fixtures.THANK_YOU_JANE + " (Precedence: bulk)"), v);
    }

    @Test
    void a_read_receipt_from_the_interviewer_is_automatic_and_no_answer() throws Exception {
        Verdict v = raw("From: Jane <jane@acme.test>\nSubject: Read: Thank you for today\nIn-Reply-To: "
                + Fixtures.THANK_YOU_JANE + "\nMIME-Version: 1.0\nContent-Type: multipart/report;"
                + " report-type=disposition-notification;\n boundary=\"mdn-1\"\n\n--mdn-1\nContent-Type: text/plain;"
                + " charset=utf-8\n\nYour message\n\n  To: Jane\n  Subject: Thank you for today\n\nwas read on"
                + " Tuesday.\n\n--mdn-1\nContent-Type: message/disposition-notification\n\nReporting-UA: mail.acme.test;"
                + " Microsoft Outlook\nFinal-Recipient: rfc822;jane@acme.test\nOriginal-Message-ID: "
                + Fixtures.THANK_YOU_JANE + "\nDisposition: manual-action/MDN-sent-manually; displayed\n\n--mdn-1--\n");
        assertEquals(new Verdict.AutoReply("Content-Type: multipart/report; report-type=disposition-notification",
                Set.of("acme-platform"), "jane@acme.test", false, Optional.empty()), v);
    }

    @Test
    void a_newsletter_from_the_company_with_only_list_headers_is_automatic_and_no_answer() throws Exception {
        Verdict v = raw("From: Acme Careers <careers@acme.test>\nList-Unsubscribe: <https://acme.test/u?x=1>,"
                + " <mailto:unsubscribe@acme.test>\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\nSubject: Life at"
                + " Acme: December\nContent-Type: text/plain\n\nOur people, our news.");
        assertEquals(new Verdict.AutoReply("List-Unsubscribe: <https://acme.test/u?x=1>, <mailto:unsubscribe@acme.test>",
                Set.of("acme-platform"), "careers@acme.test", false, Optional.empty()), v);
    }

    @Test
    void an_acknowledgement_from_an_address_nobody_reads_is_automatic_and_a_decision_from_it_a_rejection()
            throws Exception {
        assertEquals(new Verdict.AutoReply("From: careers-noreply@acme.test", Set.of("acme-platform"),
                "careers-noreply@acme.test", false, Optional.empty()), raw("From: Acme <careers-noreply@acme.test>\n"
                + "Subject: We received your documents\nContent-Type: text/plain\n\nThis is an automated message;"
                + " please do not reply."));
        assertInstanceOf(Verdict.Rejection.class, raw("From: Acme <no-reply@acme.test>\nSubject: Your application\n"
                + "Content-Type: text/plain\n\nDear Alex, unfortunately we have decided to move forward with other"
                + " candidates."));
    }

    @Test
    void an_answer_to_ours_passed_on_by_a_group_address_is_a_reply() throws Exception {
        Verdict v = raw("From: Jane <jane@acme.test>\nList-Id: <recruiting.acme.test>\nSubject: Re: Thank you\n"
                + "In-Reply-To: " + Fixtures.THANK_YOU_JANE + "\nContent-Type: text/plain\n\nThanks Alex, talk soon.");
        assertEquals(new Verdict.Reply(Set.of("acme-platform"), "jane@acme.test",
                "references " + Fixtures.THANK_YOU_JANE + " (List-Id: <recruiting.acme.test>)"), v);
    }

    /** The person says she is away in her own words: an answer all the same, not an automatic one. */
    @Test
    void an_answer_to_ours_passed_on_by_a_group_address_that_says_the_writer_travels_is_a_reply() throws Exception {
        Verdict v = raw("From: Jane <jane@acme.test>\nList-Id: <recruiting.acme.test>\nSubject: Re: Thank you\n"
                + "In-Reply-To: " + Fixtures.THANK_YOU_JANE + "\nContent-Type: text/plain\n\nThanks Alex! I'm"
                + " travelling this week and away until Monday; I'll send you the next steps then.\n\nJane");
        assertEquals(new Verdict.Reply(Set.of("acme-platform"), "jane@acme.test",
                "references " + Fixtures.THANK_YOU_JANE + " (List-Id: <recruiting.acme.test>)"), v);
    }

    @Test
    void an_answer_to_ours_marked_as_bulk_by_its_mail_tool_that_says_the_writer_is_away_is_a_reply()
            throws Exception {
        Verdict v = raw("From: Jane <jane@acme.test>\nPrecedence: bulk\nSubject: Re: Following up\nIn-Reply-To: "
                + Fixtures.FOLLOW_UP_JANE + "\nContent-Type: text/plain\n\nHi Alex, sorry for the silence, I was on"
                + " holiday. We'd like you to meet the team next week.\n\nJane");
        assertEquals(new Verdict.Reply(Set.of("acme-platform"), "jane@acme.test",
                "references " + Fixtures.FOLLOW_UP_JANE + " (Precedence: bulk)"), v);
    }

    @Test
    void the_contact_writing_through_a_recruiting_tool_that_she_is_out_of_the_office_is_a_reply() throws Exception {
        Verdict v = raw("From: Jane <jane@acme.test>\nList-Unsubscribe: <https://crm.example/u/1>\nSubject: Next"
                + " steps\nContent-Type: text/plain\n\nHi Alex, I'm out of the office until Friday, but wanted to say"
                + " the team would like a final round. Jane");
        assertInstanceOf(Verdict.Reply.class, v);
    }

    @Test
    void bulk_mail_from_the_company_that_answers_nothing_of_ours_stays_automatic() throws Exception {
        assertInstanceOf(Verdict.AutoReply.class, raw("From: Jane <jane@acme.test>\nPrecedence: bulk\nSubject:"
                + " Acme newsletter\nContent-Type: text/plain\n\nOur news this month."));
    }

    @Test
    void an_html_only_rejection_is_recognised() throws Exception {
        Verdict v = raw("From: Jane <jane@acme.test>\nSubject: Your application\nContent-Type: text/html;"
                + " charset=utf-8\n\n<p>Bonjour Alex,</p><p>Nous avons retenu une autre candidature.</p>");
        assertInstanceOf(Verdict.Rejection.class, v);
    }

    @Test
    void a_positive_reply_is_a_plain_reply() throws Exception {
        Verdict v = raw("From: Jane <jane@acme.test>\nSubject: Re: Thank you\nIn-Reply-To: "
                + Fixtures.THANK_YOU_JANE + "\nContent-Type: text/plain\n\nWe'd like to move forward with you!");
        assertEquals(new Verdict.Reply(Set.of("acme-platform"), "jane@acme.test",
                "references " + Fixtures.THANK_YOU_JANE), v);
    }

    @Test
    void a_message_from_nobody_of_ours_is_not_read_beyond_its_header() throws Exception {
        InboxMessage m = Fixtures.read(Fixtures.parse("From: news@shop.example\nSubject: Sale\n\nBuy now."),
                classifier);
        assertEquals(Optional.empty(), m.content());
        InboxMessage list = Fixtures.read(Fixtures.parse("From: news@shop.example\nPrecedence: list\nSubject: Sale"
                + "\n\nBuy now."), classifier);
        assertEquals(Optional.empty(), list.content());
    }
}
