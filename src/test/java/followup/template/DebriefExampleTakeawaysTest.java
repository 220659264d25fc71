package followup.template;

import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The debrief shows how to write takeaways into the record, and the follow-up then says them to the interviewer
 * ("Since we spoke, I have thought more about ..."). A job seeker copies the example's shape: written about the
 * interviewers in the third person ("their concern"), it reads in the follow-up as if about someone else. The
 * example is written as one says it to them.
 */
class DebriefExampleTakeawaysTest {
    private static final Pattern EXAMPLE = Pattern.compile("takeaways = \\[(.*)]");
    private static Samples samples;

    @BeforeAll
    static void load() {
        samples = new Samples();
    }

    private static Interview record(String language, List<String> takeaways) {
        List<Interviewer> people = List.of(new Interviewer("Jane Smith", null, "jane@acme.example", null,
                List.of("the CI pipeline"), false, null));
        return new Interview("acme", "Acme", "Platform Engineer", LocalDateTime.of(2027, 1, 14, 10, 0),
                Samples.NEW_YORK, people, "jane@acme.example", null, null, List.of(), List.of(), null,
                Interview.Status.ACTIVE, List.of(), Map.of(), language, takeaways, null, null, null);
    }

    private static String render(Interview iv, Step step) {
        Sender sender = new Sender("Alex Morgan", "alex@example.com", null, Samples.NEW_YORK, null, null,
                iv.language());
        List<PlannedMessage> plan = samples.planner.plan(iv);
        PlannedMessage m = plan.stream().filter(p -> p.step() == step).findFirst().orElseThrow();
        return samples.templates.render(iv, sender, m, plan).body();
    }

    /** The follow-up written from the record with the debrief's own example as its takeaways. */
    private static String followUpFromExample(String language) {
        String debrief = render(record(language, List.of()), Step.DEBRIEF);
        Matcher example = EXAMPLE.matcher(debrief);
        assertTrue(example.find(), debrief);
        List<String> takeaways = new ArrayList<>();
        Matcher quoted = Pattern.compile("\"([^\"]*)\"").matcher(example.group(1));
        while (quoted.find()) {
            takeaways.add(quoted.group(1));
        }
        assertFalse(takeaways.isEmpty(), example.group());
        return render(record(language, takeaways), Step.FOLLOW_UP);
    }

    @Test
    void theEnglishExampleReadsAsSaidToTheInterviewer() {
        String followUp = followUpFromExample("en");
        assertTrue(followUp.contains("I have thought more about your team's concern about on-call load"), followUp);
        assertFalse(followUp.contains("their concern"), followUp);
    }

    @Test
    void theFrenchExampleReadsAsSaidToTheInterviewer() {
        String followUp = followUpFromExample("fr");
        assertTrue(followUp.contains("votre inquiétude"), followUp);
        assertFalse(followUp.contains("leur inquiétude"), followUp);
    }
}
