package followup.template;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import followup.plan.Interview;
import followup.plan.Interviewer;
import followup.plan.PlannedMessage;
import followup.plan.Sender;
import followup.plan.Step;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The second follow-up offers a call without naming "this week": it may go out on a Friday, when the week has no
 * days left for one.
 */
class SecondFollowUpTest {
    private static Samples samples;

    @BeforeAll
    static void load() {
        samples = new Samples();
    }

    @ParameterizedTest(name = "in {0}")
    @CsvSource({"en, in the next few days, this week", "de, in den nächsten Tagen, dieser Woche",
            "fr, dans les prochains jours, cette semaine", "es, en los próximos días, esta semana"})
    void theCallIsOfferedForTheNextFewDaysWhateverTheWeekday(String language, String soon, String thisWeek) {
        Sender sender = new Sender("Alex Morgan", "alex@example.com", null, Samples.NEW_YORK, null, "", language);
        for (int day = 11; day <= 15; day++) {
            List<Interviewer> people = List.of(new Interviewer("Jane Doe", null, "jane@acme.example", null,
                    List.of("the migration"), false, null));
            Interview iv = new Interview("acme", "Acme Corp", "Platform Engineer", LocalDateTime.of(2027, 1, day, 14, 0),
                    Samples.NEW_YORK, people, "jane@acme.example", "", null, List.of(), List.of(), "",
                    Interview.Status.ACTIVE, List.of(), Map.of(), language, List.of(), null);
            List<PlannedMessage> plan = samples.planner.plan(iv);
            PlannedMessage second = plan.stream().filter(m -> m.step() == Step.SECOND_FOLLOW_UP).findFirst()
                    .orElseThrow();
            DayOfWeek weekday = second.due().atZone(Samples.NEW_YORK).getDayOfWeek();
            String body = samples.templates.render(iv, sender, second, plan).body();
            assertFalse(body.contains(thisWeek), weekday + ": " + body);
            assertTrue(body.contains(soon), weekday + ": " + body);
        }
    }
}
