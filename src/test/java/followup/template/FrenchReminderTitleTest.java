package followup.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import followup.plan.Interview;
import followup.plan.Interviewer;
import followup.plan.PlannedMessage;
import followup.plan.Sender;
import followup.plan.Step;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reminders to a French-speaking job seeker name a doctor or a professor as French does, with the article:
 * "la relance au Dr Raj Patel", "Appeler le Pr Anne Roy", never "à Dr Raj Patel" or "Appeler Dr Raj Patel"; "à Mme
 * Claire Martin" and "Appeler M. Jean Dupont" stay as they are.
 */
class FrenchReminderTitleTest {
    private static Samples samples;

    @BeforeAll
    static void load() {
        samples = new Samples();
    }

    private static Rendered render(Step step, List<Interviewer> people) {
        Interview iv = new Interview("orbital", "Orbital SA", "Ingénieur plateforme",
                LocalDateTime.of(2027, 1, 14, 10, 0), Samples.NEW_YORK, people, people.get(0).email(), null, null,
                List.of(), List.of(), null, Interview.Status.ACTIVE, List.of(), Map.of(), "fr", List.of(), null);
        Sender sender = new Sender("Claire Petit", "claire@example.fr", null, Samples.NEW_YORK, null, null, "fr");
        List<PlannedMessage> plan = samples.planner.plan(iv);
        PlannedMessage m = plan.stream().filter(p -> p.step() == step).findFirst().orElseThrow();
        return samples.templates.render(iv, sender, m, plan);
    }

    private static Interviewer person(String name, String email) {
        return new Interviewer(name, null, email, null, List.of(), false, null);
    }

    @Test
    void aDoctorOrAProfessorTakesTheArticle() {
        List<Interviewer> doctor = List.of(person("Dr. Raj Patel", "raj@orbital.example"), person("Tom Berger", null));
        String debrief = render(Step.DEBRIEF, doctor).body();
        assertTrue(debrief.contains("pour la relance au Dr. Raj Patel\u00a0: elle est prévue"), debrief);
        String note = render(Step.HANDWRITTEN_NOTE, doctor).body();
        assertTrue(note.contains("Le message de remerciement au Dr. Raj Patel demande"), note);
        assertEquals("Appeler le Dr. Raj Patel chez Orbital SA au sujet du poste d'Ingénieur plateforme",
                render(Step.CALL_REMINDER, doctor).subject());

        List<Interviewer> professor = List.of(person("Pr Anne Roy", "anne@orbital.example"));
        assertTrue(render(Step.DEBRIEF, professor).body().contains("pour la relance au Pr Anne Roy\u00a0:"));
        assertEquals("Appeler le Pr Anne Roy chez Orbital SA au sujet du poste d'Ingénieur plateforme",
                render(Step.CALL_REMINDER, professor).subject());
        assertEquals("Appeler le Professeur Anne Roy chez Orbital SA au sujet du poste d'Ingénieur plateforme",
                render(Step.CALL_REMINDER, List.of(person("Professeur Anne Roy", "anne@orbital.example")))
                        .subject());

        for (String name : List.of("Dr. Raj Patel", "Dr Raj Patel", "Docteur Raj Patel", "Prof. Anne Roy")) {
            List<Interviewer> people = List.of(person(name, "x@orbital.example"), person("Tom Berger", null));
            for (Step step : List.of(Step.DEBRIEF, Step.HANDWRITTEN_NOTE, Step.CALL_REMINDER)) {
                Rendered r = render(step, people);
                String text = r.subject() + "\n" + r.body();
                assertFalse(text.contains("à " + name), text);
                assertFalse(text.contains("Appeler " + name), text);
            }
        }
    }

    @Test
    void theNoticesOfMessagesNotSentSayAuDr() {
        java.time.Instant latest = java.time.Instant.parse("2027-01-16T19:00:00Z");
        NoticeTexts.Text late = new NoticeTexts("fr", Samples.NEW_YORK).render("late", Map.of("step", "thank-you",
                "to", "Dr. Raj Patel", "company", "Orbital SA", "latest", latest, "interviewId", "orbital"));
        assertTrue(late.subject().endsWith(" au Dr. Raj Patel"), late.subject());
        assertTrue(late.body().contains(" au Dr. Raj Patel, pour votre entretien"), late.body());
        NoticeTexts.Text missed = new NoticeTexts("fr", Samples.NEW_YORK).render("missed", Map.of("company",
                "Orbital SA", "position", "Ingénieur plateforme", "interviewId", "orbital", "missed", List.of(
                        Map.of("step", "follow-up", "to", "Pr Anne Roy", "latest", latest, "window", "none"),
                        Map.of("step", "follow-up", "to", "Mme Claire Martin", "latest", latest, "window", "none"))));
        assertTrue(missed.body().contains(" au Pr Anne Roy ("), missed.body());
        assertTrue(missed.body().contains(" à Mme Claire Martin ("), missed.body());
    }

    @Test
    void otherNamesAreNamedAsBefore() {
        List<Interviewer> madame = List.of(person("Mme Claire Martin", "claire@orbital.example"),
                person("Tom Berger", null));
        assertTrue(render(Step.DEBRIEF, madame).body().contains("pour la relance à Mme Claire Martin\u00a0:"));
        assertTrue(render(Step.HANDWRITTEN_NOTE, madame).body().contains("Le message de remerciement à Mme Claire"
                + " Martin demande"));
        assertEquals("Appeler M. Jean Dupont chez Orbital SA au sujet du poste d'Ingénieur plateforme",
                render(Step.CALL_REMINDER, List.of(person("M. Jean Dupont", "jean@orbital.example"))).subject());
        // "Dr" at the start of a given name is no title
        assertTrue(render(Step.DEBRIEF, List.of(person("Drew Martin", "drew@orbital.example"))).body()
                .contains("pour la relance à Drew Martin\u00a0:"));
    }
}
