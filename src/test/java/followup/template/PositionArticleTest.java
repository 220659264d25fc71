package followup.template;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import followup.plan.Interview;
import followup.plan.Interviewer;
import followup.plan.PlannedMessage;
import followup.plan.Planner;
import followup.plan.Policy;
import followup.plan.Sender;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The messages put their own article and word before and after the position ("the Data Engineer role", "le poste de
 * Data Engineer", "el puesto de Ingeniero"): a position written with them, as an invitation's summary often names it
 * ("Interview for the role of Data Engineer", "for a Senior Engineer position"), reads once, never "the the role of
 * Data Engineer role".
 */
class PositionArticleTest {
    private static final ZoneId ZONE = ZoneId.of("America/New_York");
    private static final Pattern DOUBLED = Pattern.compile(
            "(?iu)\\b(?:the|a|an) (?:the|a|an|role of|position of)\\b|\\bposte de (?:le|la) poste\\b|\\bpuesto de el puesto\\b");
    private final Templates templates = new Templates(Path.of("templates"), Duration.ofSeconds(5));

    private static Interview record(String position, String language) {
        List<Interviewer> people = List.of(
                new Interviewer("Jane Doe", null, "jane@initech.example", null, List.of("the data platform"), false, null),
                new Interviewer("Sam Rivera", null, "sam@initech.example", null, List.of(), false, null),
                new Interviewer("Tom Berger", null, null, null, List.of(), true, "1 Main Street\nAustin, TX"));
        return new Interview("initech", "Initech", position, LocalDateTime.of(2027, 6, 1, 10, 0), ZONE, people,
                "jane@initech.example", "+1 555 0111", LocalDate.of(2027, 6, 8), List.of("my portfolio"),
                List.of("the benefits summary"), null, Interview.Status.ACTIVE, List.of(), Map.of(), language, List.of(),
                null);
    }

    private String everything(Interview interview, String language) {
        Sender sender = new Sender("Alex Morgan", "alex@example.com", null, ZONE, null, null, language);
        List<PlannedMessage> plan = new Planner(Policy.DEFAULTS, sender, Samples.CLOCK).plan(interview);
        StringBuilder out = new StringBuilder();
        for (PlannedMessage m : plan) {
            if (m.applies()) {
                Rendered r = templates.render(interview, sender, m, plan);
                out.append(r.subject()).append('\n').append(r.body()).append("\n====\n");
            }
        }
        return out.toString();
    }

    @ParameterizedTest(name = "{1}: \"{0}\" is named \"{2}\"")
    @CsvSource(delimiter = ';', value = {
            "the role of Data Engineer; en; the Data Engineer role",
            "The role of Data Engineer; en; the Data Engineer role",
            "a Senior Engineer; en; the Senior Engineer role",
            "an Engineering Manager position; en; the Engineering Manager role",
            "the Data Engineer role; en; the Data Engineer role",
            "the position of Data Engineer; en; the Data Engineer role",
            "le poste de Data Engineer; fr; le poste de Data Engineer",
            "le poste d'Ingénieur logiciel; fr; le poste d'Ingénieur logiciel",
            "el puesto de Ingeniero de datos; es; el puesto de Ingeniero de datos"})
    void a_position_written_with_its_article_is_named_once(String position, String language, String named) {
        String all = everything(record(position, language), language);

        Matcher doubled = DOUBLED.matcher(all);
        assertFalse(doubled.find(), () -> "\"" + doubled.group() + "\" in\n" + all);
        assertTrue(all.contains(named), all);
    }
}
