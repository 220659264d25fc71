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

/** The debrief's list of who was there reads right for an interview with one person and for a panel. */
class DebriefOnePersonTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Interviewer JANE =
            new Interviewer("Jane Doe", null, "jane@acme.example", null, List.of(), false, null);
    private static final Interviewer RAJ =
            new Interviewer("Raj Patel", null, "raj@acme.example", null, List.of(), false, null);
    private final Templates templates = new Templates(Path.of("templates"), Duration.ofSeconds(5));

    private String debrief(String language, List<Interviewer> people) {
        Interview interview = new Interview("acme", "Acme Corp", "Platform Engineer",
                LocalDateTime.of(2027, 6, 1, 10, 0), BERLIN, people, "jane@acme.example", null, null, List.of(),
                List.of(), null, Interview.Status.ACTIVE, List.of(), Map.of(), language, List.of(), null);
        Sender sender = new Sender("Alex Morgan", "alex@example.com", null, BERLIN, null, null, language);
        List<PlannedMessage> plan = new Planner(Policy.DEFAULTS, sender, Samples.CLOCK).plan(interview);
        PlannedMessage debrief = plan.stream().filter(m -> m.step() == Step.DEBRIEF).findFirst().orElseThrow();
        return templates.render(interview, sender, debrief, plan).body();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"de|Dabei war:|Dabei waren:", "fr|Personne présente\u00a0:|Personnes présentes\u00a0:",
            "en|Who was there:|Who was there:", "es|Participantes:|Participantes:"})
    void oneInterviewerIsNotListedAsSeveral(String language, String one, String several) {
        String alone = debrief(language, List.of(JANE));
        assertTrue(alone.contains(one + "\n  - Jane Doe\n"), alone);
        String panel = debrief(language, List.of(JANE, RAJ));
        assertTrue(panel.contains(several + "\n  - Jane Doe\n  - Raj Patel\n"), panel);
    }
}
