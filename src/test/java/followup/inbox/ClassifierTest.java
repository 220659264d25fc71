package followup.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The classification rules on messages written for one rule each. */
class ClassifierTest {
    private static final String THANK_YOU = "<thank-you.acme.1@example.com>";
    private static final Instant AT = Instant.parse("2026-11-20T14:00:00Z");

    private final FakeCorrelation correlation = new FakeCorrelation()
            .interview("acme", AT).message(THANK_YOU, "acme").message("<follow-up.acme.1@example.com>", "acme")
            .person("jane.doe@gmail.com", "acme").domain("acme.example", "acme").recipient("jane.doe@gmail.com");
    private final Classifier classifier = new Classifier(Set.of("Alex@Example.com"), correlation);

    private Verdict classify(String headers) throws Exception {
        return classifier.classify(Fixtures.readRaw(headers + "\n\nHello.\n"));
    }

    @Test
    void reply_is_matched_by_in_reply_to_alone() throws Exception {
        assertEquals(new Verdict.Reply(Set.of("acme"), "someone@elsewhere.example", "references " + THANK_YOU),
                classify("From: someone@elsewhere.example\nSubject: Re: Thanks\nIn-Reply-To: " + THANK_YOU));
    }

    @Test
    void reply_is_matched_by_references_alone_with_ours_in_the_middle() throws Exception {
        assertEquals(new Verdict.Reply(Set.of("acme"), "someone@elsewhere.example", "references " + THANK_YOU),
                classify("From: someone@elsewhere.example\nReferences: <root@x.example> " + THANK_YOU
                        + "\n <later@y.example>"));
    }

    @Test
    void reply_is_matched_by_the_interviewers_address_alone() throws Exception {
        assertEquals(new Verdict.Reply(Set.of("acme"), "jane.doe@gmail.com", "from jane.doe@gmail.com"),
                classify("From: Jane Doe <Jane.Doe@gmail.com>\nSubject: Next steps"));
    }

    @Test
    void reply_is_matched_by_the_companys_domain_alone() throws Exception {
        assertEquals(new Verdict.Reply(Set.of("acme"), "recruiting@acme.example", "from recruiting@acme.example"),
                classify("From: Recruiting <recruiting@acme.example>\nSubject: Your application"));
    }

    @Test
    void a_message_from_the_company_received_before_the_interview_is_not_a_reply() {
        InboxMessage before = new InboxMessage("INBOX", 7, AT.minusSeconds(3600), "<m@x>", "hr@acme.example",
                "Scheduling", List.of(), Optional.empty(), Optional.empty());
        assertEquals(new Verdict.Unrelated(), classifier.classify(before));
    }

    @Test
    void a_message_from_an_unknown_domain_that_references_nothing_is_unrelated() throws Exception {
        assertEquals(new Verdict.Unrelated(), classify("From: news@shop.example\nSubject: Black Friday"));
    }

    @Test
    void own_address_is_recognised_whatever_its_case() throws Exception {
        assertEquals(new Verdict.Own(),
                classify("From: ALEX@example.COM\nIn-Reply-To: " + THANK_YOU + "\nSubject: Re: Thanks"));
    }

    @Test
    void x_autoreply_makes_a_message_from_the_interviewer_an_auto_reply() throws Exception {
        assertEquals(new Verdict.AutoReply("X-Autoreply: yes", Set.of("acme"), "jane.doe@gmail.com", true,
                        Optional.empty()),
                classify("From: jane.doe@gmail.com\nX-Autoreply: yes\nSubject: Re: Thanks"));
    }

