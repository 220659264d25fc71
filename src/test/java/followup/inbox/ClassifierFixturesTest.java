package followup.inbox;

import static followup.inbox.Fixtures.FOLLOW_UP_JANE;
import static followup.inbox.Fixtures.THANK_YOU_JANE;
import static followup.inbox.Fixtures.THANK_YOU_PAT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The verdicts the fixtures README expects for the real Postfix, Dovecot and Sieve messages. */
class ClassifierFixturesTest {
    private final Classifier classifier = new Classifier(Set.of("alex@example.test"), FakeCorrelation.ofFixtures());

    private Verdict classify(String fixture) throws Exception {
        return classifier.classify(Fixtures.read(fixture));
    }

    @Test
    void postfix_bounce_is_a_bounce_of_the_unknown_user_for_the_thank_you() throws Exception {
        assertEquals(new Verdict.Bounce(Set.of("someone@bounce.test"), Set.of(THANK_YOU_JANE),
                        "smtp; 550 5.1.1 <someone@bounce.test> User doesn't exist: someone@bounce.test"),
                classify(Fixtures.BOUNCE));
    }

    @Test
    void postfix_bounce_is_a_bounce_although_it_carries_auto_submitted() throws Exception {
        assertEquals("Auto-Submitted: auto-replied",
                Fixtures.read(Fixtures.BOUNCE).autoReplySignal().orElseThrow());
        assertInstanceOf(Verdict.Bounce.class, classify(Fixtures.BOUNCE));
    }

    @Test
    void postfix_bounce_is_recognised_by_its_failed_recipient_when_the_message_id_is_unknown() throws Exception {
        Classifier knowsOnlyRecipient = new Classifier(Set.of("alex@example.test"),
                new FakeCorrelation().recipient("someone@bounce.test"));
        Verdict verdict = knowsOnlyRecipient.classify(Fixtures.read(Fixtures.BOUNCE));
        assertEquals(Set.of("someone@bounce.test"), ((Verdict.Bounce) verdict).failedRecipients());
    }

    @Test
    void postfix_bounce_about_nothing_of_ours_is_unrelated() throws Exception {
        Classifier knowsNothing = new Classifier(Set.of("alex@example.test"), new FakeCorrelation());
        assertEquals(new Verdict.Unrelated(), knowsNothing.classify(Fixtures.read(Fixtures.BOUNCE)));
    }

    @Test
    void postfix_delay_warning_is_only_a_delay_not_a_bounce() throws Exception {
        assertEquals(new Verdict.Delayed(Set.of("pat@slow.test"), Set.of(THANK_YOU_PAT),
                "X-Postfix; connect to 127.0.0.1[127.0.0.1]:11029: Connection refused"), classify(Fixtures.DELAY));
    }

    @Test
    void sieve_vacation_reply_is_an_auto_reply_although_it_references_ours_and_comes_from_the_contact()
            throws Exception {
        assertEquals(new Verdict.AutoReply("Auto-Submitted: auto-replied (vacation)", Set.of("acme-platform"),
                        "jane@acme.test", true, Optional.of(LocalDate.parse("2026-12-01"))),
                classify(Fixtures.VACATION));
    }

    @Test
    void human_reply_is_a_reply_for_the_interview_of_the_thank_you() throws Exception {
        assertEquals(new Verdict.Reply(Set.of("acme-platform"), "jane@acme.test", "references " + THANK_YOU_JANE),
                classify(Fixtures.HUMAN_REPLY));
    }

    @Test
    void own_reminder_in_the_inbox_is_own() throws Exception {
        assertEquals(new Verdict.Own(), classify(Fixtures.OWN_MESSAGE));
    }

    @Test
    void own_follow_up_threaded_into_the_inbox_is_own_although_it_references_ours() throws Exception {
        assertEquals(FOLLOW_UP_JANE, Fixtures.read(Fixtures.OWN_FOLLOW_UP).referencedIds().get(0));
        assertEquals(new Verdict.Own(), classify(Fixtures.OWN_FOLLOW_UP));
    }
}
