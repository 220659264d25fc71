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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The reminder of what was promised names one thing or several, often a plural noun ("two writing samples", "the
 * client case studies"): it must not call them "it", in any language, and it says "that promise" for one and "those
 * promises" for several.
 */
class PromiseReminderTest {
    private static Samples samples;

    @BeforeAll
    static void load() {
        samples = new Samples();
    }

    private static String reminder(String language, List<String> mine, List<String> theirs) {
        List<Interviewer> people = List.of(new Interviewer("Jane Doe", "Engineering Manager", "jane@acme.example",
                null, List.of("the migration"), false, null));
        Interview iv = new Interview("acme", "Acme Corp", "Platform Engineer", LocalDateTime.of(2027, 1, 14, 14, 0),
                Samples.NEW_YORK, people, "jane@acme.example", null, LocalDate.of(2027, 1, 22), mine, theirs,
                "Notes.", Interview.Status.ACTIVE, List.of(), Map.of(), language, List.of(), null);
        Sender sender = new Sender("Alex Morgan", "alex@example.com", null, Samples.NEW_YORK, null, null, language);
        List<PlannedMessage> plan = samples.planner.plan(iv);
        PlannedMessage m = plan.stream().filter(p -> p.step() == Step.PROMISE_REMINDER).findFirst().orElseThrow();
        return samples.templates.render(iv, sender, m, plan).body();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en | two writing samples | the client case studies | that promise | those promises | Send it|turned up",
        "de | zwei Arbeitsproben | die Fallstudien | diese Zusage ein | diese Zusagen ein | Schicken Sie es|Wenn es in",
        "fr | deux exemples de code | les études de cas | cette promesse | ces promesses | Envoyez-le|demandez-le",
        "es | dos ejemplos de código | los casos de estudio | esa promesa | esas promesas | Envíalo|no ha llegado,",
    })
    void names_one_promise_or_several_without_calling_a_plural_it(String language, String mine, String theirs,
                                                                  String one, String several, String itWords) {
        String single = reminder(language, List.of(mine), List.of(theirs));
        String two = reminder(language, List.of(mine, "a reference"), List.of(theirs));
        assertTrue(single.contains(one), single);
        assertTrue(two.contains(several), two);
        for (String it : itWords.split("\\|")) {
            assertFalse(single.contains(it) || two.contains(it), "\"" + it + "\" in:\n" + single);
        }
    }
}
