package followup.template;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import followup.plan.Interview;
import followup.plan.Interviewer;
import followup.plan.PlannedMessage;
import followup.plan.Planner;
import followup.plan.Policy;
import followup.plan.Sender;
import followup.plan.Step;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Someone who talked about six things is thanked for the first three in one sentence, not for a list of all six
 * ("Your perspective on A, B, C, D, E and F was especially useful"); the follow-up to them and the card to copy say
 * the same, and only the debrief, which is the job seeker's own, lists them all.
 */
class ManyTopicsTest {
    private static final List<String> SIX = List.of("alpha pipelines", "beta releases", "gamma reviews",
            "delta budgets", "epsilon hiring", "zeta roadmaps");
    private final Templates templates = new Templates(Path.of("templates"), Duration.ofSeconds(5));

    private static Interview record(String language) {
        List<Interviewer> people = List.of(
                new Interviewer("Jane Doe", "Engineering Manager", "jane@acme.example", null, SIX, false, null),
                new Interviewer("Raj Patel", "Staff Engineer", null, null, SIX, true, "1 Main St\nBoston"));
        return new Interview("acme-" + language, "Acme", "Platform Engineer", LocalDateTime.of(2027, 3, 10, 10, 0),
                Samples.NEW_YORK, people, "jane@acme.example", null, null, List.of(), List.of(), null,
                Interview.Status.ACTIVE, List.of(), Map.of(), language, List.of(), null);
    }

    private String render(Interview interview, Sender sender, Step step) {
        List<PlannedMessage> plan = new Planner(Policy.DEFAULTS, sender, Samples.CLOCK).plan(interview);
        PlannedMessage m = plan.stream().filter(p -> p.step() == step).findFirst().orElseThrow();
        Rendered r = templates.render(interview, sender, m, plan);
        return r.subject() + "\n" + r.body();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "fr", "es"})
    void the_messages_to_someone_with_six_topics_name_the_first_three(String language) {
        Interview interview = record(language);
        Sender sender = new Sender("Alex Morgan", "alex@example.com", null, Samples.NEW_YORK, null, null, language);
        for (Step step : List.of(Step.THANK_YOU, Step.FOLLOW_UP, Step.HANDWRITTEN_NOTE)) {
            String text = render(interview, sender, step);
            for (String named : SIX.subList(0, 3)) {
                assertTrue(text.contains(named), () -> step + " names " + named + ":\n" + text);
            }
            for (String left : SIX.subList(3, 6)) {
                assertFalse(text.contains(left), () -> step + " leaves out " + left + ":\n" + text);
            }
        }
        String debrief = render(interview, sender, Step.DEBRIEF);
        for (String topic : SIX) {
            assertTrue(debrief.contains(topic), () -> "the debrief lists " + topic + ":\n" + debrief);
        }
    }
}
