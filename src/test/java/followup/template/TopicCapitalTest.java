package followup.template;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import followup.plan.Interview;
import followup.plan.Interviewer;
import followup.plan.PlannedMessage;
import followup.plan.Sender;
import followup.plan.Step;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A topic, promise or takeaway written as a sentence of its own ("The migration to Kubernetes") reads in the middle
 * of the message's sentence as a phrase does ("your insights into the migration to Kubernetes"), not with a capital
 * after "into"; a name that starts with such a word keeps it ("The Hague office").
 */
class TopicCapitalTest {
    private static Samples samples;

    @BeforeAll
    static void load() {
        samples = new Samples();
    }

    private static String thankYouAndFollowUp(String language, List<String> topics, String promise, String takeaway) {
        Sender sender = new Sender("Alex Morgan", "alex@example.com", null, Samples.NEW_YORK, null, "", "en");
        Interview iv = new Interview("capitals", "Acme Corp", "Platform Engineer", LocalDateTime.of(2027, 3, 10, 14, 0),
                Samples.NEW_YORK, List.of(new Interviewer("Jane Doe", null, "jane@acme.example", null, topics, false,
                null)), "jane@acme.example", null, LocalDate.of(2027, 3, 19), List.of(promise), List.of(),
                "", Interview.Status.ACTIVE, List.of(), Map.of(), language, List.of(takeaway), null);
        List<PlannedMessage> plan = samples.planner.plan(iv);
        StringBuilder out = new StringBuilder();
        for (PlannedMessage m : plan) {
            if (m.applies() && (m.step() == Step.THANK_YOU || m.step() == Step.FOLLOW_UP)) {
                Rendered r = samples.templates.render(iv, sender, m, plan);
                out.append(r.subject()).append('\n').append(r.body()).append('\n');
            }
        }
        return out.toString();
    }

    @Test
    void an_english_topic_written_with_a_capital_article_reads_in_lower_case_mid_sentence() {
        String text = thankYouAndFollowUp("en", List.of("The migration to Kubernetes", "How the team does on-call"),
                "A code sample", "Their concern about on-call load");

        assertTrue(text.contains("the migration to Kubernetes and how the team does on-call"), text);
        assertFalse(text.contains("The migration"), text);
        assertFalse(text.contains("How the team"), text);
        assertTrue(text.contains("(a code sample)"), text);
        assertTrue(text.contains("about their concern about on-call load"), text);
    }

    @Test
    void french_and_spanish_articles_too_and_a_name_keeps_its_capital() {
        String fr = thankYouAndFollowUp("fr", List.of("La refonte du pipeline"), "Des exemples de code",
                "L'intégration des juniors");
        assertTrue(fr.contains("la refonte du pipeline"), fr);
        assertFalse(fr.contains("La refonte"), fr);

        String es = thankYouAndFollowUp("es", List.of("La migración a la nube"), "Unas muestras de código",
                "El traspaso del pipeline");
        assertTrue(es.contains("la migración a la nube"), es);
        assertFalse(es.contains("La migración"), es);

        String en = thankYouAndFollowUp("en", List.of("The Hague office move"), "A code sample", "the budget");
        assertTrue(en.contains("The Hague office move"), en);
    }
}