    @Test
    void x_autorespond_is_an_auto_reply() throws Exception {
        assertInstanceOf(Verdict.AutoReply.class,
                classify("From: hr@acme.example\nX-Autorespond: Thank you for your mail\nSubject: Re: Thanks"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"list", "bulk", "junk", "auto_reply", "BULK"})
    void precedence_list_bulk_junk_and_auto_reply_are_auto_replies(String precedence) throws Exception {
        assertEquals(new Verdict.AutoReply("Precedence: " + precedence, Set.of("acme"), "hr@acme.example", false,
                        Optional.empty()),
                classify("From: hr@acme.example\nPrecedence: " + precedence + "\nSubject: Re: Thanks"));
    }

    @Test
    void auto_submitted_no_is_not_an_auto_reply() throws Exception {
        assertInstanceOf(Verdict.Reply.class,
                classify("From: hr@acme.example\nAuto-Submitted: no\nSubject: Re: Thanks"));
    }

    @Test
    void auto_submitted_auto_generated_is_an_auto_reply() throws Exception {
        assertEquals(new Verdict.AutoReply("Auto-Submitted: auto-generated", Set.of("acme"), "noreply@acme.example",
                        false, Optional.empty()),
                classify("From: noreply@acme.example\nAuto-Submitted: auto-generated\nSubject: Application received"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Auto: Thank you for the conversation", "Automatic reply: Thank you",
        "Out of Office: back on Monday", "AutoReply: Thanks", "Abwesenheitsnotiz: Thank you",
        "Automatische Antwort: Danke", "Absence du bureau", "Réponse automatique : Merci",
        "Respuesta automática: Gracias", "Risposta automatica: Grazie", "Automatisch antwoord: Bedankt",
        "Resposta automática: Obrigado", "Automatyczna odpowiedź: Dziękuję", "Autosvar: Tack",
        "Автоматический ответ: Спасибо", "自动回复: 谢谢", "OOO until Dec 1"})
    void out_of_office_subjects_in_several_languages_are_auto_replies(String subject) {
        Verdict verdict = classifier.classify(message("jane.doe@gmail.com", subject, List.of(), Optional.empty()));
        Verdict.AutoReply auto = assertInstanceOf(Verdict.AutoReply.class, verdict);
        assertEquals("subject: " + subject, auto.signal());
        assertEquals(Set.of("acme"), auto.interviews());
        assertTrue(auto.outOfOffice(), subject);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Re: Thank you", "Absolutely, let's talk", "Automotive role: next steps",
        "Re: Office hours", "Our office moves in December"})
    void ordinary_subjects_are_not_auto_replies(String subject) {
        Verdict verdict = classifier.classify(message("jane.doe@gmail.com", subject, List.of(), Optional.empty()));
        assertInstanceOf(Verdict.Reply.class, verdict);
    }

    @Test
    void a_delivery_report_from_the_companys_postmaster_about_someone_else_is_unrelated_not_a_reply() {
        DeliveryReport report = new DeliveryReport(
                List.of(new RecipientStatus("bob@acme.example", "failed", "5.1.1", null)), List.of("<x@other>"));
        InboxMessage m = message("postmaster@acme.example", "Undeliverable", List.of(THANK_YOU), Optional.of(report));
        assertEquals(new Verdict.Unrelated(), classifier.classify(m));
    }

    @Test
    void a_bounce_known_only_by_recipient_lists_only_our_failed_recipients() {
        DeliveryReport report = new DeliveryReport(List.of(
                new RecipientStatus("jane.doe@gmail.com", "failed", "5.1.1", null),
                new RecipientStatus("stranger@acme.example", "failed", "5.1.1", null)), List.of());
        assertEquals(new Verdict.Bounce(Set.of("jane.doe@gmail.com"), Set.of(), "Status: 5.1.1"),
                classifier.classify(message("mailer-daemon@mx.example", "Undelivered", List.of(),
                        Optional.of(report))));
    }

    @Test
    void a_report_with_one_failed_and_one_delayed_recipient_is_a_bounce() {
        DeliveryReport report = new DeliveryReport(List.of(
                new RecipientStatus("pat@acme.example", "delayed", "4.4.1", null),
                new RecipientStatus("raj@acme.example", "failed", "5.1.1", "smtp; 550 no such user")),
                List.of(THANK_YOU));
        assertEquals(new Verdict.Bounce(Set.of("raj@acme.example"), Set.of(THANK_YOU), "smtp; 550 no such user"),
                classifier.classify(message("mailer-daemon@mx.example", "Undelivered", List.of(),
                        Optional.of(report))));
    }

    private static InboxMessage message(String from, String subject, List<String> refs,
                                        Optional<DeliveryReport> report) {
        return new InboxMessage("INBOX", 7, Fixtures.RECEIVED, "<m@x>", from, subject, refs, Optional.empty(), report);
    }
}
