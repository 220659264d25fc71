package followup.template;

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
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The debrief's promises stand in a paragraph of their own after the list of who was there (or the notes), whichever
 * of them the record has: what the company promised alone is not glued to the last person of the list.
 */
class DebriefPromisesTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Interviewer JANE =
            new Interviewer("Jane Doe", null, "jane@acme.example", null, List.of(), false, null);
    private final Templates templates = new Templates(Path.of("templates"), Duration.ofSeconds(5));

    private String debrief(String language, List<String> byMe, List<String> toMe, String notes) {
        Interview interview = new Interview("acme", "Acme Corp", "Platform Engineer",
                LocalDateTime.of(2027, 6, 1, 10, 0), BERLIN, List.of(JANE), "jane@acme.example", null, null, byMe,
                toMe, notes, Interview.Status.ACTIVE, List.of(), Map.of(), language, List.of(), null);
        Sender sender = new Sender("Alex Morgan", "alex@example.com", null, BERLIN, null, null, language);
        List<PlannedMessage> plan = new Planner(Policy.DEFAULTS, sender, Samples.CLOCK).plan(interview);
        PlannedMessage debrief = plan.stream().filter(m -> m.step() == Step.DEBRIEF).findFirst().orElseThrow();
        return templates.render(interview, sender, debrief, plan).body();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"en|You promised:|They promised:", "de|Sie haben zugesagt:|Ihnen wurde"
            + " zugesagt:", "fr|Vous avez promis\u00a0:|On vous a promis\u00a0:", "es|Prometiste:|Te prometieron:"})
    void whatTheyPromisedAloneIsAParagraphOfItsOwn(String language, String byMe, String toMe) {
        String theirs = debrief(language, List.of(), List.of("the salary bands"), null);
        assertTrue(theirs.contains("  - Jane Doe\n\n" + toMe + " the salary bands.\n\n"), theirs);
        String withNotes = debrief(language, List.of(), List.of("the salary bands"), "They need an SRE.");
        assertTrue(withNotes.contains("They need an SRE.\n\n" + toMe + " the salary bands.\n\n"), withNotes);
        String both = debrief(language, List.of("two code samples"), List.of("the salary bands"), null);
        assertTrue(both.contains("  - Jane Doe\n\n" + byMe + " two code samples.\n" + toMe + " the salary bands.\n\n"),
                both);
        String mine = debrief(language, List.of("two code samples"), List.of(), null);
        assertTrue(mine.contains("  - Jane Doe\n\n" + byMe + " two code samples.\n\n"), mine);
    }
}
