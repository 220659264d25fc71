package followup.template;

import static org.junit.jupiter.api.Assertions.assertTrue;

import followup.plan.Interview;
import followup.plan.Interviewer;
import followup.plan.PlannedMessage;
import followup.plan.Sender;
import followup.plan.Step;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The handwritten-cards reminder names everyone the record has no email address for in one sentence: two or more
 * people read as a list of the language ("Tom Berger, Ann Roy and Hugo Roy"), not as names strung together with
 * commas, which reads as one person and an apposition ("for Tom Berger, Ann Roy, so no thank-you went to them").
 */
class UnthankedListTest {
    private static Samples samples;

    @BeforeAll
    static void load() {
        samples = new Samples();
    }

    private static String reminder(String language, String... withoutEmail) {
        List<Interviewer> people = new ArrayList<>();
        people.add(new Interviewer("Jane Doe", null, "jane@acme.example", null, List.of(), false, null));
        for (String name : withoutEmail) {
            people.add(new Interviewer(name, null, null, null, List.of(), false, null));
        }
        Interview iv = new Interview("cards", "Acme Corp", "Engineer", LocalDateTime.of(2027, 1, 14, 13, 30),
                Samples.NEW_YORK, people, "jane@acme.example", null, null, List.of(), List.of(), null,
                Interview.Status.ACTIVE, List.of(), Map.of(), language, List.of(), null);
        Sender sender = new Sender("Alex Morgan", "alex@example.com", null, Samples.NEW_YORK, null, null, language);
        List<PlannedMessage> plan = samples.planner.plan(iv);
        PlannedMessage note = plan.stream().filter(m -> m.step() == Step.HANDWRITTEN_NOTE).findFirst().orElseThrow();
        return samples.templates.render(iv, sender, note, plan).body();
    }

    @Test
    void englishJoinsTheLastNameWithAnd() {
        String two = reminder("en", "Tom Berger", "Ann Roy");
        assertTrue(two.contains("The record has no email address for Tom Berger and Ann Roy, so no thank-you went to"
                + " them by email."), two);
        String three = reminder("en", "Tom Berger", "Ann Roy", "Hugo Roy");
        assertTrue(three.contains("no email address for Tom Berger, Ann Roy and Hugo Roy, so"), three);
        String one = reminder("en", "Tom Berger");
        assertTrue(one.contains("no email address for Tom Berger, so no thank-you went to that person"), one);
    }

    @Test
    void germanJoinsTheLastNameWithUnd() {
        String two = reminder("de", "Herr Tom Berger", "Ann Roy");
        assertTrue(two.contains("ür Herrn Tom Berger und Ann Roy hat der Datensatz keine E-Mail-Adresse"), two);
        String three = reminder("de", "Tom Berger", "Ann Roy", "Frau Eva Roth");
        assertTrue(three.contains("ür Tom Berger, Ann Roy und Frau Eva Roth hat der Datensatz"), three);
    }
}
