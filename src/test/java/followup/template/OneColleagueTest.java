package followup.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * In a panel of two, each thank-you names the one colleague: the sentence about them reads right for one person,
 * never "The conversations with Jane Doe were just as valuable" (several talks with someone who sat in the same
 * interview), in any of the phrasings a note can be given.
 */
class OneColleagueTest {
    private static final ZoneId ZONE = ZoneId.of("America/New_York");
    private static final Pattern PLURAL = Pattern.compile("(?:The conversations with|Die Gespräche mit"
            + "|Las conversaciones con) (?:Jane Doe|Raj Patel) (?:were|waren|fueron)");
    private final Templates templates = new Templates(Path.of("templates"), Duration.ofSeconds(5));

    private List<String> thankYous(String id, String language) {
        List<Interviewer> people = List.of(
                new Interviewer("Jane Doe", null, "jane@acme.example", null, List.of("the data platform"), false, null),
                new Interviewer("Raj Patel", null, "raj@acme.example", null, List.of("on-call"), false, null));
        Interview interview = new Interview(id, "Acme Corp", "Platform Engineer", LocalDateTime.of(2027, 6, 1, 10, 0),
                ZONE, people, "jane@acme.example", null, null, List.of(), List.of(), null, Interview.Status.ACTIVE,
                List.of(), Map.of(), language, List.of(), null);
        Sender sender = new Sender("Alex Morgan", "alex@example.com", null, ZONE, null, null, "en");
        List<PlannedMessage> plan = new Planner(Policy.DEFAULTS, sender, Samples.CLOCK).plan(interview);
        List<String> out = new ArrayList<>();
        for (PlannedMessage m : plan) {
            if (m.applies() && m.step() == Step.THANK_YOU) {
                out.add(templates.render(interview, sender, m, plan).body());
            }
        }
        assertEquals(2, out.size());
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "en; Talking with Raj Patel was just as valuable.",
            "de; Mit Raj Patel zu sprechen war für mich ebenso wertvoll.",
            "es; Conversar con Raj Patel fue igual de valioso."})
    void the_sentence_about_the_one_colleague_is_in_the_singular(String language, String singular) {
        boolean seen = false;
        // ids whose notes start at every phrasing
        for (int i = 0; i < 24; i++) {
            for (String body : thankYous("acme-" + i, language)) {
                Matcher plural = PLURAL.matcher(body);
                assertFalse(plural.find(), () -> "\"" + plural.group() + "\" in\n" + body);
                seen |= body.contains(singular);
            }
        }
        assertTrue(seen, "no note says \"" + singular + "\"");
    }
}
