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

    private static final Interviewer JANE =
            new Interviewer("Jane Doe", null, "jane@acme.example", null, List.of("the data platform"), false, null);
    private static final Interviewer RAJ =
            new Interviewer("Raj Patel", null, "raj@acme.example", null, List.of("on-call"), false, null);
    private static final Interviewer MIA =
            new Interviewer("Mia Wong", null, "mia@acme.example", null, List.of("design reviews"), false, null);

    private static Interview round(String id, String language, List<Interviewer> people, int day, String previous) {
        return new Interview(id, "Acme Corp", "Platform Engineer", LocalDateTime.of(2027, 6, day, 10, 0), ZONE, people,
                "jane@acme.example", null, null, List.of(), List.of(), null, Interview.Status.ACTIVE, List.of(),
                Map.of(), language, List.of(), null, null, previous);
    }

    private List<String> thankYous(String id, String language) {
        return thankYous(round(id, language, List.of(JANE, RAJ), 1, null), List.of());
    }

    private List<String> thankYous(Interview interview, List<Interview> earlier) {
        Sender sender = new Sender("Alex Morgan", "alex@example.com", null, ZONE, null, null, "en");
        List<PlannedMessage> plan = new Planner(Policy.DEFAULTS, sender, Samples.CLOCK).plan(interview);
        List<String> out = new ArrayList<>();
        for (PlannedMessage m : plan) {
            if (m.applies() && m.step() == Step.THANK_YOU) {
                out.add(templates.render(interview, earlier, sender, m, plan, m.due()).body());
            }
        }
        assertEquals(interview.interviewers().size(), out.size());
        return out;
    }

    /**
     * In a later round, the one colleague met again, or the one met for the first time beside someone met again, is
     * one person too: "Volver a conversar con Raj Patel fue ...", "Das Gespräch mit Mia Wong sowie das Wiedersehen
     * mit Raj Patel waren ...".
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {"es", "de", "en"})
    void a_colleague_met_again_or_met_beside_them_is_one_person_too(String language) {
        Pattern plural = Pattern.compile("Las nuevas conversaciones con (?:Jane Doe|Raj Patel) fueron"
                + "|Die Gespräche mit Mia Wong sowie");
        for (int i = 0; i < 24; i++) {
            Interview first = round("acme-" + i, language, List.of(JANE, RAJ), 1, null);
            for (List<Interviewer> people : List.of(List.of(JANE, RAJ), List.of(JANE, RAJ, MIA))) {
                for (String body : thankYous(round("acme-" + i + "-final", language, people, 8, first.id()),
                        List.of(first))) {
                    Matcher m = plural.matcher(body);
                    assertFalse(m.find(), () -> "\"" + m.group() + "\" in\n" + body);
                }
            }
        }
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
