package followup.template;

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
 * The reminders to a German-speaking job seeker read as a German letter: after the greeting line, which ends with a
 * comma ("Jürgen,"), the text goes on in lower case, as every other German reminder and message does; and "Herr"
 * takes the case its place in the sentence asks for ("Wen: Herrn Krüger").
 */
class GermanReminderLetterTest {
    private static final String OFFICE = "Nordlicht GmbH\nHauptstraße 1\n10115 Berlin";
    private static Samples samples;

    @BeforeAll
    static void load() {
        samples = new Samples();
    }

    private static String render(Step step, List<Interviewer> people) {
        Interview iv = new Interview("nordlicht", "Nordlicht GmbH", "Softwareentwickler",
                LocalDateTime.of(2027, 1, 14, 10, 0), Samples.NEW_YORK, people, "klaus@nordlicht.example", null, null,
                List.of(), List.of(), null, Interview.Status.ACTIVE, List.of(), Map.of(), "de", List.of(), null);
        Sender sender = new Sender("Jürgen Weiß", "juergen@example.de", null, Samples.NEW_YORK, null, null, "de");
        List<PlannedMessage> plan = samples.planner.plan(iv);
        PlannedMessage m = plan.stream().filter(p -> p.step() == step).findFirst().orElseThrow();
        return samples.templates.render(iv, sender, m, plan).body();
    }

    @Test
    void theCardsReminderGoesOnInLowerCaseAfterTheGreeting() {
        String withCard = render(Step.HANDWRITTEN_NOTE, List.of(
                new Interviewer("Herr Klaus Krüger", null, "klaus@nordlicht.example", null, List.of(), false, null),
                new Interviewer("Frau Sabine Müller", null, null, null, List.of(), true, OFFICE)));
        assertTrue(withCard.startsWith("Jürgen,\n\neine kurze handschriftliche Karte fällt auf."), withCard);

        String withoutCard = render(Step.HANDWRITTEN_NOTE, List.of(
                new Interviewer("Herr Klaus Krüger", null, "klaus@nordlicht.example", null, List.of(), false, null),
                new Interviewer("Herr Tom Berger", null, null, null, List.of(), false, null)));
        assertTrue(withoutCard.startsWith("Jürgen,\n\nfür Herrn Tom Berger hat der Datensatz keine E-Mail-Adresse"),
                withoutCard);

        String both = render(Step.HANDWRITTEN_NOTE, List.of(
                new Interviewer("Herr Klaus Krüger", null, "klaus@nordlicht.example", null, List.of(), false, null),
                new Interviewer("Frau Sabine Müller", null, null, null, List.of(), true, OFFICE),
                new Interviewer("Herr Tom Berger", null, null, null, List.of(), false, null)));
        assertTrue(both.startsWith("Jürgen,\n\neine kurze"), both);
        // after a card, a new paragraph starts a new sentence
        assertTrue(both.contains("\n\nFür Herrn Tom Berger hat der Datensatz"), both);
    }

    @Test
    void theCallReminderSaysWhomToCallInTheAccusative() {
        String call = render(Step.CALL_REMINDER, List.of(
                new Interviewer("Herr Klaus Krüger", "Teamleiter", "klaus@nordlicht.example", null, List.of(), false,
                        null)));
        assertTrue(call.contains("\nWen: Herrn Klaus Krüger, Teamleiter, Nordlicht GmbH\n"), call);

        String woman = render(Step.CALL_REMINDER, List.of(
                new Interviewer("Frau Sabine Müller", null, "klaus@nordlicht.example", null, List.of(), false, null)));
        assertTrue(woman.contains("\nWen: Frau Sabine Müller, Nordlicht GmbH\n"), woman);
    }
}
